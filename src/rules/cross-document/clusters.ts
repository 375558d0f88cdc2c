/**
 * Clusters of copies as a union-find forest whose root is always the earliest member, so "the
 * earliest copy" of any document is one `find` away. Members are dense indexes in input order.
 */
export class EarliestFirstClusters {
  readonly #parent: number[] = []

  /** Adds the next document as a cluster of its own; returns its index. */
  add(): number {
    const index = this.#parent.length
    this.#parent.push(index)
    return index
  }

  /** The earliest member of `member`'s cluster. */
  find(member: number): number {
    const parent = this.#parent
    let node = member
    while (parent[node] !== node) {
      parent[node] = parent[parent[node]]
      node = parent[node]
    }
    return node
  }

  join(a: number, b: number): void {
    const rootA = this.find(a)
    const rootB = this.find(b)
    if (rootA < rootB) this.#parent[rootB] = rootA
    else if (rootB < rootA) this.#parent[rootA] = rootB
  }

  /** Size of every cluster, indexed by its earliest member (zero elsewhere). */
  sizes(): Int32Array {
    const sizes = new Int32Array(this.#parent.length)
    for (let member = 0; member < this.#parent.length; member++) sizes[this.find(member)]++
    return sizes
  }
}
