/**
 * The engine's parser must give the trees retext-english gives: its own tokenizer replaces the
 * library's for speed, so the library is the oracle here. Each reader paragraph of a document must
 * parse to what stock retext-english makes of that paragraph's text, moved to where it starts.
 */
import type {Nodes, RootContent, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {LineIndex} from '../../src/engine/line-index.js'
import {splitParagraphs, type Paragraph} from '../../src/engine/paragraphs.js'
import {parseByParagraph} from '../../src/engine/parser.js'
import {tokenizeAt} from '../../src/engine/tokenizer.js'

/** Text built to hit every branch of tokenizing: line ends, surrogates, repeated marks, odd spaces. */
const ADVERSARIAL = [
  '',
  ' ',
  'a\r\nb\rc\nd',
  'one\r\rtwo\n\rthree',
  '\r\nStarts with a line end',
  'Ends with a line end\r\n',
  '  Leading and trailing white space\t ',
  'Grinning 😀😀 and a family 👩‍👩‍👧 and 𝐀𝐁𝐂',
  'Lone high \uD83D and lone low \uDE00 and swapped \uDE00\uD83D, x\uD83Dy',
  'Wait... what?! Really?!? No -- never … ok',
  '""Double"" quotes, \'\', ((brackets)) and ‘smart’ “quotes”',
  'Non\u00A0breaking, line\u2028separator, next\u0085line, para\u2029separator, \v\f',
  'Tabs\tand\t\tdigits 1,234.56 and 3.14 and 100%',
  'Café résumé naïve Ångström e\u0301 combining',
  '中文字符。测试 עברית ومرحبا بالعالم',
  'Zero\u200Bwidth, \uFEFFbom, soft\u00ADhyphen, \u3000ideographic',
  'Mr. Smith met U.S. officials, e.g. in D.C. at 5 p.m. Then he left! OK? Yes.',
  "don't can't o'clock and/or http://example.com/x?y=1 #tag @user $5 ©®™ §¶",
  '¡Hola! ¿Qué tal?',
  'First paragraph.\n\nSecond one, after a blank line.\r\n\r\n  Third, indented, with CRLF.\n\r\nFourth after LF CR LF.'
]

/** Where tokens of a paragraph start: document start, later on the first line, later lines. */
const ORIGINS: Point[] = [
  {line: 1, column: 1, offset: 0},
  {line: 1, column: 9, offset: 8},
  {line: 4, column: 3, offset: 40},
  {line: 7, column: 1, offset: 99}
]

const library = new ParseEnglish()
const retext = unified().use(retextEnglish)

/** A copy of `nodes` with every point moved as if its text started at `origin`. */
function shifted<T extends Nodes>(nodes: T[], origin: Point): T[] {
  const copy = JSON.parse(JSON.stringify(nodes)) as T[]
  const move = (node: Nodes) => {
    for (const point of [node.position?.start, node.position?.end]) {
      if (!point) continue
      if (point.line === 1) point.column += origin.column - 1
      point.line += origin.line - 1
      point.offset! += origin.offset!
    }
    if ('children' in node) for (const child of node.children) move(child)
  }
  for (const node of copy) move(node)
  return copy
}

describe('tokenizeAt', () => {
  it.each(ADVERSARIAL.map((text) => [JSON.stringify(text), text]))('makes the library tokens of %s at every origin', (_, text) => {
    for (const origin of ORIGINS) {
      expect(tokenizeAt(text, origin)).toEqual(shifted(library.tokenize(text), origin))
    }
  })

  it('shares a start point between a word and its text node, and gives each end its own object', () => {
    const words = tokenizeAt('Hello, world', ORIGINS[2]).filter((token) => token.type === 'WordNode')
    expect(words).toHaveLength(2)
    for (const word of words) {
      expect(word.children[0].position!.start).toBe(word.position!.start)
      expect(word.children[0].position!.end).not.toBe(word.position!.end)
      expect(word.children[0].position!.end).toEqual(word.position!.end)
    }
  })

  it('counts CR and a lone LF as line ends, CRLF once, and shifts columns on the first line only', () => {
    const points = (tokens: SentenceContent[]) =>
      tokens.map((token) => [token.type, token.position!.start.line, token.position!.start.column, token.position!.start.offset])
    expect(points(tokenizeAt('a\r\nb\rc', {line: 2, column: 5, offset: 10}))).toEqual([
      ['WordNode', 2, 5, 10],
      ['WhiteSpaceNode', 2, 6, 11],
      ['WordNode', 3, 1, 13],
      ['WhiteSpaceNode', 3, 2, 14],
      ['WordNode', 4, 1, 15]
    ])
  })

  it('keeps a surrogate pair, a repeated mark and a word run together, and splits mixed marks', () => {
    const values = tokenizeAt('Hi 😀... ?!', ORIGINS[0]).map((token) => (token.type === 'WordNode' ? token.children[0].value : token.value))
    expect(values).toEqual(['Hi', ' ', '😀', '...', ' ', '?', '!'])
  })
})

describe('parseByParagraph', () => {
  const within = (node: RootContent, paragraph: Paragraph): boolean =>
    node.position!.start.offset! >= paragraph.start && node.position!.end.offset! <= paragraph.end

  it.each(ADVERSARIAL.map((text) => [JSON.stringify(text), text]))('gives each paragraph of %s the tree retext-english gives it', (_, text) => {
    for (const document of [text, `An opening paragraph.\n\n${text}`, `Opening line\n  ${text}`]) {
      const tree = parseByParagraph(document)
      const lines = new LineIndex(document)
      const paragraphs = splitParagraphs(document)
      for (const paragraph of paragraphs) {
        const expected = shifted(retext.parse(paragraph.text).children, lines.point(paragraph.start))
        expect(tree.children.filter((node) => within(node, paragraph))).toEqual(expected)
      }
      // What lies between reader paragraphs is white space of its own.
      for (const gap of tree.children.filter((node) => !paragraphs.some((paragraph) => within(node, paragraph)))) {
        expect(gap.type).toBe('WhiteSpaceNode')
        expect(document.slice(gap.position!.start.offset, gap.position!.end.offset).trim()).toBe('')
      }
    }
  })

  it('gives an empty document an empty root', () => {
    expect(parseByParagraph('').children).toEqual([])
  })
})
