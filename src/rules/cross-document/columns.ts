/**
 * Compact per-document storage for cross-document reducers, which keep a few facts about every
 * document of an archive while the run goes on. As JavaScript arrays, `Map` entries and one object
 * per document reference, those facts took about 250 bytes a document (a quarter of a gigabyte per
 * million documents, held while the workers are still linting); as typed-array columns and an id
 * list they take a fraction of that.
 */
import type {DocumentRef} from '../../engine/cross-document.js'

type Values = Int32Array | Float64Array

/** A growable typed array of one number per index, appended in order. */
export class Column<T extends Values> {
  #values: T
  #length = 0

  constructor(private readonly allocate: (length: number) => T) {
    this.#values = allocate(1024)
  }

  get length(): number {
    return this.#length
  }

  /** Appends `value` and returns its index. */
  push(value: number): number {
    if (this.#length === this.#values.length) {
      const grown = this.allocate(this.#values.length * 2)
      grown.set(this.#values)
      this.#values = grown
    }
    this.#values[this.#length] = value
    return this.#length++
  }

  get(index: number): number {
    return this.#values[index]
  }

  set(index: number, value: number): void {
    this.#values[index] = value
  }
}

export const int32Column = (): Column<Int32Array> => new Column((length) => new Int32Array(length))
export const float64Column = (): Column<Float64Array> => new Column((length) => new Float64Array(length))

const ABSENT = -1

/** Document references by dense index: ids in a list, paths interned (an archive's records share one), numbers in columns. */
export class DocumentRefs {
  readonly #ids: string[] = []
  readonly #pathIndex = new Map<string, number>()
  readonly #paths: string[] = []
  readonly #pathOf = int32Column()
  readonly #recordLines = int32Column()
  readonly #ordinals = float64Column()

  get length(): number {
    return this.#ids.length
  }

  /** Stores `ref` and returns its index. */
  add(ref: DocumentRef): number {
    this.#ids.push(ref.id)
    this.#pathOf.push(ref.path === undefined ? ABSENT : this.#internPath(ref.path))
    this.#recordLines.push(ref.recordLine ?? ABSENT)
    return this.#ordinals.push(ref.ordinal)
  }

  /** The reference stored at `index`, as it was given. */
  get(index: number): DocumentRef {
    const path = this.#pathOf.get(index)
    const recordLine = this.#recordLines.get(index)
    return {
      id: this.#ids[index],
      ...(path !== ABSENT && {path: this.#paths[path]}),
      ...(recordLine !== ABSENT && {recordLine}),
      ordinal: this.#ordinals.get(index)
    }
  }

  #internPath(path: string): number {
    let index = this.#pathIndex.get(path)
    if (index === undefined) {
      index = this.#paths.push(path) - 1
      this.#pathIndex.set(path, index)
    }
    return index
  }
}
