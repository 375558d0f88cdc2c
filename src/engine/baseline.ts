/**
 * Baselines: the problems a team has already accepted, recorded so that a hook or a CI job reports
 * only new ones. Bringing copydesk to an archive of ten thousand articles should not mean fixing
 * them all before the first commit, nor switching rules off.
 *
 * A baseline lists, per document, each known problem as its rule id, the fingerprint of the flagged
 * text and its context (see problem-fingerprint.ts) and a count, never a line number, so edits
 * elsewhere in the document do not bring a problem back. Files are keyed by their path as reports
 * show it (relative to the working directory), archive records by record id.
 *
 * Matching is two-tier, per document and rule. First a problem matches an entry with the same text
 * and context; then any problem left over matches an entry with the same text whose count is not
 * used up (its context changed because the words around it were edited). Counts make two identical
 * problems in one document two problems: a third copy of a baselined "the the" is reported.
 *
 * The file is JSON, sorted, one problem per entry, so that its diff in a pull request shows which
 * problems were accepted or fixed. It is written atomically.
 */
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {Ajv, type ValidateFunction} from 'ajv'
import writeFileAtomic from 'write-file-atomic'
import {STDIN_NAME} from '../reporters/document-name.js'
import {CopydeskError} from './errors.js'
import {makeResult} from './messages.js'
import {problemFingerprint} from './problem-fingerprint.js'
import type {LintMessage, LintResult} from './types.js'

export const BASELINE_VERSION = 1

export interface BaselineEntry {
  rule: string
  /** Hash of the flagged text. */
  text: string
  /** Hash of the words around it; empty when recorded without the document's text. */
  context: string
  /** How many problems in the document have this rule, text and context. */
  count: number
  /** The message when the problem was recorded, for people reviewing the file; not used for matching. */
  message: string
}

export interface Baseline {
  /** Problems in files (and stdin), by path as reports show it. */
  files: Record<string, BaselineEntry[]>
  /** Problems in archive records, by record id. */
  records: Record<string, BaselineEntry[]>
}

/** A lint result and, when at hand, the text it was linted from (which gives fingerprints their context). */
export interface LintedDocument {
  result: LintResult
  text?: string
}

/** What applying a baseline to a run gives. */
export interface BaselineOutcome<Result extends LintResult = LintResult> {
  /** The results, in order, without the baselined problems (counts recomputed). */
  results: Result[]
  /** Problems hidden because the baseline lists them. */
  suppressed: number
  /** Baselined problems of the documents linted in this run that no longer occur. */
  gone: number
  /** The baseline without the gone problems: what `--baseline-prune` writes. */
  pruned: Baseline
}

export function emptyBaseline(): Baseline {
  return {files: {}, records: {}}
}

/**
 * The baseline of the problems in `documents`. With `previous`, documents not linted in this run
 * keep their entries, so recording a subset of files (a hook on staged files) loses nothing.
 */
export function createBaseline(documents: Iterable<LintedDocument | LintResult>, previous: Baseline = emptyBaseline()): Baseline {
  const next = copyBaseline(previous)
  for (const [place, linted] of groupByDocument(documents)) {
    const counts = new Map<string, BaselineEntry>()
    for (const {message, text} of linted) {
      const fingerprint = problemFingerprint(message, text)
      const key = entryKey(message.ruleId, fingerprint.text, fingerprint.context)
      const entry = counts.get(key)
      if (entry) entry.count++
      else counts.set(key, {rule: message.ruleId, ...fingerprint, count: 1, message: message.message})
    }
    setEntries(next, place, [...counts.values()])
  }
  return next
}

/** Hide the problems `baseline` lists; count those that are gone. */
export function applyBaseline<Result extends LintResult>(
  baseline: Baseline,
  documents: Iterable<{result: Result; text?: string} | Result>
): BaselineOutcome<Result> {
  const items = [...documents].map(asDocument)
  const pruned = copyBaseline(baseline)
  const hidden = new Set<LintMessage>()
  let gone = 0
  for (const [place, linted] of groupByDocument(items)) {
    const matcher = new DocumentMatcher(entriesAt(baseline, place))
    for (const message of matcher.match(linted)) hidden.add(message)
    gone += matcher.left()
    setEntries(pruned, place, matcher.used())
  }
  const results = items.map(({result}) => {
    if (result.fatal) return result
    const {messages, errorCount, warningCount, infoCount, ...rest} = result
    return makeResult(
      messages.filter((message) => !hidden.has(message)),
      rest
    ) as Result
  })
  return {results, suppressed: hidden.size, gone, pruned}
}

