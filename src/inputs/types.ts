/**
 * What an input adapter hands the engine: the prose to lint, and how to map its offsets back into
 * the source the user wrote. Plain text is its own source; Markdown and HTML extract their prose
 * (code blocks, URLs and markup left out) and keep a map so messages point into the original file.
 */

export type InputFormat = 'text' | 'markdown' | 'html'

/** A stretch of linted text that came from `sourceStart..sourceEnd` of the source. */
export interface SourceSegment {
  textStart: number
  textEnd: number
  sourceStart: number
  sourceEnd: number
  /** True when the text of the segment is its source, character for character. */
  exact: boolean
}

/** `copydesk-disable` / `copydesk-enable` / `copydesk-disable-next-line` comments, as source ranges. */
export interface Suppression {
  /** Rule ids; empty means every rule. */
  ruleIds: string[]
  /** Source offsets `[start, end)` in which those rules are silenced. */
  start: number
  end: number
}

export interface ExtractedDocument {
  /** The prose the rules see. */
  text: string
  /**
   * Segments in text order. An exact segment maps offset by offset; in any other, every offset inside
   * maps to the edges of the segment's source span. Absent for plain text, whose text is the source.
   */
  segments?: SourceSegment[]
  suppressions?: Suppression[]
}
