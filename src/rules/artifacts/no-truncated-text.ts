/**
 * `no-truncated-text`: the document ends in the middle of a sentence, the mark of an extraction or
 * feed that cut the body short ("…said the talks would resume in", "All...").
 *
 * The rule looks at the last paragraph of the article proper: trailing sign-offs (`Reuter`),
 * reporter credits, contact lines and page furniture (the same matcher as `no-scrape-artifact`)
 * are passed over first, so a story that ends properly before its furniture is not reported twice.
 * That paragraph is truncated when it ends in an ellipsis that is not closing a quotation, when its
 * last word cannot end a sentence ("the", "and", and without a full stop also "with", "of"), when
 * it opens a quotation and stops inside it, or when it is prose (several sentences or a long one,
 * after a paragraph that did end) with no terminal punctuation. Lists, table rows, headings and
 * short closing notes end without a full stop by nature and are accepted.
 */
import type {DocumentViews, Paragraph, Word} from '../../engine/document.js'
import {defineRule} from '../../engine/rule.js'
import {isWhiteSpace} from '../../engine/characters.js'
import {furnitureMatcher} from './furniture.js'
import {
  CLOSING_LINES,
  CLOSING_TAILS,
  DEFAULT_SIGN_OFFS,
  EMBED_INTRO,
  NEVER_FINAL_WORDS,
  TRAILING_CREDIT,
  UNFINISHED_WORDS
} from './truncation-words.js'

export interface NoTruncatedTextOptions {
  /** Lines that end a story without being a sentence (wire sign-offs such as Reuters' `Reuter`). */
  signOffs: string[]
}

/** Fewer words than this, with no full stop, read as a heading or a label rather than a cut sentence. */
const MIN_PROSE_WORDS = 8
/** A one-sentence closing paragraph shorter than this is a note ("Half-Life 2 is out now for the PC"). */
const MIN_CLOSING_SENTENCE_WORDS = 20

