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
 * and names (capitalised words that do not open a sentence). Each document keeps a bottom-k sketch
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

/** A word or number, with what precedes it when that ends a sentence (`.`, `!`, `?` or a line break, then quotes and space). */
const TOKEN = /([.!?\n]["'”’)]*\s*["'“‘(]*)?([\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.,/-](?=[\p{L}\p{N}]))*)/gu
const YEAR = /^(19|20)\d\d$/
const UPPER = /^\p{Lu}/u
const DIGIT = /\d/
const NUMBER_PUNCTUATION = /[.,]/g

/** The identity sketch of `text`. */
export function identitySketch(text: string): IdentitySketch {
  const distinct = new Set<number>()
  for (const match of text.matchAll(TOKEN)) {
    const token = match[2]
    if (DIGIT.test(token)) {
      // Fractions (`9-7/8`, quoted prices) and years are shared by unrelated reports.
      if (token.includes('/')) continue
      for (const part of token.split('-')) {
        const digits = part.replace(NUMBER_PUNCTUATION, '')
        if (digits.length >= 2 && !YEAR.test(digits)) distinct.add(hashString(digits))
      }
    } else if (match[1] === undefined && match.index > 0 && UPPER.test(token)) {
      distinct.add(hashString(token.toLowerCase()))
    }
  }
  const sorted = [...distinct].sort((a, b) => a - b)
  return {hashes: sorted.slice(0, IDENTITY_KEPT), count: sorted.length}
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
