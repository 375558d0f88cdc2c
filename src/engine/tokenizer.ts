/**
 * parse-latin's first step (cutting text into word, white-space, punctuation and symbol tokens),
 * done in one pass that writes document coordinates directly.
 *
 * A CPU profile of `parseByParagraph` over the shared corpora put about a third of the parse here:
 * the library's tokenizer walks the text with `charAt` and tests up to three Unicode regexes per
 * character (~20% of the time), and shifting its tokens into the document afterwards cost another
 * ~15%. This module makes the same tokens: what class a UTF-16 code unit belongs to is asked of the
 * library itself, once per distinct code unit, and kept in a table, so the classification is the
 * library's by construction. The run rules and the line counting are the library's (parse-latin
 * 7), and tests/engine/parser.test.ts compares the output with the library's token for token.
 */
import type {Punctuation, SentenceContent, Symbol as SymbolNode, WhiteSpace, Word} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'

/** Token classes as stored in the table; 0 means the code unit has not been seen yet. */
const UNKNOWN = 0
const WORD = 1
const WHITE_SPACE = 2
const NODE_TYPES = ['', 'WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode'] as const
type NonWordType = (WhiteSpace | Punctuation | SymbolNode)['type']

const CARRIAGE_RETURN = 0x0d
const LINE_FEED = 0x0a
const FIRST_SURROGATE = 0xd800
const LAST_SURROGATE = 0xdfff

/** An untouched instance of the library: the oracle for each code unit's class. */
const library = new ParseEnglish()
const classes = new Uint8Array(0x10000)

function learn(code: number): number {
  const type = library.tokenize(String.fromCharCode(code))[0].type
  const kind = NODE_TYPES.indexOf(type as (typeof NODE_TYPES)[number])
  if (kind <= UNKNOWN) throw new Error(`parse-latin classed U+${code.toString(16)} as ${type}, which the tokenizer does not know`)
  classes[code] = kind
  return kind
}

/**
 * The tokens parse-latin's `tokenize` makes of `value`, placed as if `value` started at `origin`
 * (the column shift applies to the first line only, as later lines start at column 1).
 *
 * A run of code units becomes one token while the class stays the same and it is a word or white
 * space, or the code unit repeats the previous one (`...`, `--`), or it is half of a surrogate pair.
 * A word and its text node share one start point; every end point is an object of its own.
 */
export function tokenizeAt(value: string, origin: Point): SentenceContent[] {
  const tokens: SentenceContent[] = []
  const base = origin.offset ?? 0
  let line = origin.line
  let column = origin.column
  let start: Point = {line, column, offset: base}
  let from = 0
  let previousKind = UNKNOWN
  let previousCode = -1
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    const kind = classes[code] || learn(code)
    if (
      index > 0 &&
      !(
        kind === previousKind &&
        (kind === WORD ||
          kind === WHITE_SPACE ||
          code === previousCode ||
          (code >= FIRST_SURROGATE && code <= LAST_SURROGATE))
      )
    ) {
      tokens.push(token(previousKind, value.slice(from, index), start, line, column, base + index))
      from = index
      start = {line, column, offset: base + index}
    }
    if (code === CARRIAGE_RETURN || (code === LINE_FEED && previousCode !== CARRIAGE_RETURN)) {
      line++
      column = 1
    } else if (code !== LINE_FEED) {
      column++
    }
    previousKind = kind
    previousCode = code
  }
  if (value.length > 0) tokens.push(token(previousKind, value.slice(from), start, line, column, base + value.length))
  return tokens
}

function token(kind: number, value: string, start: Point, line: number, column: number, offset: number): SentenceContent {
  if (kind === WORD) {
    const word: Word = {
      type: 'WordNode',
      children: [{type: 'TextNode', value, position: {start, end: {line, column, offset}}}],
      position: {start, end: {line, column, offset}}
    }
    return word
  }
  return {type: NODE_TYPES[kind] as NonWordType, value, position: {start, end: {line, column, offset}}}
}
