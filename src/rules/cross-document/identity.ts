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
 * The identity tokens are figures (numbers of at least two digits, years and fractions left out:
 * two reports of one year share it by chance, and quoted prices such as `9-7/8` share their pieces)
 * and names (capitalised words that do not open a sentence; a sentence opens at the start of the
 * text and after `.`, `!`, `?` or a line break). Each document keeps a bottom-k sketch
 * of their hashes: the `IDENTITY_KEPT` smallest, which is the whole set for short reports and an
 * unbiased sample for the rest (Broder 1997; Cohen & Kaplan 2007).
 */
import {hashString, intersectionSize} from '../../engine/fingerprint.js'
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

const YEAR = /^(19|20)\d\d$/
const UPPER = /\p{Lu}/u
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u
const NUMBER_PUNCTUATION = /[.,]/g

/** The identity sketch of `text`: one pass over its characters. */
export function identitySketch(text: string): IdentitySketch {
  const distinct = new Set<number>()
  let opensSentence = true
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (!isWordCharacter(text, index, code)) {
      // A sentence ends at `.`, `!`, `?` or a line break; quotes, brackets and spaces may follow.
      if (code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a) opensSentence = true
      index++
      continue
    }
    const end = tokenEnd(text, index)
    const token = text.slice(index, end)
    if (/\d/.test(token)) addFigures(token, text, index, end, distinct)
    else if (!opensSentence && isUpperCase(text, index, code)) distinct.add(hashString(token.toLowerCase()))
    opensSentence = false
    index = end
  }
  const sorted = [...distinct].sort((a, b) => a - b)
  return {hashes: sorted.slice(0, IDENTITY_KEPT), count: sorted.length}
}

/** Where the token starting at `start` ends: letters, marks and digits, joined by `'`, `’`, `.`, `,` or `-` between two of them. */
function tokenEnd(text: string, start: number): number {
  let end = start + 1
  while (end < text.length) {
    const code = text.charCodeAt(end)
    if (isWordCharacter(text, end, code)) end++
    else if (isJoiner(code) && end + 1 < text.length && isWordCharacter(text, end + 1, text.charCodeAt(end + 1))) end += 2
    else break
  }
  return end
}

/**
 * The figures of a token with a digit: its hyphen-separated parts of two digits or more, years
 * left out. A fraction (`9-7/8`, `13/16`: quoted prices) is left out whole: unrelated reports
 * share its pieces.
 */
function addFigures(token: string, text: string, start: number, end: number, out: Set<number>): void {
  if (text.charCodeAt(start - 1) === 0x2f || text.charCodeAt(end) === 0x2f) return
  for (const part of token.split('-')) {
    const digits = part.replace(NUMBER_PUNCTUATION, '')
    if (digits.length >= 2 && !YEAR.test(digits)) out.add(hashString(digits))
  }
}

function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2c || code === 0x2d
}

function isWordCharacter(text: string, index: number, code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  return WORD_CHARACTER.test(text[index])
}

function isUpperCase(text: string, index: number, code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a
  return UPPER.test(text[index])
}

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
