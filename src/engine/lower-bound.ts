/**
 * Binary search for the rules and views. Sorted things are everywhere here (words, sentences,
 * paragraphs, mentions and quotations are in document order; token tables hold ascending offsets),
 * and a lookup by offset is "the first item not before this point". (`SourceMap` keeps its own
 * loop: at a boundary between segments its answer depends on which end of a span is asked for.)
 */

/** The first index in `[0, length)` for which `before(index)` is false (`length` when none); `before` must be true then false. */
export function lowerBound(length: number, before: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (before(middle)) low = middle + 1
    else high = middle
  }
  return low
}

/** The first index of the ascending `values` (the first `length` of them) whose value is at least `target`. */
export function firstAtLeast(values: ArrayLike<number>, target: number, length = values.length): number {
  return lowerBound(length, (index) => values[index] < target)
}
