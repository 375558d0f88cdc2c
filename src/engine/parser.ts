/**
 * The engine's parser: retext-english, run paragraph by paragraph.
 *
 * retext-english (parse-latin underneath) merges and splits its token lists with array splices, so
 * its cost grows faster than the text when one of its paragraphs is long: a scraped document with
 * 20,000 one-line paragraphs and no blank line is, to it, a single paragraph, and takes minutes. We
 * split the text at the paragraphs a reader sees (the shared definition in `paragraphs.ts`), parse
 * each once with retext-english, and join the trees with positions shifted into the document, so the
 * cost stays linear in the number of paragraphs and every paragraph node is one the rules agree on.
 * The paragraphs are recorded on the tree (`tree.data.readerParagraphs`) so the paragraph view is not
 * computed a second time.
 */
import type {Root, RootContent, SentenceContent, WhiteSpace} from 'nlcst'
import type {Point as UnistPoint} from 'unist'
import {ParseEnglish} from 'parse-english'
import type {Processor} from 'unified'
import {LineIndex} from './line-index.js'
import {splitParagraphs, type Paragraph as ReaderParagraph} from './paragraphs.js'
import {tokenizeAt} from './tokenizer.js'

declare module 'nlcst' {
  interface RootData {
    /** The paragraphs the parser split the document at (see `paragraphs.ts`). */
    readerParagraphs?: ReaderParagraph[]
  }
}

/**
 * retext-english's parser, made to place its tokens where a paragraph starts in the document.
 *
 * parse-latin builds every node's position from the positions of the flat tokens its `tokenize`
 * returns (parents take their first and last child's points), so tokens made in document coordinates
 * place the whole tree: no second walk over the finished tree. The tokens come from `tokenizeAt`,
 * which makes the library's tokens in one pass (a profile put the library's tokenizer and our shift of
 * its output at about a third of the parse); every merge plugin of parse-english and parse-latin still
 * runs unchanged.
 */
class ParagraphParser extends ParseEnglish {
  origin: UnistPoint = {line: 1, column: 1, offset: 0}

  override tokenize(value: string | null | undefined): SentenceContent[] {
    return value ? tokenizeAt(value, this.origin) : []
  }
}

const parser = new ParagraphParser()

export function parseByParagraph(text: string): Root {
  const paragraphs = splitParagraphs(text)
  const lines = new LineIndex(text)
  const children: RootContent[] = []
  let cursor = 0
  for (const paragraph of paragraphs) {
    if (paragraph.start > cursor) children.push(whiteSpace(text, cursor, paragraph.start, lines))
    parser.origin = lines.point(paragraph.start)
    children.push(...parser.parse(paragraph.text).children)
    cursor = paragraph.end
  }
  if (cursor < text.length) children.push(whiteSpace(text, cursor, text.length, lines))
  return {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: lines.point(text.length)},
    data: {readerParagraphs: paragraphs}
  }
}

/** A unified plugin that makes `parseByParagraph` the processor's parser. */
export function retextEnglishByParagraph(this: Processor): void {
  this.parser = (document: string) => parseByParagraph(document)
}

function whiteSpace(text: string, start: number, end: number, lines: LineIndex): WhiteSpace {
  return {type: 'WhiteSpaceNode', value: text.slice(start, end), position: {start: lines.point(start), end: lines.point(end)}}
}
