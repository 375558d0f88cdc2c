/**
 * `consistent-name-spelling` across an archive: the spelling one article uses when the archive
 * overwhelmingly writes the name another way ("`Jaishanker` (3 articles) — this archive writes
 * `Jaishankar` 512 times").
 *
 * `collect` keeps, per document, each checked name-word spelling with the company it keeps (the
 * other words of its full name, see `article-spellings.ts`) and where it is written; never the text.
 * The reducer sums counts per spelling as documents arrive, then decides variants with the same
 * `groupVariants` as the in-article check. It is order-independent in its counts and reports in
 * input order, so a single run, shards reduced together and `copydesk merge` agree.
 *
 * Memory stays bounded for millions of documents: per distinct spelling it keeps counts, a capped
 * set of companions and the documents of at most `MAX_FLAGGED_DOCUMENTS` uses. A spelling used in
 * more documents than that is established usage, never reported as a minority, so dropping its
 * document list loses nothing.
 */
import {crossDocumentRule, type CrossDocumentRule, type DocumentMessages, type DocumentRef, type Reducer} from '../../engine/cross-document.js'
import type {DocumentViews} from '../../engine/document.js'
import type {LintMessage} from '../../engine/types.js'
import {articleSpellings, mayBeOnePerson, type SpellingUse} from './article-spellings.js'
import {consistentNameSpelling, type ConsistentNameSpellingOptions} from './consistent-name-spelling.js'
import {isEstablishedName} from './common-words.js'
import {skeleton} from './spelling.js'
import {groupVariants} from './variant-groups.js'

/**
 * One spelling in one document: the spelling, its companions, its roles (`AS_GIVEN_NAME |
 * AS_OTHER_NAME`) and `[offset, endOffset, line, column, endLine, endColumn]` per use, flat.
 */
export type SpellingRecord = [spelling: string, companions: string[], roles: number, positions: number[]]

export interface NamesState {
  spellings: SpellingRecord[]
}

/** Numbers per position in `SpellingRecord`. */
const POSITION_SIZE = 6
/** A spelling in more documents than this is established usage, not a slip. */
const MAX_FLAGGED_DOCUMENTS = 20
/** The archive's spelling must be written at least this many times as often as the minority. */
const ARCHIVE_MAJORITY_RATIO = 5
/** …and in at least this many documents, so that one article's habit is not "the archive's". */
const MIN_MAJORITY_DOCUMENTS = 3
/** A name at least this long is reported across articles even without a shared first name. */
const MIN_UNACCOMPANIED_LENGTH = 9
/** Companions remembered per spelling; enough to recognise a person by first name or initial. */
const MAX_COMPANIONS = 64

function collect(doc: DocumentViews): NamesState | undefined {
  const spellings: SpellingRecord[] = articleSpellings(doc).map((entry) => {
    const positions: number[] = []
    for (const token of entry.tokens) {
      const start = doc.lines.point(token.start)
      const end = doc.lines.point(token.end)
      positions.push(token.start, token.end, start.line, start.column, end.line, end.column)
    }
    return [entry.spelling, [...entry.companions].sort(), entry.roles, positions]
  })
  return spellings.length > 0 ? {spellings} : undefined
}

interface Use extends SpellingUse {
  ref: DocumentRef
  companions: string[]
  positions: number[]
}

interface ArchiveSpelling extends SpellingUse {
  spelling: string
  /** Mentions over the archive. */
  weight: number
  documents: number
  /** The smallest ordinal using it: ties go to the spelling the archive used first. */
  order: number
  companions: Set<string>
  roles: number
  /** Uses per document, while `documents <= MAX_FLAGGED_DOCUMENTS`. */
  uses: Use[] | undefined
}

function reducer(): Reducer<NamesState> {
  const vocabulary = new Map<string, ArchiveSpelling>()
  return {
    add({ref, state}) {
      for (const [spelling, companions, roles, positions] of state.spellings) addUse(vocabulary, {ref, spelling, companions, roles, positions})
    },
    finish: () => flaggedUses(vocabulary)
  }
}

/** The messages of every use of a minority spelling, per document in input order. */
function flaggedUses(vocabulary: ReadonlyMap<string, ArchiveSpelling>): DocumentMessages[] {
  const minorities = groupVariants(vocabulary.values(), {
    accept: isArchiveMinority,
    canBeMinority: (item) => item.uses !== undefined,
    minMajorityWeight: (item) => ARCHIVE_MAJORITY_RATIO * item.weight
  })

  const flagged = new Map<number, DocumentMessages>()
  for (const [minority, majority] of minorities) {
    for (const use of minority.uses ?? []) {
      if (!isArchiveVariantUse(minority, use, majority)) continue
      const entry = flagged.get(use.ref.ordinal) ?? {ref: use.ref, messages: []}
      entry.messages.push(...messagesFor(minority, majority, use))
      flagged.set(use.ref.ordinal, entry)
    }
  }
  return [...flagged.values()].sort((a, b) => a.ref.ordinal - b.ref.ordinal)
}

