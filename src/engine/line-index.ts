/**
 * Offset ↔ line/column conversion for one text, built once per document.
 *
 * Rules report offsets (cheap to compute while scanning); lines and columns are derived here with a
 * binary search over line starts, so converting a message costs O(log lines), not O(text).
 */
import {lowerBound} from './lower-bound.js'

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
    // The last line starting at or before the offset; the first line starts at 0, so there is one.
    const line = lowerBound(this.starts.length, (index) => this.starts[index] <= clamped) - 1
    return {line: line + 1, column: clamped - this.starts[line] + 1, offset: clamped}
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
