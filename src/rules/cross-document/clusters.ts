/**
 * Clusters of copies as a union-find forest whose root is always the earliest member, so "the
 * earliest copy" of any document is one `find` away. Members are dense indexes in input order.
 */
import {int32Column} from './columns.js'

export class EarliestFirstClusters {
  readonly #parent = int32Column()

  /** Adds the next document as a cluster of its own; returns its index. */
  add(): number {
    return this.#parent.push(this.#parent.length)
  }

  /** The earliest member of `member`'s cluster. */
  find(member: number): number {
    const parent = this.#parent
    let node = member
    while (parent.get(node) !== node) {
      parent.set(node, parent.get(parent.get(node)))
      node = parent.get(node)
    }
    return node
  }

  join(a: number, b: number): void {
    const rootA = this.find(a)
    const rootB = this.find(b)
    if (rootA < rootB) this.#parent.set(rootB, rootA)
    else if (rootB < rootA) this.#parent.set(rootA, rootB)
  }

  /** Size of every cluster, indexed by its earliest member (zero elsewhere). */
  sizes(): Int32Array {
    const sizes = new Int32Array(this.#parent.length)
    for (let member = 0; member < this.#parent.length; member++) sizes[this.find(member)]++
    return sizes
  }
}
