/**
 * Text fingerprints: what two passages have in common once the accidents of typing are set aside.
 *
 * Copies of the same text drift in ways a reader does not notice: a scraper swaps curly quotes for
 * straight ones, an editor turns `--` into an em dash, a template lower-cases a heading, a paste
 * doubles a space. Comparison therefore works on *word tokens*: case-folded, accent-folded runs of
 * letters and digits, with every other character (quotes, dashes, punctuation, white space) read as
 * a separator. Two passages are exact duplicates when their token lists are equal, and near-duplicates
 * when their sets of word shingles (runs of `size` consecutive tokens) largely overlap.
 *
 * Everything here is a pure function of its arguments, linear in the length of its input, and
 * allocation-light, because it runs on every paragraph of every document (within-document
 * duplication rules) and on whole archives (MinHash near-duplicate detection across documents).
 * Hashes are 32-bit MurmurHash3 (Appleby, public domain algorithm): fast in JavaScript through
 * `Math.imul`, and well mixed, so that `hash ^ seed` style permutations for MinHash stay independent.
 */

import {firstAtLeast} from './lower-bound.js'

/**
 * A token: letters, combining marks and digits, with apostrophes inside a word (`don't`, `O’Neill`)
 * and separators inside a number (`1,000`, `3.5`) dropped rather than splitting it. Every branch
 * starts with a different character class, so the pattern cannot backtrack.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:['’ʼ]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu
const JOINERS = /['’ʼ.,]/g
/** Latin accents (U+0300–U+036F after decomposition): a copy that lost its accents is still a copy. */
const LATIN_ACCENTS = /[\u0300-\u036f]/g
const NON_ASCII = /[^\u0000-\u007f]/

/**
 * The word tokens of `text`, lower-cased and accent-folded, in order.
 *
 * `“Don’t—stop!”` and `"don't - STOP"` both give `['dont', 'stop']`; `1,000` gives `['1000']`.
 * Compatibility forms are folded too (NFKD: full-width letters, ligatures such as `ﬁ`).
 */
export function wordTokens(text: string): string[] {
  let folded = text.toLowerCase()
  if (NON_ASCII.test(folded)) folded = folded.normalize('NFKD').replace(LATIN_ACCENTS, '')
  const tokens: string[] = []
  for (const match of folded.matchAll(TOKEN)) {
    const token = match[0]
    tokens.push(token.length > 1 && hasJoiner(token) ? token.replace(JOINERS, '') : token)
  }
  return tokens
}

function hasJoiner(token: string): boolean {
  for (let index = 0; index < token.length; index++) {
    const code = token.charCodeAt(index)
    if (code === 0x27 || code === 0x2c || code === 0x2e || code === 0x2019 || code === 0x2bc) return true
  }
  return false
}

/**
 * The comparison form of `text`: its word tokens joined by single spaces. Two texts are duplicates
 * "after normalisation" exactly when their comparison forms are equal.
 */
export function normaliseForComparison(text: string): string {
  return wordTokens(text).join(' ')
}

const C1 = 0xcc9e2d51
const C2 = 0x1b873593

/** MurmurHash3's scrambling of a block into the hash: all of a tail block's mixing, the first step of a full one's. */
function mixTail(hash: number, block: number): number {
  let k = Math.imul(block, C1)
  k = (k << 15) | (k >>> 17)
  return hash ^ Math.imul(k, C2)
}

/** One MurmurHash3 mixing round of the 32-bit block `block` into the running hash `hash`. */
function mixBlock(hash: number, block: number): number {
  let h = mixTail(hash, block)
  h = (h << 13) | (h >>> 19)
  return (Math.imul(h, 5) + 0xe6546b64) | 0
}

/** MurmurHash3's finaliser: every input bit affects every output bit. */
function finalise(hash: number, length: number): number {
  let h = hash ^ length
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * A 32-bit hash (unsigned) of a string's UTF-16 code units, MurmurHash3-style, two code units per
 * block. Different `seed`s give independent hash functions.
 */
export function hashString(value: string, seed = 0): number {
  let hash = seed | 0
  const length = value.length
  const pairs = length & ~1
  for (let index = 0; index < pairs; index += 2) {
    hash = mixBlock(hash, value.charCodeAt(index) | (value.charCodeAt(index + 1) << 16))
  }
  if (pairs < length) hash = mixTail(hash, value.charCodeAt(pairs))
  return finalise(hash, length)
}

/**
 * MurmurHash3 of one 32-bit value (unsigned result). With a different `seed` per function it gives
 * the independent permutations of MinHash: `hashUint32(shingle, seed[i])`.
 */
export function hashUint32(value: number, seed: number): number {
  return finalise(mixBlock(seed | 0, value | 0), 4)
}

/** The hash of every token, in order: hash each token once, then build any number of shingles from them. */
export function hashTokens(tokens: readonly string[], seed = 0): Uint32Array {
  const hashes = new Uint32Array(tokens.length)
  for (let index = 0; index < tokens.length; index++) hashes[index] = hashString(tokens[index], seed)
  return hashes
}

/**
 * Hashes of the word shingles of a token sequence: one per run of `size` consecutive tokens, in order
 * (order matters inside a shingle: `a b c` and `c b a` differ). A sequence shorter than `size` gives
 * one shingle of all its tokens, so short texts still have a fingerprint; an empty one gives none.
 * Costs `tokens × size` mixing rounds and no string building.
 */
export function shingleHashes(tokenHashes: ArrayLike<number>, size: number): Uint32Array {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`shingle size must be a positive integer, got ${size}`)
  const count = tokenHashes.length
  if (count === 0) return new Uint32Array(0)
  const width = Math.min(size, count)
  const shingles = new Uint32Array(count - width + 1)
  for (let start = 0; start < shingles.length; start++) shingles[start] = rangeHash(tokenHashes, start, start + width, 0)
  return shingles
}

