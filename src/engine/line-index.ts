/**
 * Offset ↔ line/column conversion for one text, built once per document.
 *
 * Rules report offsets (cheap to compute while scanning); lines and columns are derived here with a
 * binary search over line starts, so converting a message costs O(log lines), not O(text).
 */
export interface Point {
  line: number
  column: number
  offset: number
}

export class LineIndex {
  readonly starts: number[]

  constructor(readonly text: string) {
    const starts = [0]
    let index = text.indexOf('\n')
    while (index !== -1) {
      starts.push(index + 1)
      index = text.indexOf('\n', index + 1)
    }
    this.starts = starts
  }

  /** 1-based line and column of an offset (clamped into the text). */
  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.starts[middle] <= clamped) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: clamped - this.starts[low] + 1, offset: clamped}
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]
    return Math.min(start + column - 1, this.text.length)
  }

  get lineCount(): number {
    return this.starts.length
  }
}
