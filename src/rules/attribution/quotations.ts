/**
 * Quotations: spans of text between quotation marks, found once per document in one left-to-right
 * pass over each paragraph.
 *
 * Marks handled: curly double quotes (“ ”), guillemets (« »), low-high quotes („ “), straight double
 * quotes ("), two apostrophes ('', ‘‘ ’’) as some archives write them, and curly single quotes (‘ ’)
 * as British copy uses them. A straight quote is an opening mark when it follows a space or an opening
 * bracket or dash and is followed by a letter, a closing mark when it follows a letter or punctuation
 * and is followed by a space, punctuation or the end of the paragraph; a quote between two letters
 * (`Lavrov"s`, a mangled apostrophe) is not a quotation mark at all, and one with space on both sides
 * closes an open quotation (`headaches, " said María`) and is otherwise ignored. A right single quote closes a
 * single-quoted quotation only when one is open, so possessives (`Trump’s`, `voters’ views`) are
 * left alone.
 *
 * News convention for long quotations: a paragraph that opens a quotation and ends without closing
 * it continues the quotation into the next paragraph when that paragraph starts with an opening mark
 * again. Such a quotation spans several paragraphs. A quotation left open otherwise ends with its
 * paragraph.
 */
import type {Paragraph} from '../../engine/document.js'

export interface Quotation {
  /** Offset of the opening mark. */
  start: number
  /** Offset just after the closing mark (or the end of the paragraph when it is never closed). */
  end: number
  innerStart: number
  innerEnd: number
  firstParagraph: number
  lastParagraph: number
  closed: boolean
}

type Family = 'double' | 'single'

interface Mark {
  family: Family
  role: 'open' | 'close' | 'either'
  length: number
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const SPACE = /\s/
const OPENING_CONTEXT = /[\s([{—–\-/]/u
/** Every character `markAt` may read as a quotation mark. */
const MARK_CANDIDATE = /[“„«”»‘’"'`]/g

/** Offset of the first character at or after `from` that may be a quotation mark, or the text length. */
function nextCandidate(text: string, from: number): number {
  MARK_CANDIDATE.lastIndex = from
  return MARK_CANDIDATE.test(text) ? MARK_CANDIDATE.lastIndex - 1 : text.length
}

function markAt(text: string, position: number, start: number, end: number): Mark | undefined {
  const char = text[position]
  const before = position > start ? text[position - 1] : ' '
  switch (char) {
    case '“':
    case '„':
    case '«':
      return {family: 'double', role: 'open', length: 1}
    case '”':
    case '»':
      return {family: 'double', role: 'close', length: 1}
    case '‘':
      if (text[position + 1] === '‘' && position + 1 < end) return {family: 'double', role: 'open', length: 2}
      return LETTER_OR_DIGIT.test(before) ? undefined : {family: 'single', role: 'open', length: 1}
    case '’': {
      if (text[position + 1] === '’' && position + 1 < end) return {family: 'double', role: 'close', length: 2}
      const after = position + 1 < end ? text[position + 1] : ' '
      return LETTER_OR_DIGIT.test(after) || SPACE.test(before) ? undefined : {family: 'single', role: 'close', length: 1}
    }
    case '"':
      return straightMark(text, position, 1, start, end)
    case "'":
      return text[position + 1] === "'" && position + 1 < end ? straightMark(text, position, 2, start, end) : undefined
    case '`':
      return text[position + 1] === '`' && position + 1 < end ? {family: 'double', role: 'open', length: 2} : undefined
    default:
      return undefined
  }
}

function straightMark(text: string, position: number, length: number, start: number, end: number): Mark | undefined {
  const before = position > start ? text[position - 1] : ' '
  const after = position + length < end ? text[position + length] : ' '
  if (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) return undefined
  if (SPACE.test(before) && SPACE.test(after)) return undefined
  if (OPENING_CONTEXT.test(before) && !SPACE.test(after)) return {family: 'double', role: 'open', length}
  if (!SPACE.test(before) && (SPACE.test(after) || !LETTER_OR_DIGIT.test(after))) return {family: 'double', role: 'close', length}
  return {family: 'double', role: 'either', length}
}

/**
 * A straight double mark with space on both sides closes an open double quotation: scraped and
 * retyped copy often spaces it off ('… and a lot of headaches, " said María', "''…coalitions, '' said
 * Mr. Gunnels"). Outside a quotation such a mark is left alone.
 */
function spacedClose(text: string, position: number, end: number): Mark | undefined {
  const length = text[position] === '"' ? 1 : text[position] === "'" && text[position + 1] === "'" ? 2 : 0
  if (length === 0 || !SPACE.test(text[position - 1] ?? ' ')) return undefined
  return position + length >= end || SPACE.test(text[position + length]) ? {family: 'double', role: 'close', length} : undefined
}

/** The first non-space position of a paragraph holds an opening mark of `family`: its length, else 0. */
function openingMarkLength(text: string, paragraph: Paragraph, family: Family): number {
  const mark = markAt(text, paragraph.start, paragraph.start, paragraph.end)
  return mark && mark.family === family && mark.role !== 'close' ? mark.length : 0
}

export function findQuotations(text: string, paragraphs: readonly Paragraph[]): Quotation[] {
  const quotations: Quotation[] = []
  let open: {start: number; innerStart: number; family: Family; firstParagraph: number} | undefined
  let resumeAt = -1
  /** The first candidate mark at or after the last position searched from; positions only grow, so each character is searched once. */
  let candidate = -1
  for (const paragraph of paragraphs) {
    let position = paragraph.start
    if (open) {
      // Only reached when the previous paragraph ended inside a quotation that continues here.
      position = resumeAt
    }
    while (position < paragraph.end) {
      // Jump to the next character that can be a mark: most of a text holds none.
      if (candidate < position) candidate = nextCandidate(text, position)
      position = candidate
      if (position >= paragraph.end) break
      const mark = markAt(text, position, paragraph.start, paragraph.end) ?? (open?.family === 'double' ? spacedClose(text, position, paragraph.end) : undefined)
      if (!mark) {
        position++
        continue
      }
      if (!open) {
        if (mark.role !== 'close') open = {start: position, innerStart: position + mark.length, family: mark.family, firstParagraph: paragraph.index}
      } else if (mark.family === open.family && mark.role !== 'open') {
        quotations.push({
          start: open.start,
          end: position + mark.length,
          innerStart: open.innerStart,
          innerEnd: position,
          firstParagraph: open.firstParagraph,
          lastParagraph: paragraph.index,
          closed: true
        })
        open = undefined
      }
      position += mark.length
    }
    if (!open) continue
    const next = paragraphs[paragraph.index + 1]
    const continuation = next ? openingMarkLength(text, next, open.family) : 0
    if (continuation > 0) {
      resumeAt = next.start + continuation
      continue
    }
    quotations.push({
      start: open.start,
      end: paragraph.end,
      innerStart: open.innerStart,
      innerEnd: paragraph.end,
      firstParagraph: open.firstParagraph,
      lastParagraph: paragraph.index,
      closed: false
    })
    open = undefined
  }
  return quotations
}
