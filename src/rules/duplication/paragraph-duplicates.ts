/**
 * The paragraph-duplicate analysis of a document, shared by `no-duplicate-paragraph` (which reports
 * it) and `no-duplicate-sentence` (which stays silent inside the paragraphs it reported), so a
 * document is analysed once.
 *
 * Table rows and headers (`table-layout.ts`) repeat by design and are never compared.
 *
 * Exact duplicates are paragraphs with the same comparison form (`normaliseForComparison`): found
 * through a map from a hash of that form's tokens to its first paragraph (`FirstCopies`).
 * Near-duplicates are paragraphs whose sets of word trigrams have a Jaccard similarity at or above a
 * threshold with an earlier paragraph's: found through an inverted index from trigram hash to the
 * earlier paragraphs holding it, so a paragraph is only ever compared with paragraphs it shares
 * trigrams with, never with all of them. Buckets are capped, which keeps the work per paragraph
 * bounded even when one phrase recurs in thousands of paragraphs: the whole analysis is linear in the
 * size of the document.
 */
import type {DocumentViews, Paragraph} from '../../engine/document.js'
import {intersectionSize, shingleHashes, uniqueSortedInPlace, wordTokens} from '../../engine/fingerprint.js'
import {BucketTable} from './bucket-table.js'
import {isTableRow} from './table-layout.js'
import {documentTokenSpans, FirstCopies, isFigure, type TokenSpans} from './token-spans.js'

export interface ParagraphDuplicateOptions {
  /** Paragraphs with fewer word tokens are never compared. */
  minWords: number
  /** Paragraphs with fewer word tokens are compared exactly only: short lines written from one template (table rows, credits) differ by a word or two by design. */
  nearMinWords: number
  /** Jaccard similarity of word trigrams at or above which a paragraph is a near-duplicate; 1 turns near-duplicates off. */
  threshold: number
}

export interface ParagraphDuplicate {
  /** The later copy, the one to report. */
  paragraph: Paragraph
  /** The earlier paragraph it repeats. */
  original: Paragraph
  /** Equal after normalisation (`true`), or a near-duplicate (`false`). */
  exact: boolean
  /** Jaccard similarity of their word trigrams (1 for exact duplicates). */
  similarity: number
}

/** Word trigrams: one edited word changes at most three of them, yet word order still counts. */
export const SHINGLE_SIZE = 3

/**
 * List items (`- Best actor - …`, `3. …`) follow a template, so two items differing by a name are
 * expected, not a botched copy: they are compared exactly, never as near-duplicates.
 */
export const LIST_ITEM = /^(?:[-*+•◦▪‣·–—]|\(?\d{1,3}[.)])\s/u

/** An index bucket keeps at most this many paragraphs; a phrase in more paragraphs than that stops naming candidates. */
const MAX_BUCKET = 16
/** When a bucket was full, at most this many doubtful candidates (those sharing the most trigrams) are intersected exactly. */
const MAX_VERIFIED = 8
const KEY_MASK = 0x3fffffff
const buckets = new BucketTable(MAX_BUCKET)

interface Indexed {
  paragraph: Paragraph
  /** Its word trigrams (hashes), each once after the index counted it; in ascending order once `sorted`. */
  shingles: Uint32Array
  sorted: boolean
  /** The numbers among its word tokens, computed when the paragraph first has a partner. */
  figures?: ReadonlySet<string>
}


/**
 * Two paragraphs that each state at least two figures the other lacks report different facts in one
 * template ("1986 qtr … gain 178,000 dlrs" beside "1987 qtr … gain 106,000 dlrs", exports beside
 * imports), not an edited copy; a copy whose one figure was corrected is still a copy.
 */
const MIN_OWN_FIGURES = 2

function reportsOtherFigures(a: Indexed, b: Indexed): boolean {
  return ownFigures(a, b) >= MIN_OWN_FIGURES && ownFigures(b, a) >= MIN_OWN_FIGURES
}

function ownFigures(a: Indexed, b: Indexed): number {
  const theirs = figures(b)
  let own = 0
  for (const figure of figures(a)) if (!theirs.has(figure)) own++
  return own
}

function figures(entry: Indexed): ReadonlySet<string> {
  return (entry.figures ??= new Set(wordTokens(entry.paragraph.text).filter(isFigure)))
}

