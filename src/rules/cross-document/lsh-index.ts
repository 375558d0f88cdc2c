/**
 * Locality-sensitive hashing over MinHash signatures (the banding technique of Indyk & Motwani, as
 * in Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets", ch. 3): the signature is cut into
 * `bands` bands of `rows` positions, and two documents become candidates when any band agrees in
 * full. A pair of similarity `s` is a candidate with probability `1 - (1 - s^rows)^bands`, an S-curve
 * whose steep part sits near `(1/bands)^(1/rows)`; below it pairs are almost never compared, which is
 * what keeps the archive-wide search linear instead of all-pairs.
 *
 * Each band has its own open-addressing table in typed arrays (a `Map` per band would cost tens of
 * bytes per entry, too much at a million documents). A bucket remembers the first document that fell
 * into it: the original that later copies are made from. (Remembering the latest as well, to follow
 * chains of successive edits, found no more pairs on the shared corpora; see the rule's docs.)
 */
import {hashUint32} from '../../engine/fingerprint.js'

const EMPTY = -1
const INITIAL_CAPACITY = 1 << 10

class BandTable {
  #keys = new Uint32Array(INITIAL_CAPACITY)
  #first = new Int32Array(INITIAL_CAPACITY).fill(EMPTY)
  #size = 0

  /** Pushes the document that opened `key`'s bucket onto `out`; opens the bucket with `doc` if there is none. */
  visit(key: number, doc: number, out: number[]): void {
    if ((this.#size + 1) * 2 > this.#keys.length) this.#grow()
    const slot = this.#slotOf(key)
    if (this.#first[slot] === EMPTY) {
      this.#keys[slot] = key
      this.#first[slot] = doc
      this.#size++
    } else {
      out.push(this.#first[slot])
    }
  }

  #slotOf(key: number): number {
    const mask = this.#keys.length - 1
    let slot = key & mask
    while (this.#first[slot] !== EMPTY && this.#keys[slot] !== key) slot = (slot + 1) & mask
    return slot
  }

  #grow(): void {
    const keys = this.#keys
    const first = this.#first
    this.#keys = new Uint32Array(keys.length * 2)
    this.#first = new Int32Array(keys.length * 2).fill(EMPTY)
    for (let old = 0; old < keys.length; old++) {
      if (first[old] === EMPTY) continue
      const slot = this.#slotOf(keys[old])
      this.#keys[slot] = keys[old]
      this.#first[slot] = first[old]
    }
  }
}

export class LshIndex {
  readonly rows: number
  readonly #tables: BandTable[]

  constructor(
    permutations: number,
    readonly bands: number
  ) {
    if (permutations % bands !== 0) throw new RangeError(`${permutations} permutations do not split into ${bands} bands`)
    this.rows = permutations / bands
    this.#tables = Array.from({length: bands}, () => new BandTable())
  }

  /** Earlier documents sharing a band with `signature` (one per shared band, so possibly repeated); then adds `doc`. */
  addAndFindCandidates(signature: Uint8Array, doc: number): number[] {
    const candidates: number[] = []
    for (let band = 0; band < this.bands; band++) {
      this.#tables[band].visit(this.#bandKey(signature, band), doc, candidates)
    }
    return candidates
  }

  /** A 32-bit key of one band's bytes, hashed four at a time. */
  #bandKey(signature: Uint8Array, band: number): number {
    let key = band
    let word = 0
    let filled = 0
    const end = (band + 1) * this.rows
    for (let index = band * this.rows; index < end; index++) {
      word |= signature[index] << (8 * filled)
      if (++filled === 4) {
        key = hashUint32(word, key)
        word = 0
        filled = 0
      }
    }
    return filled === 0 ? key : hashUint32(word, key)
  }
}