function addUse(vocabulary: Map<string, ArchiveSpelling>, use: Use): void {
  let entry = vocabulary.get(use.spelling)
  if (!entry) {
    entry = {spelling: use.spelling, weight: 0, documents: 0, order: use.ref.ordinal, companions: new Set(), roles: 0, uses: []}
    vocabulary.set(use.spelling, entry)
  }
  entry.roles |= use.roles
  entry.weight += use.positions.length / POSITION_SIZE
  entry.documents++
  entry.order = Math.min(entry.order, use.ref.ordinal)
  for (const companion of use.companions) if (entry.companions.size < MAX_COMPANIONS) entry.companions.add(companion)
  if (entry.uses && entry.documents <= MAX_FLAGGED_DOCUMENTS) entry.uses.push(use)
  else entry.uses = undefined
}

/** Rare against an established spelling, and possibly the same person somewhere in the archive. */
function isArchiveMinority(minority: ArchiveSpelling, majority: ArchiveSpelling): boolean {
  return (
    majority.documents >= MIN_MAJORITY_DOCUMENTS &&
    (minority.uses ?? []).some((use) => isArchiveVariantUse(minority, use, majority))
  )
}

/**
 * Across articles, close spellings are usually different names (`Davos`/`Davis`, `Kodiak`/`Kodak`,
 * `Celltick`/`Celtic`, and `Damian`/`Damien`, both established names in the dictionary): a use is
 * reported only with positive evidence that it is the archive's name.
 * A use written in a full name is identified by the name's other words: it must share one of them
 * with the archive's spelling (`Mihkail Khodorkovsky`, `Mikhail Khodorkovsky`); `Robert MacIntosh`
 * is not the computer the archive calls `Macintosh`, nor `Jonathan Rosenberg` the club `Rosenborg`,
 * nor `S Hussain Zaidi` a `Saddam Hussein`. A use that stands alone has no such words, so the two
 * spellings must differ only in case, diacritics or transliteration (`Playstation`/`PlayStation`),
 * or the name be long enough that a one-letter slip cannot make another name
 * (`Yuganskneftgas`/`Yuganskneftegas`).
 */
function isArchiveVariantUse(minority: ArchiveSpelling, use: Use, majority: ArchiveSpelling): boolean {
  if (!mayBeOnePerson(use, majority) || (isEstablishedName(minority.spelling) && isEstablishedName(majority.spelling))) return false
  const words = use.companions.filter((word) => word.length > 1)
  if (words.length > 0) return words.some((word) => majority.companions.has(word))
  return skeleton(minority.spelling) === skeleton(majority.spelling) || Math.min(minority.spelling.length, majority.spelling.length) >= MIN_UNACCOMPANIED_LENGTH
}

function messagesFor(minority: ArchiveSpelling, majority: ArchiveSpelling, use: Use): LintMessage[] {
  const {meta} = consistentNameSpelling
  const articles = (count: number) => `${count} ${count === 1 ? 'article' : 'articles'}`
  const message = `\`${minority.spelling}\` (${articles(minority.documents)}) — this archive writes \`${majority.spelling}\` ${majority.weight} times (${articles(majority.documents)})`
  const messages: LintMessage[] = []
  for (let index = 0; index < use.positions.length; index += POSITION_SIZE) {
    const [offset, endOffset, line, column, endLine, endColumn] = use.positions.slice(index, index + POSITION_SIZE)
    messages.push({
      ruleId: meta.id,
      severity: meta.severity,
      message,
      line,
      column,
      endLine,
      endColumn,
      offset,
      endOffset,
      actual: minority.spelling,
      expected: [majority.spelling],
      url: meta.url,
      suggestions: [{start: offset, end: endOffset, text: majority.spelling}]
    })
  }
  return messages
}

/** The archive half of `consistent-name-spelling`, sharing its id, metadata and configuration. */
export const consistentNameSpellingArchive: CrossDocumentRule<NamesState, ConsistentNameSpellingOptions> = crossDocumentRule(consistentNameSpelling.meta, {
  stateFormat: 'names-2',
  collect,
  reducer
})
