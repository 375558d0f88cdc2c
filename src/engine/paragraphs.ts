/**
 * Paragraphs as a reader sees them. Every rule that thinks in paragraphs (duplication, scrape
 * artifacts, truncation, attribution) uses this one definition, so they agree on what "a paragraph"
 * and "line 7" mean.
 *
 * Article text arrives in three layouts, often mixed in one archive:
 * - blocks separated by blank lines (most web text, BBC);
 * - one paragraph per line with no blank lines (scraped text such as the seed article);
 * - hard-wrapped lines of about 70 characters where a paragraph starts with an indented line
 *   (wire copy such as Reuters).
 * A blank-line block is first split off; inside a block, the lines are judged hard-wrapped when they
 * are short and most of them do not end a sentence, and are then joined (splitting again at indented
 * lines); otherwise each line is a paragraph of its own.
 */

import {trimmedSpan} from './characters.js'

export interface Paragraph {
  /** 0-based position among the document's paragraphs. */
  index: number
  /** Offset of the first non-space character. */
  start: number
  /** Offset just after the last non-space character. */
  end: number
  text: string
}

interface Line {
  start: number
  end: number
  text: string
}

/** Hard-wrapped text rarely has lines longer than this; scraped one-per-line paragraphs usually do. */
const MAX_WRAPPED_LINE = 100
const SENTENCE_END = /[.!?:;"”’')\]]$/

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let block: Line[] = []
  const flush = () => {
    if (block.length > 0) addBlock(text, block, paragraphs)
    block = []
  }
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const lineText = text.slice(start, end)
    if (lineText.trim() === '') flush()
    else block.push({start, end, text: lineText})
    start = end + 1
  }
  flush()
  return paragraphs
}

function addBlock(text: string, lines: Line[], out: Paragraph[]): void {
  if (lines.length > 1 && isHardWrapped(lines)) {
    let first = 0
    for (let index = 1; index < lines.length; index++) {
      if (/^\s/.test(lines[index].text)) {
        push(text, lines[first].start, lines[index - 1].end, out)
        first = index
      }
    }
    push(text, lines[first].start, lines[lines.length - 1].end, out)
    return
  }
  for (const line of lines) push(text, line.start, line.end, out)
}

function isHardWrapped(lines: Line[]): boolean {
  let unterminated = 0
  for (let index = 0; index < lines.length; index++) {
    const trimmed = lines[index].text.trim()
    if (trimmed.length > MAX_WRAPPED_LINE) return false
    if (index < lines.length - 1 && !SENTENCE_END.test(trimmed)) unterminated++
  }
  return unterminated * 2 >= lines.length - 1
}

function push(text: string, rawStart: number, rawEnd: number, out: Paragraph[]): void {
  const [start, end] = trimmedSpan(text, rawStart, rawEnd)
  if (end > start) out.push({index: out.length, start, end, text: text.slice(start, end)})
}
