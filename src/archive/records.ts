/**
 * One line of a JSON Lines archive to one document, or to the reason it cannot be one. Every bad
 * record is named by its line and what is wrong with it, so a user can find and mend it; the run
 * goes on with the next line.
 */
import {firstInvalidUtf8} from '../inputs/decode.js'
import type {Line} from './line-splitter.js'
import type {ArchiveDocument} from './types.js'

export interface RecordFields {
  /** Field holding the article text (`--text-field`). */
  textField: string
  /** Field holding the record id (`--id-field`); the line number stands in when it is absent. */
  idField: string
  /** Field holding the headline (`--title-field`), carried into results for people to read. */
  titleField?: string
}

export const DEFAULT_FIELDS: RecordFields = {textField: 'text', idField: 'id'}

/**
 * Records longer than this are reported, not linted. News articles are far shorter (the longest of
 * the shared corpora is 92 KB), and parsing time grows faster than the text beyond a megabyte
 * (measured: 1 MB 1.9 s, 5 MB 28 s), so a larger record is almost always a broken export.
 */
export const DEFAULT_MAX_RECORD_BYTES = 2 * 1024 * 1024

const utf8 = new TextDecoder('utf-8', {fatal: true})

export interface RecordPlace {
  ordinal: number
  path?: string
}

export function parseRecordLine(line: Line, place: RecordPlace, fields: RecordFields, maxBytes: number): ArchiveDocument {
  const base = {ordinal: place.ordinal, path: place.path, recordLine: line.number, format: 'text' as const}
  const failed = (reason: string, bytes: number, id = String(line.number)): ArchiveDocument => ({
    ...base,
    id,
    bytes,
    fatal: `line ${line.number}: ${reason}; not linted`
  })
  if ('oversized' in line) {
    return failed(`record of ${megabytes(line.oversized)} is larger than the limit of ${megabytes(maxBytes)}`, line.oversized)
  }
  const bytes = line.bytes.length
  let source: string
  try {
    source = utf8.decode(line.bytes)
  } catch {
    return failed(`not valid UTF-8 (first invalid byte at column ${firstInvalidUtf8(line.bytes) + 1} of the line)`, bytes)
  }
  let record: unknown
  try {
    record = JSON.parse(source)
  } catch (error) {
    return failed(`malformed JSON (${(error as Error).message})`, bytes)
  }
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return failed(`the record is ${describe(record)}, not a JSON object`, bytes)
  }
  const fieldsOf = record as Record<string, unknown>
  const id = idOf(fieldsOf[fields.idField]) ?? String(line.number)
  const text = fieldsOf[fields.textField]
  if (text === undefined) return failed(`no "${fields.textField}" field`, bytes, id)
  if (typeof text !== 'string') return failed(`"${fields.textField}" is ${describe(text)}, not a string`, bytes, id)
  if (text.trim() === '') return failed(`"${fields.textField}" is empty`, bytes, id)
  const document: ArchiveDocument = {...base, id, text, bytes}
  const title = fields.titleField === undefined ? undefined : fieldsOf[fields.titleField]
  if (typeof title === 'string') document.title = title
  return document
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
