/**
 * MinHash signatures by one-permutation hashing (Li, Owen & Zhang 2012) with optimal densification
 * (Shrivastava 2017): each shingle hash is mixed once and falls into one of `bins` bins by its low
 * bits; a bin keeps the smallest value that fell into it. Two documents agree at a bin with
 * probability equal to the Jaccard similarity of their shingle sets, as with `bins` independent
 * permutations, at the cost of one hash per shingle instead of one per shingle and permutation
 * (120 multiplications per shingle made this the most expensive step of the archive pipeline).
 *
 * A short document leaves bins empty. Densification fills each empty bin from a non-empty one,
 * chosen by a probe sequence that depends only on the bin's number, never on the document: two
 * documents with the same shingles fill their empty bins the same way, so agreement still estimates
 * similarity.
 *
 * Only the low 16 bits of each minimum are kept ("b-bit minwise hashing", Li & König 2010): 256
 * bytes per document at 128 bins. Two unrelated minima then agree by chance with probability
 * 1/65536, a bias `estimateJaccard` removes; 16 bits rather than 8 so that a band of two bins is a
 * 32-bit key that still tells a million documents apart (see `lsh-index.ts`).
 */
import {hashUint32} from '../../engine/fingerprint.js'

const BITS_KEPT = 16
const CHANCE_AGREEMENT = 1 / 2 ** BITS_KEPT
const LOW_BITS = 2 ** BITS_KEPT - 1
/** Seeds of the value hash and of the densification probes: fixed, so signatures from any run, shard or machine compare. */
const VALUE_SEED = 0x9e3779b9
const PROBE_SEED = 0x7f4a7c15
const EMPTY = 0xffffffff

/** The signature of a set of shingle hashes: `bins` 16-bit values. Undefined for no shingles; `bins` must be a power of two. */
export function minhashSignature(shingles: Uint32Array, bins: number): Uint16Array | undefined {
  if (shingles.length === 0) return undefined
  const mask = bins - 1
  const minima = new Uint32Array(bins).fill(EMPTY)
  for (let index = 0; index < shingles.length; index++) {
    const shingle = shingles[index]
    const bin = shingle & mask
    // The one hash value equal to EMPTY is taken as its neighbour, so a filled bin never looks empty.
    const value = Math.min(hashUint32(shingle, VALUE_SEED), EMPTY - 1)
    if (value < minima[bin]) minima[bin] = value
  }
  const signature = new Uint16Array(bins)
  for (let bin = 0; bin < bins; bin++) {
    let source = bin
    for (let attempt = 1; minima[source] === EMPTY; attempt++) source = hashUint32(bin, PROBE_SEED + attempt) & mask
    signature[bin] = minima[source] & LOW_BITS
  }
  return signature
}

/**
 * The Jaccard similarity two signatures estimate: the share of agreeing bins, less the agreement
 * that 16-bit values reach by chance. `a` and `b` may be views into larger buffers.
 */
export function estimateJaccard(a: Uint16Array, b: Uint16Array): number {
  let agree = 0
  for (let index = 0; index < a.length; index++) if (a[index] === b[index]) agree++
  const raw = agree / a.length
  return Math.max(0, (raw - CHANCE_AGREEMENT) / (1 - CHANCE_AGREEMENT))
}

/**
 * The share of the smaller set that the larger one holds, from their Jaccard similarity and sizes:
 * `|A ∩ B| = J (|A| + |B|) / (1 + J)`. A copy with a paragraph cut is contained in its original
 * however little of the original it kept, which the Jaccard similarity alone would not say.
 */
export function containmentFromJaccard(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB)
  if (smaller === 0) return 0
  return Math.min(1, (jaccard * (sizeA + sizeB)) / ((1 + jaccard) * smaller))
}