/**
 * One hash of a whole token sequence (of `hashTokens` values): equal sequences give equal hashes, so
 * a map keyed by it finds candidate exact duplicates without joining tokens into strings. Unequal
 * sequences collide about once in 2³² pairs: a caller that must be exact confirms a hit.
 */
export function sequenceHash(tokenHashes: ArrayLike<number>, seed = 0): number {
  return rangeHash(tokenHashes, 0, tokenHashes.length, seed)
}

/** The hash of the token hashes `[start, end)`: a shingle, or a whole sequence. */
function rangeHash(tokenHashes: ArrayLike<number>, start: number, end: number, seed: number): number {
  let hash = seed | 0
  for (let index = start; index < end; index++) hash = mixBlock(hash, tokenHashes[index])
  return finalise(hash, end - start)
}

/**
 * The word tokens of a whole text in one pass, as positions and hashes rather than strings: the
 * tokens `wordTokens` gives for any passage of the text, without slicing, case-folding or allocating
 * a string per passage. The scan folds ASCII letters, digits and joiners itself, and reads as
 * separators the non-ASCII punctuation of ordinary copy that neither case folding nor NFKD turns into
 * a letter, a digit or a joiner (typographic quotes, dashes, the ellipsis, the no-break space, £, €,
 * bullets); `’` joins like `'`. Any other non-ASCII character (an accented or non-Latin letter, a
 * compatibility form) is listed in `unfolded`, and a passage holding one is for `wordTokens`.
 */
export interface TokenTable {
  count: number
  /** Offset of each token's first character. */
  starts: Int32Array
  /** Offset just after each token's last character. */
  ends: Int32Array
  /** `hashString` of each token as `wordTokens` spells it (with seed 0, as `hashTokens` gives it). */
  hashes: Uint32Array
  /** `numbersBefore[i]`: how many of the first `i` tokens are all ASCII digits (`count + 1` entries). */
  numbersBefore: Int32Array
  /** Ascending offsets of the characters the scan cannot fold. */
  unfolded: Int32Array
}

/** Non-ASCII characters that are separators both before and after case folding and NFKD. */
const FOLDED_SEPARATORS: ReadonlySet<number> = new Set([
  0xa0, 0xa3, 0xa9, 0xae, 0x2013, 0x2014, 0x2015, 0x2018, 0x201c, 0x201d, 0x2022, 0x2026, 0x20ac
])
const APOSTROPHE = 0x27
const RIGHT_QUOTE = 0x2019

/** Growable typed-array columns of the scan, reused by every scan and copied out at its end. */
class TokenColumns {
  count = 0
  starts = new Int32Array(256)
  ends = new Int32Array(256)
  hashes = new Uint32Array(256)
  numbersBefore = new Int32Array(257)

  push(start: number, end: number, hash: number, numeric: boolean): void {
    if (this.count === this.starts.length) this.#grow()
    const index = this.count++
    this.starts[index] = start
    this.ends[index] = end
    this.hashes[index] = hash
    this.numbersBefore[index + 1] = this.numbersBefore[index] + (numeric ? 1 : 0)
  }

  #grow(): void {
    const size = this.starts.length * 2
    this.starts = grown(this.starts, new Int32Array(size))
    this.ends = grown(this.ends, new Int32Array(size))
    this.hashes = grown(this.hashes, new Uint32Array(size))
    this.numbersBefore = grown(this.numbersBefore, new Int32Array(size + 1))
  }
}

function grown<T extends Int32Array | Uint32Array>(from: T, to: T): T {
  to.set(from)
  return to
}

/** The scan is synchronous, so one set of columns serves every scan. */
const scratchColumns = new TokenColumns()

