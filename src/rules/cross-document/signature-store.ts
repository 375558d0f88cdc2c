/**
 * Fixed-length signatures of many documents, packed into large chunks of one typed array type: a
 * million 256-byte MinHash signatures take 256 MB this way, against several times that as separate
 * typed arrays.
 */
const SIGNATURES_PER_CHUNK = 4096

type Packed = Uint16Array | Uint32Array

export class SignatureStore<Values extends Packed> {
  readonly #chunks: Values[] = []
  /** The same chunks read as 32-bit words (two 16-bit values a word, little-endian). */
  readonly #words: Uint32Array[] = []
  #count = 0
  /** 32-bit words per signature. */
  readonly #wordsPerSignature: number

  constructor(
    readonly length: number,
    private readonly allocate: (length: number) => Values
  ) {
    const bytes = allocate(1).BYTES_PER_ELEMENT * length
    if (bytes % 4 !== 0) throw new RangeError(`a signature of ${length} values is not a whole number of 32-bit words`)
    this.#wordsPerSignature = bytes / 4
  }

  /** Stores a copy of `signature` (padded with `fill` when shorter) and returns its index. */
  add(signature: ArrayLike<number>, fill = 0): number {
    const index = this.#count++
    const within = index % SIGNATURES_PER_CHUNK
    if (within === 0) {
      const chunk = this.allocate(SIGNATURES_PER_CHUNK * this.length)
      this.#chunks.push(chunk)
      this.#words.push(new Uint32Array(chunk.buffer, chunk.byteOffset, chunk.byteLength / 4))
    }
    const chunk = this.#chunks[this.#chunks.length - 1]
    const start = within * this.length
    for (let offset = 0; offset < this.length; offset++) chunk[start + offset] = offset < signature.length ? signature[offset] : fill
    return index
  }

  /** 32-bit word `word` of signature `index` (values `2 × word` and `2 × word + 1` of a 16-bit signature), without making a view. */
  wordAt(index: number, word: number): number {
    return this.#words[Math.floor(index / SIGNATURES_PER_CHUNK)][(index % SIGNATURES_PER_CHUNK) * this.#wordsPerSignature + word]
  }

  /** A view of signature `index` (valid as long as the store). */
  get(index: number): Values {
    const start = (index % SIGNATURES_PER_CHUNK) * this.length
    return this.#chunks[Math.floor(index / SIGNATURES_PER_CHUNK)].subarray(start, start + this.length) as Values
  }
}
