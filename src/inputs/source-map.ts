/**
 * Mapping offsets of extracted prose back to the source file (see `types.ts`). Messages are mapped
 * with `toSource`; a fix is only kept when `isExact` holds for its span, so `--fix` on Markdown or HTML
 * never edits markup it did not see.
 */
import type {SourceSegment} from './types.js'

export class SourceMap {
  constructor(private readonly segments: SourceSegment[]) {}

  /** The source offset of a text offset. `bias` says which edge to use inside a non-exact segment. */
  toSource(offset: number, bias: 'start' | 'end' = 'start'): number {
    const segment = this.find(offset, bias)
    if (!segment) return offset
    if (segment.exact) return segment.sourceStart + (offset - segment.textStart)
    if (offset <= segment.textStart) return segment.sourceStart
    if (offset >= segment.textEnd) return segment.sourceEnd
    return bias === 'start' ? segment.sourceStart : segment.sourceEnd
  }

  /** Whether `[start, end)` lies in one segment whose text equals its source, character for character. */
  isExact(start: number, end: number): boolean {
    const segment = this.find(start, 'start')
    return !!segment && segment.exact && end <= segment.textEnd
  }

  private find(offset: number, bias: 'start' | 'end'): SourceSegment | undefined {
    const list = this.segments
    let low = 0
    let high = list.length - 1
    let candidate: SourceSegment | undefined
    while (low <= high) {
      const middle = (low + high) >> 1
      const segment = list[middle]
      if (offset < segment.textStart || (bias === 'end' && offset === segment.textStart && middle > 0)) high = middle - 1
      else {
        candidate = segment
        low = middle + 1
      }
    }
    return candidate
  }
}