const CLOSERS = `["'”’)\\]»>]*`
const TERMINATED = new RegExp(`[.!?…]${CLOSERS}$|[.!?]${CLOSERS}\\s*\\(\\S[^()]*\\)$`, 'u')
/** A stray mark after the last full stop ("…, it added. -", "…the company./"). */
const STRAY_END = /(?<=[.!?]["'”’)]*)\s*[-–—/=*]+$/u
/** Three dots or an ellipsis character, but not four dots (an ellipsis closed by a full stop). */
const ELLIPSIS_END = /(?:(?<!\.)\.{3}|…|\. \. \.)\s*\]?$/u
const QUOTED_ELLIPSIS_END = /(?:\.{3}|…)\s*["'”’»]$/u
const CUT_PUNCTUATION_END = /[,;:(\-–—]$/u
const LIST_ITEM_START = /^(?:[-–—•*·►▪●]|\d{1,3}[.)])\s/u
/** A last paragraph that opens a quotation and stops before closing it or the sentence (`"If I would have`). */
const UNCLOSED_QUOTATION = /^["“][^"”]*$/u

export const noTruncatedText = defineRule<NoTruncatedTextOptions>(
  {
    id: 'no-truncated-text',
    family: 'artifacts',
    description: 'Disallow a document that ends in the middle of a sentence',
    severity: 'warning',
    fixable: false,
    recommended: true,
    schema: {
      type: 'object',
      properties: {signOffs: {type: 'array', items: {type: 'string'}}},
      additionalProperties: false
    },
    defaultOptions: {signOffs: [...DEFAULT_SIGN_OFFS]}
  },
  ({doc, options, report}) => {
    const found = findLastContent(doc, signOffSet(options.signOffs))
    if (!found) return
    const {paragraph} = found
    const body = doc.text.slice(paragraph.start, found.end).replace(STRAY_END, '').replace(TRAILING_CREDIT, '')
    if (isTabular(body) || CLOSING_TAILS.some((pattern) => pattern.test(body)) || EMBED_INTRO.test(body)) return
    const end = paragraph.start + body.length
    const words = wordsIn(doc.words, paragraph.start, end)
    const last = words[words.length - 1]
    if (!last) return
    const at = {start: last.start, end}
    const ending = body.slice(-40).replace(/\s+/g, ' ')

    if (ELLIPSIS_END.test(body) && !QUOTED_ELLIPSIS_END.test(body)) {
      report({...at, message: `Unexpected ellipsis at the end of the document (\`${ending}\`): the text looks cut short`})
    } else if (TERMINATED.test(body)) {
      if (NEVER_FINAL_WORDS.has(last.value) && /^[.!?…"'”’)\]»]+$/u.test(body.slice(last.end - paragraph.start))) {
        report({...at, message: `Unexpected \`${last.value}\` ending the document's last sentence: the text looks cut short`})
      }
    } else if (UNFINISHED_WORDS.has(last.value) && last.end === end) {
      report({...at, message: `Unexpected end of the document after \`${last.value}\`: the last sentence is cut short`})
    } else if (UNCLOSED_QUOTATION.test(body)) {
      report({...at, message: `Unexpected end of the document inside a quotation (\`${ending}\`): the last paragraph is cut short`})
    } else if (isRunningProse(doc, paragraph, end, words)) {
      const what = CUT_PUNCTUATION_END.test(body) ? `\`${body.slice(-1)}\`` : 'no terminal punctuation'
      report({...at, message: `Unexpected end of the document with ${what} (\`${ending}\`): the last paragraph looks cut short`})
    }
  }
)

interface LastContent {
  paragraph: Paragraph
  /** End of the paragraph's text once a trailing sign-off on its last line is set aside. */
  end: number
}

/**
 * Sign-offs compare without case, a trailing run of dots or a leftover carriage-return mark, all
 * seen on Reuters' `Reuter` line: `REUTER...`, `reuter`, `REUTER^M`. A single full stop counts:
 * "…told\nReuters." ends a sentence, it does not sign it.
 */
function normaliseSignOff(line: string): string {
  // A loop rather than an end-anchored regular expression, which would retry from every position
  // of a long run of spaces.
  let end = line.length
  while (end > 0) {
    if (line.endsWith('^M', end)) end -= 2
    else if (/[\s\u0000-\u001f]/u.test(line[end - 1])) end--
    else if (line.endsWith('..', end)) while (end > 0 && line[end - 1] === '.') end--
    else break
  }
  return line.slice(0, end).trimStart().toLowerCase()
}

const signOffSets = new WeakMap<readonly string[], ReadonlySet<string>>()

function signOffSet(signOffs: readonly string[]): ReadonlySet<string> {
  let set = signOffSets.get(signOffs)
  if (!set) {
    set = new Set(signOffs.map(normaliseSignOff))
    signOffSets.set(signOffs, set)
  }
  return set
}

/** The last paragraph that is article text, passing over sign-offs, credits and page furniture. */
function findLastContent(doc: DocumentViews, signOffs: ReadonlySet<string>): LastContent | undefined {
  const matcher = furnitureMatcher()
  const paragraphs = doc.paragraphs
  for (let index = paragraphs.length - 1; index >= 0; index--) {
    const paragraph = paragraphs[index]
    const text = paragraph.text
    if (signOffs.has(normaliseSignOff(text)) || CLOSING_LINES.some((pattern) => pattern.test(text))) continue
    if (matcher.matchParagraph(text, true)?.scope === 'paragraph') continue
    return {paragraph, end: paragraph.start + withoutSignOff(text, signOffs).length}
  }
  return undefined
}

/** The paragraph's text without a sign-off that closes its last line ("… (33.7).   REUTER"). */
function withoutSignOff(text: string, signOffs: ReadonlySet<string>): string {
  const lastSpace = lastWhiteSpace(text)
  if (lastSpace > 0 && signOffs.has(normaliseSignOff(text.slice(lastSpace)))) return text.slice(0, lastSpace).trimEnd()
  return text
}

/** The index of the last white-space character of `text` (-1 if none), found from the end. */
function lastWhiteSpace(text: string): number {
  for (let index = text.length - 1; index >= 0; index--) {
    const code = text.charCodeAt(index)
    if (isWhiteSpace(code)) return index
  }
  return -1
}

/** The words in `[start, end)`, found from the end of the document (the paragraph is near it). */
function wordsIn(words: readonly Word[], start: number, end: number): Word[] {
  const inside: Word[] = []
  for (let index = words.length - 1; index >= 0 && words[index].start >= start; index--) {
    if (words[index].end <= end) inside.push(words[index])
  }
  return inside.reverse()
}

/** Columns set apart by runs of spaces, not after a full stop (some typists put two there). */
const COLUMN_GAP = /(?<![.!?:;,])[ \t]{2,}(?=\S)/gu

/** Table rows and schedules: mostly figures, capitals only, or a last line laid out in columns. */
function isTabular(body: string): boolean {
  const lastLine = body.slice(body.lastIndexOf('\n') + 1).trim()
  if ((lastLine.match(COLUMN_GAP)?.length ?? 0) >= 2) return true
  const {visible, digits, letters, lower} = characterCounts(body)
  return digits * 5 > visible || lower * 2 < letters
}

interface CharacterCounts {
  /** UTF-16 code units that are not white space. */
  visible: number
  /** Code points that are numbers, letters and lower-case letters (`\p{N}`, `\p{L}`, `\p{Ll}`). */
  digits: number
  letters: number
  lower: number
}

const NUMBER = /^\p{N}$/u
const LETTER = /^\p{L}$/u
const LOWER_CASE = /^\p{Ll}$/u

/**
 * Counts the classes of characters in one pass, without building arrays of matches: ASCII by
 * character code, anything else by testing the one code point against the Unicode classes.
 */
function characterCounts(body: string): CharacterCounts {
  const counts = {visible: 0, digits: 0, letters: 0, lower: 0}
  for (let index = 0; index < body.length; index++) {
    const code = body.charCodeAt(index)
    if (code < 0x80) {
      if (isWhiteSpace(code)) continue
      counts.visible++
      if (code >= 0x30 && code <= 0x39) counts.digits++
      else if (code >= 0x61 && code <= 0x7a) {
        counts.letters++
        counts.lower++
      } else if (code >= 0x41 && code <= 0x5a) counts.letters++
      continue
    }
    const point = String.fromCodePoint(body.codePointAt(index) ?? code)
    if (point.length === 2) index++
    if (isWhiteSpace(code)) continue
    counts.visible += point.length
    if (NUMBER.test(point)) counts.digits++
    else if (LETTER.test(point)) {
      counts.letters++
      if (LOWER_CASE.test(point)) counts.lower++
    }
  }
  return counts
}

/**
 * A paragraph that reads as running prose: enough words, not a list item or a title-case heading,
 * several sentences, one long one or one that stops on a comma or colon, and after a paragraph that
 * ended properly (a list's items all lack full stops).
 */
function isRunningProse(doc: DocumentViews, paragraph: Paragraph, end: number, words: readonly Word[]): boolean {
  if (words.length < MIN_PROSE_WORDS || LIST_ITEM_START.test(paragraph.text)) return false
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word.value)).length
  if (capitalised * 2 > words.length) return false
  const cut = CUT_PUNCTUATION_END.test(doc.text.slice(end - 1, end))
  if (!cut && words.length < MIN_CLOSING_SENTENCE_WORDS && sentenceCount(doc, paragraph.start, end) < 2) return false
  const previous = doc.paragraphs[paragraph.index - 1]
  return !previous || TERMINATED.test(previous.text)
}

/** How many sentences lie in `[start, end)`, counted from the end of the document. */
function sentenceCount(doc: DocumentViews, start: number, end: number): number {
  const sentences = doc.sentences
  let count = 0
  for (let index = sentences.length - 1; index >= 0 && sentences[index].start >= start; index--) {
    if (sentences[index].start < end) count++
  }
  return count
}
