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

/** One MurmurHash3 mixing round of the 32-bit block `block` into the running hash `hash`. */
function mixBlock(hash: number, block: number): number {
  let k = Math.imul(block, C1)
  k = (k << 15) | (k >>> 17)
  k = Math.imul(k, C2)
  let h = hash ^ k
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
  if (pairs < length) {
    let k = Math.imul(value.charCodeAt(pairs), C1)
    k = (k << 15) | (k >>> 17)
    hash ^= Math.imul(k, C2)
  }
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
  for (let start = 0; start < shingles.length; start++) {
    let hash = 0
    for (let offset = 0; offset < width; offset++) hash = mixBlock(hash, tokenHashes[start + offset])
    shingles[start] = finalise(hash, width)
  }
  return shingles
}

/** The distinct values of `hashes`, sorted ascending: the set form `jaccard` expects. */
export function uniqueSorted(hashes: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort()
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