/** Drop the entries of files that no longer exist (relative paths resolve against `cwd`). */
export function withoutMissingFiles(baseline: Baseline, cwd: string): Baseline {
  const next = copyBaseline(baseline)
  for (const file of Object.keys(next.files)) {
    if (file !== STDIN_NAME && !existsSync(path.resolve(cwd, file))) delete next.files[file]
  }
  return next
}

/** How many problems a baseline holds, and in how many documents. */
export function baselineSize(baseline: Baseline): {problems: number; documents: number} {
  const lists = [...Object.values(baseline.files), ...Object.values(baseline.records)]
  return {problems: lists.flat().reduce((sum, entry) => sum + entry.count, 0), documents: lists.length}
}

/** Read a baseline file; a missing, unparsable or malformed file is an error naming it. */
export async function readBaseline(file: string): Promise<Baseline> {
  let source: string
  try {
    source = await readFile(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file (write one with --baseline-write)' : (error as Error).message
    throw new CopydeskError(`baseline ${file}: ${reason}`)
  }
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    throw new CopydeskError(`baseline ${file}: not valid JSON (${(error as Error).message})`)
  }
  return parseBaseline(data, file)
}

/** Write a baseline file atomically (a temporary file renamed over it), sorted for readable diffs. */
export async function writeBaseline(file: string, baseline: Baseline): Promise<void> {
  await writeFileAtomic(file, serialiseBaseline(baseline), {encoding: 'utf8'})
}

function serialiseBaseline(baseline: Baseline): string {
  const sortEntries = (lists: Record<string, BaselineEntry[]>) =>
    Object.fromEntries(
      Object.keys(lists)
        .sort()
        .map((key) => [key, [...lists[key]].sort(compareEntries).map(({rule, text, context, count, message}) => ({rule, text, context, count, message}))])
    )
  const data = {copydesk: 'baseline', version: BASELINE_VERSION, files: sortEntries(baseline.files), records: sortEntries(baseline.records)}
  return `${JSON.stringify(data, null, 2)}\n`
}

const entrySchema = {
  type: 'object',
  required: ['rule', 'text', 'context', 'count'],
  properties: {
    rule: {type: 'string'},
    text: {type: 'string'},
    context: {type: 'string'},
    count: {type: 'integer', minimum: 1},
    message: {type: 'string'}
  }
}
const documentsSchema = {type: 'object', additionalProperties: {type: 'array', items: entrySchema}}
const baselineSchema = {
  type: 'object',
  required: ['copydesk', 'version', 'files', 'records'],
  properties: {copydesk: {const: 'baseline'}, version: {type: 'integer'}, files: documentsSchema, records: documentsSchema}
}

/** Compiled on first use, so runs without a baseline do not pay for it at start-up. */
let validateBaseline: ValidateFunction | undefined

function parseBaseline(data: unknown, file: string): Baseline {
  validateBaseline ??= new Ajv({allErrors: false}).compile(baselineSchema)
  if (!validateBaseline(data)) {
    const error = validateBaseline.errors?.[0]
    throw new CopydeskError(`baseline ${file}: not a copydesk baseline (${error?.instancePath || '(root)'} ${error?.message ?? 'is invalid'})`)
  }
  const {version, files, records} = data as {version: number} & Baseline
  if (version > BASELINE_VERSION) {
    throw new CopydeskError(`baseline ${file}: written by a newer copydesk (baseline version ${version}); upgrade copydesk to read it`)
  }
  const withMessages = (lists: Record<string, BaselineEntry[]>) =>
    Object.fromEntries(Object.entries(lists).map(([key, entries]) => [key, entries.map((entry) => ({...entry, message: entry.message ?? ''}))]))
  return {files: withMessages(files), records: withMessages(records)}
}

/** Where a document's entries live: records by id, files (and stdin) by path. */
interface Place {
  section: keyof Baseline
  key: string
}

interface LintedMessage {
  message: LintMessage
  text?: string
}

/**
 * Every message of the documents that were linted, grouped by document in input order. An archive
 * document may have two results (its own messages and its cross-document ones); both count. A
 * document that could not be linted is left out: its problems are unknown, not gone.
 */
