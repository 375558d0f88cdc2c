/** mulberry32 (Tommy Ettinger, public domain): a small, fast seeded generator, so every draw is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/** Fisher–Yates shuffle of `list` in place, driven by `next`: the same generator state gives the same order. */
export function shuffleInPlace<T>(list: T[], next: () => number): T[] {
  for (let index = list.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1))
    ;[list[index], list[other]] = [list[other], list[index]]
  }
  return list
}

/** The first `count` items of a shuffled copy of `items`: a reproducible sample. */
export function seededSample<T>(items: readonly T[], count: number, next: () => number): T[] {
  return shuffleInPlace([...items], next).slice(0, count)
}