/** The duplicate paragraphs among `paragraphs`, whose tokens `spans` gives (built from the text they were split from). */
export function findParagraphDuplicates(paragraphs: readonly Paragraph[], spans: TokenSpans, options: ParagraphDuplicateOptions): ParagraphDuplicate[] {
  const duplicates: ParagraphDuplicate[] = []
  const firstCopies = new FirstCopies<Paragraph>()
  const nearIndex = options.threshold < 1 ? new NearDuplicateIndex(options.threshold, spans.tokenCount) : undefined
  const nearPairs: ParagraphDuplicate[] = []
  for (const paragraph of paragraphs) {
    const {hashes, numbers, spaced} = spans.of(paragraph)
    if (hashes.length < options.minWords || isTableRow(paragraph.text, hashes.length, numbers, spaced)) continue
    const original = firstCopies.firstCopy(paragraph, hashes)
    if (original) {
      duplicates.push({paragraph, original, exact: true, similarity: 1})
      continue
    }
    if (!nearIndex || hashes.length < options.nearMinWords || LIST_ITEM.test(paragraph.text)) continue
    const entry: Indexed = {paragraph, shingles: shingleHashes(hashes, SHINGLE_SIZE), sorted: false}
    for (const partner of nearIndex.partnersThenAdd(entry)) {
      if (reportsOtherFigures(entry, partner.entry)) continue
      nearPairs.push({paragraph, original: partner.entry.paragraph, exact: false, similarity: partner.similarity})
    }
  }
  duplicates.push(...editedCopies(nearPairs))
  return duplicates.sort((a, b) => a.paragraph.index - b.paragraph.index)
}

/**
 * The near-duplicate pairs that are an edited copy beside its original: pairs whose two paragraphs
 * resemble no other paragraph. A paragraph resembling several others belongs to a series written
 * from one template (photo captions of a gallery, "Learn more about X's response" per bank, fixture
 * lists): each member says something different, so none of them is reported.
 */
function editedCopies(pairs: readonly ParagraphDuplicate[]): ParagraphDuplicate[] {
  const partnerCount = new Map<number, number>()
  for (const pair of pairs) {
    for (const paragraph of [pair.paragraph, pair.original]) partnerCount.set(paragraph.index, (partnerCount.get(paragraph.index) ?? 0) + 1)
  }
  return pairs.filter((pair) => partnerCount.get(pair.paragraph.index) === 1 && partnerCount.get(pair.original.index) === 1)
}

/**
 * Earlier paragraphs by trigram, answering "which earlier paragraphs are like this one?". Entries are
 * numbered; buckets (`BucketTable`, one for every document, analyses never overlapping) hold entry
 * numbers, and shared-trigram counts live in one reusable typed array. Bucket keys are the trigram
 * hashes cut to 30 bits; a collision, about one in a billion per pair of trigrams, can only add one
 * to a count.
 */
class NearDuplicateIndex {
  readonly #entries: Indexed[] = []
  #shared = new Uint32Array(64)
  readonly #touched: number[] = []
  #repeated = false

  /** `expectedTrigrams`: about how many trigrams the document's paragraphs hold. */
  constructor(
    readonly threshold: number,
    expectedTrigrams: number
  ) {
    buckets.clear(expectedTrigrams)
  }

