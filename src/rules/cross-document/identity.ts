/**
 * What an article is about, as far as telling a copy from a sibling goes: the names it mentions and
 * the figures it states.
 *
 * Wire archives are full of reports cast in one template: the weekly Treasury bill auction, the
 * central bank's money-market operations, a company's bond issue. Two of them share most of their
 * wording, as a copy does, yet they are different news: another company, another amount, another
 * date. A copy keeps its names and figures, however much of its wording an editor changed. So two
 * articles that each name or state a few things are near-duplicates only if they mostly name and
 * state the same ones.
 *
 * The identity tokens are word tokens of the shared pass (`tokenTable`): figures (numbers of at
 * least two digits, years and fractions left out: two reports of one year share it by chance, and
 * quoted prices such as `9-7/8` share their pieces) and names (capitalised words that do not open a
 * sentence). The pass reads ASCII letters only, so a name that starts with another letter (`Łukasz`)
 * is not counted: the check then has less to go on, and leaves more pairs to the shingles. Each document keeps a bottom-k sketch
 * of their hashes: the `IDENTITY_KEPT` smallest, which is the whole set for short reports and an
 * unbiased sample for the rest (Broder 1997; Cohen & Kaplan 2007).
 */
import {intersectionSize, type TokenTable} from '../../engine/fingerprint.js'
import {firstAtLeast} from '../../engine/lower-bound.js'
import {containmentFromJaccard} from './minhash.js'

export const IDENTITY_KEPT = 32
/** Below this many identity tokens in either article, they say too little to tell reports apart. */
const MIN_IDENTITY = 3
/** Share of the identity tokens of the article with fewer that the other must hold too, for a copy. */
const MIN_SHARED_IDENTITY = 0.6

export interface IdentitySketch {
  /** The smallest hashes of the distinct identity tokens, ascending. */
  hashes: number[]
  /** How many distinct identity tokens there are. */
  count: number
}

/** The identity sketch of `text`, from its word tokens (`tokenTable`, the pass the duplication rules share). */
export function identitySketch(text: string, tokens: TokenTable): IdentitySketch {
  const distinct = new Set<number>()
  for (let index = 0; index < tokens.count; index++) {
    const start = tokens.starts[index]
    const end = tokens.ends[index]
    const numeric = tokens.numbersBefore[index + 1] > tokens.numbersBefore[index]
    if (numeric ? isFigure(text, start, end) : isName(text, start)) distinct.add(tokens.hashes[index])
  }
  const sorted = [...distinct].sort((a, b) => a - b)
  return {hashes: sorted.slice(0, IDENTITY_KEPT), count: sorted.length}
}

/**
 * A number of two digits or more (`1,286,000` is one token), not a year, and not part of a fraction
 * (`9-7/8`, `13/16`: quoted prices, whose pieces unrelated reports share).
 */
function isFigure(text: string, start: number, end: number): boolean {
  if (end - start < 2 || text.charCodeAt(start - 1) === SLASH || text.charCodeAt(end) === SLASH) return false
  return !(end - start === 4 && YEAR.test(text.slice(start, end)))
}

/** A capitalised word that does not open a sentence (one opens at the start of the text and after `.`, `!`, `?` or a line break, quotes, brackets and spaces between). */
function isName(text: string, start: number): boolean {
  const first = text.charCodeAt(start)
  if (first < 0x41 || first > 0x5a) return false
  for (let index = start - 1; index >= 0; index--) {
    const code = text.charCodeAt(index)
    if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a) return false
    if (!SENTENCE_GAP.has(code)) return true
  }
  return false
}

const YEAR = /^(19|20)\d\d$/
const SLASH = 0x2f
/** What may stand between a sentence's end and its first word: spaces, quotes, brackets. */
const SENTENCE_GAP: ReadonlySet<number> = new Set([0x20, 0x09, 0x0d, 0xa0, 0x22, 0x27, 0x28, 0x5b, 0x201c, 0x201d, 0x2018, 0x2019, 0x29, 0x5d])

/** An article's sketch as stored: ascending, possibly padded with 0xffffffff past `count`. */
export interface StoredSketch {
  hashes: Uint32Array
  count: number
}

/**
 * Whether two articles are about different things: both have at least `MIN_IDENTITY` names and
 * figures, and the one with fewer shares under `MIN_SHARED_IDENTITY` of them with the other.
 */
export function identitiesDiffer(a: StoredSketch, b: StoredSketch): boolean {
  return Math.min(a.count, b.count) >= MIN_IDENTITY && containment(a, b) < MIN_SHARED_IDENTITY
}

/**
 * The share of the smaller set found in the other: exact when both fit their sketches; else
 * estimated below the smaller of the two sketches' largest hashes, where both sets are known in
 * full (a sample of the union chosen by hash value, as a bottom-k estimate is).
 */
function containment(a: StoredSketch, b: StoredSketch): number {
  if (a.count <= IDENTITY_KEPT && b.count <= IDENTITY_KEPT) {
    return intersectionSize(a.hashes.subarray(0, a.count), b.hashes.subarray(0, b.count)) / Math.min(a.count, b.count)
  }
  const keptA = Math.min(a.count, IDENTITY_KEPT)
  const keptB = Math.min(b.count, IDENTITY_KEPT)
  const bound = Math.min(a.count > IDENTITY_KEPT ? a.hashes[keptA - 1] : Infinity, b.count > IDENTITY_KEPT ? b.hashes[keptB - 1] : Infinity)
  const sampleA = a.hashes.subarray(0, firstAtLeast(a.hashes, bound + 1, keptA))
  const sampleB = b.hashes.subarray(0, firstAtLeast(b.hashes, bound + 1, keptB))
  const shared = intersectionSize(sampleA, sampleB)
  const union = sampleA.length + sampleB.length - shared
  return containmentFromJaccard(union === 0 ? 0 : shared / union, a.count, b.count)
}