/** Classes of ASCII characters for the scan: a letter or digit, and a digit. */
const WORD_CHARACTER = 1
const DIGIT = 2
const ASCII_CLASSES = (() => {
  const classes = new Uint8Array(128)
  for (let code = 0x30; code <= 0x39; code++) classes[code] = WORD_CHARACTER | DIGIT
  for (let code = 0x41; code <= 0x5a; code++) classes[code] = classes[code | 0x20] = WORD_CHARACTER
  return classes
})()

/** The scan's class of `code` (0 for every character outside ASCII). */
function classOf(code: number): number {
  return code < 0x80 ? ASCII_CLASSES[code] : 0
}

/** The word tokens of `text`, in one pass (see `TokenTable`). */
export function tokenTable(text: string): TokenTable {
  const columns = scratchColumns
  columns.count = 0
  const unfolded: number[] = []
  const length = text.length
  let index = 0
  while (index < length) {
    let code = text.charCodeAt(index)
    let kind = classOf(code)
    if (kind === 0) {
      if (code >= 0x80 && code !== RIGHT_QUOTE && !FOLDED_SEPARATORS.has(code)) unfolded.push(index)
      index++
      continue
    }
    // A token: runs of letters and digits, joined by an apostrophe between two of them or by `.`/`,`
    // between two digits; the joiners are dropped, as `wordTokens` drops them. Its hash is
    // `hashString`'s, fed two lower-cased code units per block.
    const start = index
    let hash = 0
    let pending = -1
    let units = 0
    let numeric = true
    for (;;) {
      const unit = kind & DIGIT ? code : code | 0x20
      numeric &&= (kind & DIGIT) !== 0
      if (pending < 0) pending = unit
      else {
        hash = mixBlock(hash, pending | (unit << 16))
        pending = -1
      }
      units++
      if (++index >= length) break
      code = text.charCodeAt(index)
      kind = classOf(code)
      if (kind !== 0) continue
      if (index + 1 >= length) break
      const after = classOf(text.charCodeAt(index + 1))
      const joins =
        code === APOSTROPHE || code === RIGHT_QUOTE
          ? after !== 0
          : (code === 0x2e || code === 0x2c) && (after & DIGIT) !== 0 && (classOf(text.charCodeAt(index - 1)) & DIGIT) !== 0
      if (!joins) break
      code = text.charCodeAt(++index)
      kind = after
    }
    if (pending >= 0) hash = mixTail(hash, pending)
    columns.push(start, index, finalise(hash, units), numeric)
  }
  const {count} = columns
  return {
    count,
    starts: columns.starts.slice(0, count),
    ends: columns.ends.slice(0, count),
    hashes: columns.hashes.slice(0, count),
    numbersBefore: columns.numbersBefore.slice(0, count + 1),
    unfolded: Int32Array.from(unfolded)
  }
}

/**
 * The tokens of the passage `[start, end)` of the table's text, as indexes `[first, last)` into the
 * table: exactly the tokens `wordTokens` gives for that passage alone. Undefined when the table
 * cannot tell, and the passage must go to `wordTokens`: it holds a character the scan cannot fold, or
 * a token of the whole text runs across one of its edges (the passage alone would cut it).
 */
export function tokensWithin(table: TokenTable, start: number, end: number): {first: number; last: number} | undefined {
  const unfolded = firstAtLeast(table.unfolded, start)
  if (unfolded < table.unfolded.length && table.unfolded[unfolded] < end) return undefined
  const first = firstAtLeast(table.ends, start + 1, table.count)
  const last = firstAtLeast(table.starts, end, table.count)
  if (first < table.count && table.starts[first] < start) return undefined
  if (last > 0 && last > first && table.ends[last - 1] > end) return undefined
  return {first, last}
}

/** The distinct values of `hashes`, sorted ascending: the set form `jaccard` expects. */
export function uniqueSorted(hashes: Uint32Array): Uint32Array {
  return uniqueSortedInPlace(Uint32Array.from(hashes))
}

/** `uniqueSorted` for an array the caller no longer needs: sorts it in place and returns a view of its front. */
export function uniqueSortedInPlace(hashes: Uint32Array): Uint32Array {
  const sorted = hashes.sort()
  let length = 0
  for (let index = 0; index < sorted.length; index++) {
    if (index === 0 || sorted[index] !== sorted[length - 1]) sorted[length++] = sorted[index]
  }
  return sorted.subarray(0, length)
}

/** How many values two ascending, duplicate-free arrays share (a linear merge). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++
      i++
      j++
    } else if (a[i] < b[j]) i++
    else j++
  }
  return shared
}

/**
 * Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle sets given as ascending, duplicate-free arrays
 * (see `uniqueSorted`). Two empty sets are identical (1).
 */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1
  const shared = intersectionSize(a, b)
  return shared / (a.length + b.length - shared)
}