function groupByDocument(documents: Iterable<LintedDocument | LintResult>): Array<[Place, LintedMessage[]]> {
  const groups = new Map<string, [Place, LintedMessage[]]>()
  for (const {result, text} of [...documents].map(asDocument)) {
    if (result.fatal) continue
    const place = placeOf(result)
    const id = `${place.section}\0${place.key}`
    let group = groups.get(id)
    if (!group) {
      group = [place, []]
      groups.set(id, group)
    }
    for (const message of result.messages) group[1].push({message, text})
  }
  return [...groups.values()]
}

function asDocument<Result extends LintResult>(item: {result: Result; text?: string} | Result): {result: Result; text?: string} {
  return 'messages' in item ? {result: item} : item
}

function placeOf(result: LintResult): Place {
  if (result.id !== undefined) return {section: 'records', key: result.id}
  return {section: 'files', key: result.path ?? STDIN_NAME}
}

/** Matches one document's problems against its baseline entries, counting down a copy of their counts. */
class DocumentMatcher {
  private readonly remaining: number[]
  private readonly exact = new Map<string, number[]>()
  private readonly loose = new Map<string, {indexes: number[]; next: number}>()

  constructor(private readonly entries: readonly BaselineEntry[]) {
    this.remaining = entries.map((entry) => entry.count)
    entries.forEach((entry, index) => {
      push(this.exact, entryKey(entry.rule, entry.text, entry.context), index)
      const loose = this.loose.get(looseKey(entry.rule, entry.text))
      if (loose) loose.indexes.push(index)
      else this.loose.set(looseKey(entry.rule, entry.text), {indexes: [index], next: 0})
    })
  }

  /** The messages the entries account for: exact matches first, then matches by text alone. */
  match(linted: readonly LintedMessage[]): Set<LintMessage> {
    const matched = new Set<LintMessage>()
    const fingerprints = linted.map(({message, text}) => problemFingerprint(message, text))
    linted.forEach(({message}, position) => {
      const {text, context} = fingerprints[position]
      const index = this.exact.get(entryKey(message.ruleId, text, context))?.find((candidate) => this.remaining[candidate] > 0)
      if (index === undefined) return
      this.remaining[index]--
      matched.add(message)
    })
    linted.forEach(({message}, position) => {
      if (matched.has(message)) return
      const index = this.takeLoose(looseKey(message.ruleId, fingerprints[position].text))
      if (index !== undefined) matched.add(message)
    })
    return matched
  }

  /** Baselined problems that matched nothing. */
  left(): number {
    return this.remaining.reduce((sum, count) => sum + count, 0)
  }

  /** The entries, with each count cut down to the problems it matched. */
  used(): BaselineEntry[] {
    return this.entries.map((entry, index) => ({...entry, count: entry.count - this.remaining[index]})).filter((entry) => entry.count > 0)
  }

  /** An entry with this rule and text and a count left, used up in order (each is passed over once). */
  private takeLoose(key: string): number | undefined {
    const candidates = this.loose.get(key)
    if (!candidates) return undefined
    while (candidates.next < candidates.indexes.length) {
      const index = candidates.indexes[candidates.next]
      if (this.remaining[index] > 0) {
        this.remaining[index]--
        return index
      }
      candidates.next++
    }
    return undefined
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function entryKey(rule: string, text: string, context: string): string {
  return `${rule}\0${text}\0${context}`
}

function looseKey(rule: string, text: string): string {
  return `${rule}\0${text}`
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return a.rule.localeCompare(b.rule) || a.text.localeCompare(b.text) || a.context.localeCompare(b.context)
}

function entriesAt(baseline: Baseline, place: Place): BaselineEntry[] {
  return Object.hasOwn(baseline[place.section], place.key) ? baseline[place.section][place.key] : []
}

/** Defined rather than assigned, so that a file named `__proto__` is a key like any other. */
function setEntries(baseline: Baseline, place: Place, entries: BaselineEntry[]): void {
  const lists = baseline[place.section]
  if (entries.length > 0) Object.defineProperty(lists, place.key, {value: entries, enumerable: true, writable: true, configurable: true})
  else delete lists[place.key]
}

function copyBaseline(baseline: Baseline): Baseline {
  return {files: {...baseline.files}, records: {...baseline.records}}
}
