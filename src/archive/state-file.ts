/**
 * The cross-document state of a run on disk, as JSON Lines: a header (which rules, with which
 * settings, over which inputs, which shard), one entry per document with the compact states its
 * collectors returned, and a closing summary of the per-document stage.
 *
 * Every run writes one (to `--save-state FILE`, else to a temporary file), so the reduce reads the
 * states back from disk instead of holding them through the run, and a single run, a sharded run and
 * `copydesk merge` reduce exactly the same data. Writing and reading are synchronous and buffered:
 * the reduce interface is a synchronous iterable, and a state line is small.
 */
import {closeSync, fstatSync, openSync, readSync, writeSync} from 'node:fs'
import type {DocumentRef} from '../engine/cross-document.js'
import {CopydeskError} from '../engine/errors.js'
import type {Severity} from '../engine/types.js'
import {LineSplitter, type Line} from './line-splitter.js'
import type {Shard} from './shard.js'
import type {ArchiveSummary} from './types.js'

export const STATE_KIND = 'copydesk-archive-state'
export const STATE_VERSION = 1

export interface CrossDocumentSettings {
  severity: Severity
  options: unknown
  /** The rule's state format, when it has one (e.g. MinHash parameters): states of different formats never mix. */
  stateFormat?: string
}

export interface StateHeader {
  kind: typeof STATE_KIND
  version: number
  rules: Record<string, CrossDocumentSettings>
  /** The command-line inputs, as given: shards of one archive name the same. */
  inputs: string[]
  shard?: Shard
}

export interface StateEntry {
  ref: DocumentRef
  /** Whether the per-document stage found errors in the document (for "documents with errors"). */
  errors?: true
  states: Record<string, unknown>
}

const FLUSH_BYTES = 1 << 20
/** State lines are a few hundred bytes; anything near this is not a state file. */
const MAX_STATE_LINE = 64 * 1024 * 1024
/** The summary line is well under this. */
const TAIL_BYTES = 1 << 20

export class StateWriter {
  readonly #fd: number
  #buffer: string[] = []
  #buffered = 0

  constructor(
    readonly file: string,
    header: StateHeader
  ) {
    try {
      this.#fd = openSync(file, 'w')
    } catch (error) {
      throw new CopydeskError(`cannot write the state file ${file}: ${(error as Error).message}`)
    }
    this.#write(header)
  }

  entry(entry: StateEntry): void {
    this.#write(entry)
  }

  /** Writes the summary line and closes the file. */
  finish(summary: ArchiveSummary): void {
    this.#write({summary})
    this.#flush()
    closeSync(this.#fd)
  }

  /** Closes the file without a summary (the run stopped early): the file is then incomplete and `openStateFile` says so. */
  abandon(): void {
    this.#flush()
    closeSync(this.#fd)
  }

  #write(value: unknown): void {
    const line = JSON.stringify(value) + '\n'
    this.#buffer.push(line)
    this.#buffered += line.length
    if (this.#buffered >= FLUSH_BYTES) this.#flush()
  }

  #flush(): void {
    if (this.#buffer.length === 0) return
    writeSync(this.#fd, this.#buffer.join(''))
    this.#buffer = []
    this.#buffered = 0
  }
}

export interface StateFile {
  file: string
  header: StateHeader
  summary: ArchiveSummary
  /** The entries in ordinal order, streamed from disk afresh on every call (`copydesk merge` calls it once per file). */
  entries(): Iterable<StateEntry>
}

/** Opens a state file written by `StateWriter`, checking its header and that it was finished. */
export function openStateFile(file: string): StateFile {
  const lines = stateLines(file)
  const first = lines.next()
  lines.return(undefined)
  if (first.done) throw new CopydeskError(`${file}: empty; not a copydesk state file`)
  const header = checkHeader(file, first.value.value)
  const summary = (parseTail(file) as {summary?: ArchiveSummary} | undefined)?.summary
  if (!summary) throw new CopydeskError(`${file}: incomplete (no summary line): the run that wrote it did not finish`)
  return {
    file,
    header,
    summary,
    *entries() {
      for (const {number, value} of stateLines(file)) {
        if (number === 1) continue
        if ((value as {summary?: unknown}).summary !== undefined) return
        yield value as StateEntry
      }
    }
  }
}

/** The last line of the file, parsed; read from the end so a large file is not read whole. */
function parseTail(file: string): unknown {
  const fd = openSync(file, 'r')
  try {
    const size = fstatSync(fd).size
    const length = Math.min(size, TAIL_BYTES)
    const tail = Buffer.alloc(length)
    readSync(fd, tail, 0, length, size - length)
    const lines = tail.toString('utf8').trimEnd().split('\n')
    const last = lines[lines.length - 1]
    if (lines.length < 2 && length === TAIL_BYTES) return undefined
    return JSON.parse(last)
  } catch {
    return undefined
  } finally {
    closeSync(fd)
  }
}

function checkHeader(file: string, value: unknown): StateHeader {
  const header = value as Partial<StateHeader>
  if (header?.kind !== STATE_KIND) throw new CopydeskError(`${file}: not a copydesk state file (written by --save-state)`)
  if (header.version !== STATE_VERSION) {
    throw new CopydeskError(`${file}: state format version ${String(header.version)}; this copydesk reads version ${STATE_VERSION}`)
  }
  return header as StateHeader
}

/** The parsed lines of a state file, read synchronously in 1 MB chunks. */
function* stateLines(file: string): Generator<{number: number; value: unknown}> {
  let fd: number
  try {
    fd = openSync(file, 'r')
  } catch (error) {
    throw new CopydeskError(`cannot read the state file ${file}: ${(error as Error).message}`)
  }
  try {
    if (fstatSync(fd).isDirectory()) throw new CopydeskError(`${file}: is a folder, not a state file`)
    const splitter = new LineSplitter(MAX_STATE_LINE)
    const chunk = Buffer.alloc(1 << 20)
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      for (const line of splitter.push(chunk.subarray(0, read))) yield parseLine(file, line)
    }
    const last = splitter.end()
    if (last) yield parseLine(file, last)
  } finally {
    closeSync(fd)
  }
}

function parseLine(file: string, line: Line): {number: number; value: unknown} {
  if (!('bytes' in line)) throw new CopydeskError(`${file}: line ${line.number} is too long; not a copydesk state file`)
  try {
    return {number: line.number, value: JSON.parse(line.bytes.toString('utf8'))}
  } catch {
    throw new CopydeskError(`${file}: line ${line.number} is not valid JSON; the state file is damaged`)
  }
}
