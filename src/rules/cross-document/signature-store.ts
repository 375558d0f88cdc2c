/**
 * Fixed-length signatures of many documents, packed into large chunks of one typed array type: a
 * million 256-byte MinHash signatures take 256 MB this way, against several times that as separate
 * typed arrays.
 */
const SIGNATURES_PER_CHUNK = 4096

type Packed = Uint16Array | Uint32Array

export class SignatureStore<Values extends Packed> {
  readonly #chunks: Values[] = []
  #count = 0

  constructor(
    readonly length: number,
    private readonly allocate: (length: number) => Values
  ) {}

  /** Stores a copy of `signature` (padded with `fill` when shorter) and returns its index. */
  add(signature: ArrayLike<number>, fill = 0): number {
    const index = this.#count++
    const within = index % SIGNATURES_PER_CHUNK
    if (within === 0) this.#chunks.push(this.allocate(SIGNATURES_PER_CHUNK * this.length))
    const chunk = this.#chunks[this.#chunks.length - 1]
    const start = within * this.length
    for (let offset = 0; offset < this.length; offset++) chunk[start + offset] = offset < signature.length ? signature[offset] : fill
    return index
  }

  /** Position `position` of signature `index`, without making a view. */
  valueAt(index: number, position: number): number {
    return this.#chunks[Math.floor(index / SIGNATURES_PER_CHUNK)][(index % SIGNATURES_PER_CHUNK) * this.length + position]
  }

  /** A view of signature `index` (valid as long as the store). */
  get(index: number): Values {
    const start = (index % SIGNATURES_PER_CHUNK) * this.length
    return this.#chunks[Math.floor(index / SIGNATURES_PER_CHUNK)].subarray(start, start + this.length) as Values
  }
}
