/**
 * Locality-sensitive hashing over MinHash signatures (the banding technique of Indyk & Motwani, as
 * in Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets", ch. 3): the signature is cut into
 * `bands` bands of `rows` positions, and two documents become candidates when any band agrees in
 * full. A pair of similarity `s` is a candidate with probability `1 - (1 - s^rows)^bands`, an S-curve
 * whose steep part sits near `(1/bands)^(1/rows)`; below it pairs are almost never compared, which is
 * what keeps the archive-wide search linear instead of all-pairs.
 *
 * Each band has its own open-addressing table in a typed array (a `Map` per band would cost tens of
 * bytes per entry, too much at a million documents). A bucket remembers the first document that fell
 * into it: the original that later copies are made from. (Remembering the latest as well, to follow
 * chains of successive edits, found no more pairs on the shared corpora; see the rule's docs.)
 */
import {hashUint32} from '../../engine/fingerprint.js'

const EMPTY = -1
const INITIAL_CAPACITY = 1 << 10

/**
 * One band's buckets: an open-addressing table of document numbers alone. A bucket's key is not
 * stored; it is recomputed from the signature of the document that opened it, which the caller
 * keeps anyway. That halves the memory of the tables (4 bytes a slot instead of 8, at up to 3/4
 * load), which at 64 bands is most of the archive-wide state.
 */
class BandTable {
  #first = new Int32Array(INITIAL_CAPACITY).fill(EMPTY)
  #size = 0

  constructor(private readonly keyOf: (doc: number) => number) {}

  /** Pushes the document that opened `key`'s bucket onto `out`; opens the bucket with `doc` if there is none. */
  visit(key: number, doc: number, out: number[]): void {
    if ((this.#size + 1) * 4 > this.#first.length * 3) this.#grow()
    const slot = this.#slotOf(key)
    if (this.#first[slot] === EMPTY) {
      this.#first[slot] = doc
      this.#size++
    } else {
      out.push(this.#first[slot])
    }
  }

  #slotOf(key: number): number {
    const mask = this.#first.length - 1
    let slot = key & mask
    while (this.#first[slot] !== EMPTY && this.keyOf(this.#first[slot]) !== key) slot = (slot + 1) & mask
    return slot
  }

  #grow(): void {
    const first = this.#first
    this.#first = new Int32Array(first.length * 2).fill(EMPTY)
    for (const doc of first) if (doc !== EMPTY) this.#first[this.#slotOf(this.keyOf(doc))] = doc
  }
}

/**
 * Reads 32-bit word `word` of the signature of document `doc`: its 16-bit values `2 × word` (low
 * half) and `2 × word + 1` (high half).
 */
export type SignatureWord = (doc: number, word: number) => number

/** Word `word` of a signature held as its own array (the rule's store reads its packed chunks directly). */
export function signatureWord(signature: Uint16Array, word: number): number {
  return signature[2 * word] | (signature[2 * word + 1] << 16)
}

export class LshIndex {
  /** 32-bit words (pairs of 16-bit values) per band. */
  readonly #wordsPerBand: number
  readonly #tables: BandTable[]

  /**
   * `wordAt` reads the signature of any document added so far and of the one being added. Keys are
   * read a word (two values) at a time rather than through a view of each signature: a bucket's key
   * is recomputed at every probe and every table growth, and a view per probe was most of the
   * index's cost. Bands are therefore an even number of values.
   */
  constructor(
    bins: number,
    readonly bands: number,
    private readonly wordAt: SignatureWord
  ) {
    if (bins % (2 * bands) !== 0) throw new RangeError(`${bins} bins do not split into ${bands} bands of an even number of values`)
    this.#wordsPerBand = bins / bands / 2
    this.#tables = Array.from({length: bands}, (_, band) => new BandTable((doc) => this.#bandKey(doc, band)))
  }

  /** Earlier documents sharing a band with `doc` (one per shared band, so possibly repeated); then adds `doc`. */
  addAndFindCandidates(doc: number): number[] {
    const candidates: number[] = []
    for (let band = 0; band < this.bands; band++) {
      this.#tables[band].visit(this.#bandKey(doc, band), doc, candidates)
    }
    return candidates
  }

  /** A 32-bit key of one band of `doc`'s 16-bit values, hashed two at a time. */
  #bandKey(doc: number, band: number): number {
    let key = band
    const words = this.#wordsPerBand
    for (let word = band * words; word < (band + 1) * words; word++) key = hashUint32(this.wordAt(doc, word), key)
    return key
  }
}
