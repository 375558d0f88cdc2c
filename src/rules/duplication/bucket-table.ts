/**
 * The buckets of the near-duplicate paragraph index: for each trigram key, the numbers of the
 * paragraphs holding it, in the order they were added, at most `bucketSize` of them. An
 * open-addressing table in typed arrays, reused by every document (a generation stamp empties it in
 * one step), because a `Map` of small arrays, built anew for every document, cost more than the
 * comparison the index serves. Most trigrams of a document occur in one paragraph only, so a slot
 * keeps its stamp, key, size and first member side by side (one look-up touches one place in memory),
 * and the rest of a bucket lives in an overflow block, taken only by a bucket that grows past one.
 */

/** Positions in a slot: the stamp, the key, the size, the first member, the overflow block. */
const STAMP = 0
const KEY = 1
const SIZE = 2
const FIRST = 3
const OVERFLOW = 4
const SLOT_WIDTH = 5
const MIN_SLOTS = 256
const MAX_GUESSED_SLOTS = 1 << 16

export class BucketTable {
  readonly #bucketSize: number
  /** Slots stamped with the current generation are in use; zeroed slots never are. */
  #generation = 1
  #used = 0
  #slots = MIN_SLOTS
  #cells = new Int32Array(MIN_SLOTS * SLOT_WIDTH)
  /** Overflow blocks of `bucketSize - 1` members, handed out in order and all returned by `clear`. */
  #overflow = new Int32Array(0)
  #overflowUsed = 0

  /** `bucketSize`: the most members a bucket keeps. */
  constructor(bucketSize: number) {
    this.#bucketSize = bucketSize
  }

  /**
   * Empties the table for a new document expecting at most about `keys` keys. The table uses as many
   * slots as that needs, however large an earlier document made it: a small document's buckets then
   * stay close together in memory. (A guess past `MAX_GUESSED_SLOTS / 2` keys is not trusted: the
   * table grows when it must, rather than reserving memory for a huge document's every token.)
   */
  clear(keys: number): void {
    let slots = MIN_SLOTS
    while (slots < keys * 2 && slots < MAX_GUESSED_SLOTS) slots *= 2
    this.#slots = slots
    if (this.#cells.length < slots * SLOT_WIDTH) this.#cells = new Int32Array(slots * SLOT_WIDTH)
    this.#used = 0
    this.#overflowUsed = 0
    this.#generation = (this.#generation + 1) & 0x7fffffff
    if (this.#generation === 0) {
      this.#cells.fill(0)
      this.#generation = 1
    }
  }

  /** The bucket of `key` (a non-negative 31-bit integer), made empty when no member was added under it yet. */
  bucket(key: number): number {
    if ((this.#used + 1) * 2 > this.#slots) this.#grow()
    const bucket = this.#probe(key)
    const cells = this.#cells
    if (cells[bucket + STAMP] !== this.#generation) {
      cells[bucket + STAMP] = this.#generation
      cells[bucket + KEY] = key
      cells[bucket + SIZE] = 0
      this.#used++
    }
    return bucket
  }

  /** How many members the bucket holds. */
  size(bucket: number): number {
    return this.#cells[bucket + SIZE]
  }

  /** The `position`-th member of the bucket. */
  member(bucket: number, position: number): number {
    const cells = this.#cells
    return position === 0 ? cells[bucket + FIRST] : this.#overflow[cells[bucket + OVERFLOW] + position - 1]
  }

  /** Adds `member` to the bucket, unless it is full. */
  append(bucket: number, member: number): void {
    const cells = this.#cells
    const size = cells[bucket + SIZE]
    if (size === this.#bucketSize) return
    if (size === 0) cells[bucket + FIRST] = member
    else {
      if (size === 1) cells[bucket + OVERFLOW] = this.#takeOverflowBlock()
      this.#overflow[cells[bucket + OVERFLOW] + size - 1] = member
    }
    cells[bucket + SIZE] = size + 1
  }

  /** The first cell of the slot holding `key`, or of the empty slot where it would go (linear probing; keys are hashes). */
  #probe(key: number): number {
    const cells = this.#cells
    const mask = this.#slots - 1
    let slot = key & mask
    while (cells[slot * SLOT_WIDTH + STAMP] === this.#generation && cells[slot * SLOT_WIDTH + KEY] !== key) slot = (slot + 1) & mask
    return slot * SLOT_WIDTH
  }

  #takeOverflowBlock(): number {
    const block = this.#overflowUsed
    this.#overflowUsed += this.#bucketSize - 1
    if (this.#overflowUsed > this.#overflow.length) {
      const grown = new Int32Array(Math.max(this.#overflowUsed, this.#overflow.length * 2))
      grown.set(this.#overflow)
      this.#overflow = grown
    }
    return block
  }

  /** Doubles the slots and moves this document's buckets over (overflow blocks stay where they are). */
  #grow(): void {
    const generation = this.#generation
    const old = this.#cells
    const oldEnd = this.#slots * SLOT_WIDTH
    this.#slots *= 2
    this.#cells = new Int32Array(Math.max(this.#slots * SLOT_WIDTH, old.length))
    this.#generation = 1
    for (let from = 0; from < oldEnd; from += SLOT_WIDTH) {
      if (old[from + STAMP] !== generation) continue
      const to = this.#probe(old[from + KEY])
      this.#cells.set(old.subarray(from, from + SLOT_WIDTH), to)
      this.#cells[to + STAMP] = 1
    }
  }
}
