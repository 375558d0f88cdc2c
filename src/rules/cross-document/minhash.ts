/**
 * MinHash signatures (Broder 1997): for each of `k` independent hash functions, the smallest hash
 * of a document's shingles. Two documents agree at a position with probability equal to the
 * Jaccard similarity of their shingle sets, so the share of agreeing positions estimates it, in
 * constant space per document and without ever comparing texts.
 *
 * Only the lowest 8 bits of each minimum are kept ("b-bit minwise hashing", Li & König 2010): a
 * signature of 120 positions is 120 bytes, which is what lets a million documents' signatures sit in
 * memory for the archive-wide reduce and in a shard's state file. Two unrelated minima then agree by
 * chance with probability 1/256, a bias `estimateJaccard` removes.
 */
import {hashUint32} from '../../engine/fingerprint.js'

const BITS_KEPT = 8
const CHANCE_AGREEMENT = 1 / 2 ** BITS_KEPT
const LOW_BITS = 2 ** BITS_KEPT - 1

/**
 * The permutations: `x ↦ a·x + b (mod 2^32)` with odd `a`, a bijection of 32-bit values. Shingle
 * hashes are already well mixed (MurmurHash3), so each permutation's minimum falls on a uniformly
 * random shingle of the union, which is all MinHash needs; the affine map costs one multiplication
 * where re-hashing every shingle for each of the 120 functions cost four times as much. The
 * coefficients are fixed, so signatures from any run, shard or machine compare.
 */
function permutationCoefficients(count: number): {multipliers: Int32Array; offsets: Int32Array} {
  const multipliers = new Int32Array(count)
  const offsets = new Int32Array(count)
  for (let index = 0; index < count; index++) {
    multipliers[index] = hashUint32(index, 0x9e3779b9) | 1
    offsets[index] = hashUint32(index, 0x7f4a7c15)
  }
  return {multipliers, offsets}
}

const coefficientCache = new Map<number, ReturnType<typeof permutationCoefficients>>()

/** The signature of a set of shingle hashes: `permutations` bytes. Undefined for no shingles. */
export function minhashSignature(shingles: Uint32Array, permutations: number): Uint8Array | undefined {
  if (shingles.length === 0) return undefined
  let coefficients = coefficientCache.get(permutations)
  if (!coefficients) {
    coefficients = permutationCoefficients(permutations)
    coefficientCache.set(permutations, coefficients)
  }
  const {multipliers, offsets} = coefficients
  const minima = new Uint32Array(permutations).fill(0xffffffff)
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s] | 0
    for (let p = 0; p < permutations; p++) {
      const image = (Math.imul(shingle, multipliers[p]) + offsets[p]) >>> 0
      if (image < minima[p]) minima[p] = image
    }
  }
  const signature = new Uint8Array(permutations)
  for (let p = 0; p < permutations; p++) signature[p] = minima[p] & LOW_BITS
  return signature
}

/**
 * The Jaccard similarity two signatures estimate: the share of agreeing positions, less the
 * agreement that 8-bit values reach by chance. `a` and `b` may be views into larger buffers.
 */
export function estimateJaccard(a: Uint8Array, b: Uint8Array): number {
  let agree = 0
  for (let index = 0; index < a.length; index++) if (a[index] === b[index]) agree++
  const raw = agree / a.length
  return Math.max(0, (raw - CHANCE_AGREEMENT) / (1 - CHANCE_AGREEMENT))
}