  /**
   * The earlier paragraphs whose similarity to `entry` reaches the threshold; `entry` then joins the
   * index. One bucket look-up per trigram serves both: a bucket's members are counted as they were
   * before `entry` joined it.
   *
   * The trigrams are counted in the order the text gives them, which finds the same partners as any
   * other order, unless a trigram key repeats (a repeated phrase, or two trigrams with one key) or a
   * bucket was full (which candidates are verified then depends on the order): then they are counted
   * again, each once and in ascending order, as the index has always counted them.
   */
  partnersThenAdd(entry: Indexed): Array<{entry: Indexed; similarity: number}> {
    const id = this.#entries.push(entry) - 1
    if (id >= this.#shared.length) {
      const grown = new Uint32Array(this.#shared.length * 2)
      grown.set(this.#shared)
      this.#shared = grown
    }
    const shared = this.#shared
    const touched = this.#touched
    let unseen = this.#count(entry, id)
    if (this.#repeated || unseen > 0) {
      for (const other of touched) shared[other] = 0
      touched.length = 0
      entry.shingles = uniqueSortedInPlace(entry.shingles)
      entry.sorted = true
      unseen = this.#count(entry, id)
    }
    const shingles = entry.shingles
    const partners: Array<{entry: Indexed; similarity: number}> = []
    const size = shingles.length
    // J ≥ t needs |A ∩ B| ≥ t(|A| + |B|) / (1 + t). A full bucket may hide a shared trigram, so a
    // count is exact only when no bucket was full; otherwise it is at most `unseen` short.
    const share = this.threshold / (1 + this.threshold)
    const doubtful: number[] = []
    for (const id of touched) {
      const candidate = this.#entries[id]
      const needed = share * (size + candidate.shingles.length)
      const count = shared[id]
      if (count >= needed && unseen === 0) {
        partners.push({entry: candidate, similarity: count / (size + candidate.shingles.length - count)})
      } else if (unseen > 0 && count + unseen >= needed) keepStrongest(doubtful, id, shared)
    }
    for (const id of doubtful) {
      const candidate = this.#entries[id]
      const intersection = intersectionSize(sortedShingles(candidate), entry.shingles)
      const similarity = intersection / (size + candidate.shingles.length - intersection)
      if (similarity >= this.threshold) partners.push({entry: candidate, similarity})
    }
    for (const id of touched) shared[id] = 0
    touched.length = 0
    return partners
  }

  /**
   * Counts, for every earlier entry, the trigrams of `entry` it holds, and adds `entry` to the
   * buckets. Returns how many buckets were full; `#repeated` says whether a key came up twice.
   */
  #count(entry: Indexed, id: number): number {
    const shared = this.#shared
    const touched = this.#touched
    const shingles = entry.shingles
    let unseen = 0
    this.#repeated = false
    for (let index = 0; index < shingles.length; index++) {
      const bucket = buckets.bucket(shingles[index] & KEY_MASK)
      let size = buckets.size(bucket)
      // `entry` already in the bucket: the key came up before (or in the first count).
      const joined = size > 0 && buckets.member(bucket, size - 1) === id
      if (joined) {
        this.#repeated = true
        size--
      }
      if (size === MAX_BUCKET) unseen++
      for (let position = 0; position < size; position++) {
        const other = buckets.member(bucket, position)
        if (shared[other]++ === 0) touched.push(other)
      }
      if (!joined) buckets.append(bucket, id)
    }
    return unseen
  }
}

/** The entry's trigrams in ascending order, sorted in place on first need. */
function sortedShingles(entry: Indexed): Uint32Array {
  if (!entry.sorted) {
    entry.shingles.sort()
    entry.sorted = true
  }
  return entry.shingles
}

/**
 * Inserts `id` into `strongest`, kept sorted by descending `counts` and at most `MAX_VERIFIED` long
 * (a partial selection: no sort of every candidate).
 */
function keepStrongest(strongest: number[], id: number, counts: Uint32Array): void {
  let position = strongest.length
  while (position > 0 && counts[strongest[position - 1]] < counts[id]) position--
  if (position >= MAX_VERIFIED) return
  strongest.splice(position, 0, id)
  if (strongest.length > MAX_VERIFIED) strongest.pop()
}

interface CachedAnalysis {
  key: string
  duplicates: ParagraphDuplicate[]
}

const analyses = new WeakMap<DocumentViews, CachedAnalysis>()

/**
 * The duplicate paragraphs of `doc` under `options`, computed once per document and options and
 * remembered as the document's reported paragraph duplicates (see `reportedParagraphDuplicates`).
 */
export function paragraphDuplicates(doc: DocumentViews, options: ParagraphDuplicateOptions): ParagraphDuplicate[] {
  const key = `${options.minWords}:${options.nearMinWords}:${options.threshold}`
  const cached = analyses.get(doc)
  if (cached && cached.key === key) return cached.duplicates
  const duplicates = findParagraphDuplicates(doc.paragraphs, documentTokenSpans(doc), options)
  analyses.set(doc, {key, duplicates})
  return duplicates
}

/**
 * The paragraph duplicates `no-duplicate-paragraph` found in `doc`, or none when it did not run on
 * it (turned off, or not `.use()`d before `no-duplicate-sentence` in a hand-built pipeline): then
 * nothing was reported, so nothing is left out.
 */
export function reportedParagraphDuplicates(doc: DocumentViews): readonly ParagraphDuplicate[] {
  return analyses.get(doc)?.duplicates ?? []
}
