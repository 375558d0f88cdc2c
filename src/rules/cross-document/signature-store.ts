/**
 * Fixed-length byte signatures of many documents, packed into large chunks: a million 120-byte
 * MinHash signatures take 120 MB this way, against several times that as separate typed arrays.
 */
const SIGNATURES_PER_CHUNK = 4096

export class SignatureStore {
  readonly #chunks: Uint8Array[] = []
  #count = 0

  constructor(readonly length: number) {}

  /** Stores a copy of `signature` and returns its index. */
  add(signature: Uint8Array): number {
    const index = this.#count++
    const within = index % SIGNATURES_PER_CHUNK
    if (within === 0) this.#chunks.push(new Uint8Array(SIGNATURES_PER_CHUNK * this.length))
    this.#chunks[this.#chunks.length - 1].set(signature.subarray(0, this.length), within * this.length)
    return index
  }

  /** A view of signature `index` (valid as long as the store). */
  get(index: number): Uint8Array {
    const start = (index % SIGNATURES_PER_CHUNK) * this.length
    return this.#chunks[Math.floor(index / SIGNATURES_PER_CHUNK)].subarray(start, start + this.length)
  }
}
