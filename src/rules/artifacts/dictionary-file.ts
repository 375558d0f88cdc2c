/**
 * Reading user dictionaries of tortured phrases for `no-tortured-phrase`: a JSON file (an array of
 * `{"tortured", "original"}` objects, or one object mapping tortured to original) or a CSV file of
 * `tortured,original` rows (a header row of those two names is skipped, `#` starts a comment).
 * Each file is read once per process and cached by its absolute path: a linter run over a million
 * documents must not read it a million times.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parse} from 'csv-parse/sync'
import type {PhrasePair} from './tortured-phrases.js'

const cache = new Map<string, readonly PhrasePair[]>()

/** The phrase pairs of dictionary `file`, resolved against `cwd`. Throws an error naming the file on bad input. */
export function readDictionaryFile(file: string, cwd: string): readonly PhrasePair[] {
  const resolved = path.resolve(cwd, file)
  let pairs = cache.get(resolved)
  if (!pairs) {
    pairs = parseDictionary(resolved, readText(resolved))
    cache.set(resolved, pairs)
  }
  return pairs
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(`no-tortured-phrase: cannot read dictionary ${file}: ${(error as Error).message}`)
  }
}

function parseDictionary(file: string, text: string): PhrasePair[] {
  const extension = path.extname(file).toLowerCase()
  if (extension === '.csv') return fromCsv(file, text)
  if (extension === '.json') return fromJson(file, text)
  throw new Error(`no-tortured-phrase: dictionary ${file} must be a .json or .csv file`)
}

function fromJson(file: string, text: string): PhrasePair[] {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new Error(`no-tortured-phrase: dictionary ${file} is not valid JSON: ${(error as Error).message}`)
  }
  if (Array.isArray(data)) {
    return data.map((item, index) => {
      const record = (item ?? {}) as Record<string, unknown>
      return checkedPair(file, `entry ${index + 1}`, record.tortured, record.original)
    })
  }
  if (data && typeof data === 'object') {
    return Object.entries(data).map(([tortured, original]) => checkedPair(file, `key "${tortured}"`, tortured, original))
  }
  throw new Error(`no-tortured-phrase: dictionary ${file} must hold an array of {"tortured", "original"} objects or an object mapping tortured to original phrases`)
}

function fromCsv(file: string, text: string): PhrasePair[] {
  let rows: string[][]
  try {
    rows = parse(text, {comment: '#', skip_empty_lines: true, trim: true, relax_column_count: true})
  } catch (error) {
    throw new Error(`no-tortured-phrase: dictionary ${file} is not valid CSV: ${(error as Error).message}`)
  }
  const header = rows[0]
  const body = header && header[0]?.toLowerCase() === 'tortured' && header[1]?.toLowerCase() === 'original' ? rows.slice(1) : rows
  return body.map((row, index) => checkedPair(file, `row ${index + 1 + rows.length - body.length}`, row[0], row[1]))
}

function checkedPair(file: string, where: string, tortured: unknown, original: unknown): PhrasePair {
  if (typeof tortured !== 'string' || tortured.trim() === '' || typeof original !== 'string' || original.trim() === '') {
    throw new Error(`no-tortured-phrase: dictionary ${file}, ${where}: expected a non-empty tortured phrase and its original`)
  }
  return {tortured: tortured.trim(), original: original.trim()}
}
