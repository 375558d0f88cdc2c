/**
 * The paragraph-duplicate analysis of a document, shared by `no-duplicate-paragraph` (which reports
 * it) and `no-duplicate-sentence` (which stays silent inside the paragraphs it reported), so a
 * document is analysed once.
 *
 * Table rows and headers (`table-layout.ts`) repeat by design and are never compared.
 *
 * Exact duplicates are paragraphs with the same comparison form (`normaliseForComparison`): found
 * through a map from that form to its first paragraph. Near-duplicates are paragraphs whose sets of
 * word trigrams have a Jaccard similarity at or above a threshold with an earlier paragraph's: found
 * through an inverted index from trigram hash to the earlier paragraphs holding it, so a paragraph is
 * only ever compared with paragraphs it shares trigrams with, never with all of them. Buckets are
 * capped, which keeps the work per paragraph bounded even when one phrase recurs in thousands of
 * paragraphs: the whole analysis is linear in the size of the document.
 */
import type {DocumentViews, Paragraph} from '../../engine/document.js'
import {hashTokens, intersectionSize, shingleHashes, uniqueSorted, wordTokens} from '../../engine/fingerprint.js'
import {isTableRow} from './table-layout.js'

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

interface Indexed {
  paragraph: Paragraph
  shingles: Uint32Array
  /** The numbers among its word tokens. */
  figures: ReadonlySet<string>
}

const NUMBER = /^\d+$/

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
  let own = 0
  for (const figure of a.figures) if (!b.figures.has(figure)) own++
  return own
}

export function findParagraphDuplicates(paragraphs: readonly Paragraph[], options: ParagraphDuplicateOptions): ParagraphDuplicate[] {
  const duplicates: ParagraphDuplicate[] = []
  const firstByForm = new Map<string, Paragraph>()
  const nearIndex = options.threshold < 1 ? new NearDuplicateIndex(options.threshold) : undefined
  const nearPairs: ParagraphDuplicate[] = []
  for (const paragraph of paragraphs) {
    const tokens = wordTokens(paragraph.text)
    if (tokens.length < options.minWords || isTableRow(paragraph.text, tokens)) continue
    const form = tokens.join(' ')
    const original = firstByForm.get(form)
    if (original) {
      duplicates.push({paragraph, original, exact: true, similarity: 1})
      continue
    }
    firstByForm.set(form, paragraph)
    if (!nearIndex || tokens.length < options.nearMinWords || LIST_ITEM.test(paragraph.text)) continue
    const entry: Indexed = {
      paragraph,
      shingles: uniqueSorted(shingleHashes(hashTokens(tokens), SHINGLE_SIZE)),
      figures: new Set(tokens.filter((token) => NUMBER.test(token)))
    }
    for (const partner of nearIndex.partners(entry)) {
      if (reportsOtherFigures(entry, partner.entry)) continue
      nearPairs.push({paragraph, original: partner.entry.paragraph, exact: false, similarity: partner.similarity})
    }
    nearIndex.add(entry)
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
 * numbered; buckets hold entry numbers, and shared-trigram counts live in one reusable typed array.
 * Bucket keys are the trigram hashes cut to 30 bits, which V8 keeps as small integers (a 32-bit key
 * would be a boxed number, several times slower as a Map key); a collision, about one in a billion per
 * pair of trigrams, can only add one to a count.
 */
class NearDuplicateIndex {
  readonly #buckets = new Map<number, number[]>()
  readonly #entries: Indexed[] = []
  #shared = new Uint32Array(64)
  readonly #touched: number[] = []

  constructor(readonly threshold: number) {}

  add(entry: Indexed): void {
    const id = this.#entries.push(entry) - 1
    if (id >= this.#shared.length) {
      const grown = new Uint32Array(this.#shared.length * 2)
      grown.set(this.#shared)
      this.#shared = grown
    }
    for (const shingle of entry.shingles) {
      const key = shingle & KEY_MASK
      const bucket = this.#buckets.get(key)
      if (!bucket) this.#buckets.set(key, [id])
      else if (bucket.length < MAX_BUCKET && bucket[bucket.length - 1] !== id) bucket.push(id)
    }
  }

  /** The earlier paragraphs whose similarity to `entry` reaches the threshold. */
  partners(entry: Indexed): Array<{entry: Indexed; similarity: number}> {
    const shared = this.#shared
    const touched = this.#touched
    let unseen = 0
    for (const shingle of entry.shingles) {
      const bucket = this.#buckets.get(shingle & KEY_MASK)
      if (!bucket) continue
      if (bucket.length === MAX_BUCKET) unseen++
      for (const id of bucket) if (shared[id]++ === 0) touched.push(id)
    }
    const partners: Array<{entry: Indexed; similarity: number}> = []
    const size = entry.shingles.length
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
      const intersection = intersectionSize(candidate.shingles, entry.shingles)
      const similarity = intersection / (size + candidate.shingles.length - intersection)
      if (similarity >= this.threshold) partners.push({entry: candidate, similarity})
    }
    for (const id of touched) shared[id] = 0
    touched.length = 0
    return partners
  }
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
  const duplicates = findParagraphDuplicates(doc.paragraphs, options)
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
