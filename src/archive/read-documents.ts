/**
 * The input adapter of an archive run: sources in, documents out, one at a time and in input
 * order, pulled by the pipeline (so a slow consumer pauses the reading: backpressure down to the
 * file). Gzip is recognised by its magic bytes, not its name, so a gzipped stdin works too.
 *
 * Bad input never stops the run: each unreadable record, file or archive tail becomes a document
 * with a `fatal` reason naming the line, and reading goes on with what follows.
 */
import {createReadStream} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {pipeline, Readable} from 'node:stream'
import {createGunzip} from 'node:zlib'
import {decodeBytes} from '../inputs/decode.js'
import {formatForPath} from '../inputs/index.js'
import type {InputSource} from './inputs.js'
import {LineSplitter, type Line} from './line-splitter.js'
import {parseRecordLine, type RecordFields} from './records.js'
import type {ArchiveDocument} from './types.js'

export interface ReadOptions {
  fields: RecordFields
  maxRecordBytes: number
  /** Standard input, for the `-` source (read as JSON Lines, gzipped or not). */
  stdin?: AsyncIterable<Uint8Array>
  /** Whether the record at `ordinal` is wanted (sharding): others are counted but not parsed. */
  keep?: (ordinal: number) => boolean
  /** Called with every chunk of raw (compressed) input read, for progress. */
  onInputBytes?: (bytes: number) => void
}

const READ_CHUNK = 1 << 20

export async function* readDocuments(sources: readonly InputSource[], options: ReadOptions): AsyncGenerator<ArchiveDocument> {
  const keep = options.keep ?? (() => true)
  let ordinal = 0
  for (const source of sources) {
    if (source.kind === 'archive' || source.kind === 'stdin') {
      const chunks = source.kind === 'stdin' ? options.stdin : createReadStream(source.file, {highWaterMark: READ_CHUNK})
      const path = source.kind === 'stdin' ? undefined : source.path
      if (!chunks) throw new Error('an archive run was given "-" but no standard input stream')
      ordinal = yield* archiveDocuments(counted(chunks, options.onInputBytes), path, ordinal, keep, options)
      continue
    }
    const current = ordinal++
    if (!keep(current)) continue
    if (source.kind === 'missing') {
      yield {ordinal: current, id: source.path, path: source.path, format: 'text', bytes: 0, fatal: 'no such file, or no lintable files match this pattern'}
      continue
    }
    yield await plainDocument(source.path, source.file, current, options.onInputBytes)
  }
}

/**
 * The records of one archive that `keep` wants, numbered from `firstOrdinal`; returns the ordinal
 * after its last record. Records of other shards are counted, never parsed.
 */
async function* archiveDocuments(
  chunks: AsyncIterable<Uint8Array>,
  path: string | undefined,
  firstOrdinal: number,
  keep: (ordinal: number) => boolean,
  options: ReadOptions
): AsyncGenerator<ArchiveDocument, number> {
  const splitter = new LineSplitter(options.maxRecordBytes)
  let ordinal = firstOrdinal
  const toDocument = (line: Line): ArchiveDocument | undefined => {
    if ('bytes' in line && isBlank(line.bytes)) return undefined
    const current = ordinal++
    return keep(current) ? parseRecordLine(line, {ordinal: current, path}, options.fields, options.maxRecordBytes) : undefined
  }
  try {
    for await (const chunk of decompressed(chunks)) {
      for (const line of splitter.push(chunk)) {
        const document = toDocument(line)
        if (document) yield document
      }
    }
  } catch (error) {
    const line = splitter.currentLine
    const current = ordinal++
    if (keep(current)) {
      yield {
        ordinal: current,
        id: String(line),
        path,
        recordLine: line,
        format: 'text',
        bytes: 0,
        fatal: `line ${line}: the archive cannot be read past this point (${describeReadError(error)}); every record before it was read`
      }
    }
    return ordinal
  }
  const last = splitter.end()
  const document = last && toDocument(last)
  if (document) yield document
  return ordinal
}

async function plainDocument(path: string, file: string, ordinal: number, onInputBytes?: (bytes: number) => void): Promise<ArchiveDocument> {
  const base = {ordinal, id: path, path, format: formatForPath(path)}
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    return {...base, bytes: 0, fatal: `cannot read file: ${(error as Error).message}`}
  }
  onInputBytes?.(bytes.length)
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return {...base, bytes: bytes.length, fatal: decoded.reason}
  return {...base, bytes: bytes.length, text: decoded.text, ...(decoded.encoding !== undefined && {sourceEncoding: decoded.encoding})}
}

const GZIP_MAGIC = [0x1f, 0x8b]

/** The bytes of a stream, gunzipped when they start with the gzip magic number. */
async function* decompressed(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  const iterator = chunks[Symbol.asyncIterator]()
  const first = await iterator.next()
  if (first.done) return
  const all = (async function* () {
    yield Buffer.from(first.value)
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value)
  })()
  const head = first.value
  if (head.length < 2 || head[0] !== GZIP_MAGIC[0] || head[1] !== GZIP_MAGIC[1]) {
    yield* all
    return
  }
  const gunzip = createGunzip()
  // Errors surface through the iteration of `gunzip` below; the callback only keeps them handled.
  pipeline(Readable.from(all), gunzip, () => {})
  for await (const chunk of gunzip) yield chunk as Buffer
}

async function* counted(chunks: AsyncIterable<Uint8Array>, onInputBytes?: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    onInputBytes?.(chunk.length)
    yield chunk
  }
}

function isBlank(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false
  return true
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'Z_BUF_ERROR') return 'the gzip data is truncated'
  if (code?.startsWith('Z_')) return `the gzip data is corrupt: ${(error as Error).message}`
  return (error as Error).message
}
