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
import type {Paragraph as ParagraphNode, Root, RootContent, WhiteSpace} from 'nlcst'
import type {Point as UnistPoint} from 'unist'
import retextEnglish from 'retext-english'
import {unified, type Processor} from 'unified'
import {LineIndex} from './line-index.js'
import {splitParagraphs, type Paragraph as ReaderParagraph} from './paragraphs.js'

declare module 'nlcst' {
  interface RootData {
    /** The paragraphs the parser split the document at (see `paragraphs.ts`). */
    readerParagraphs?: ReaderParagraph[]
  }
}

const english = unified().use(retextEnglish).freeze()
const parseEnglish = english.parser as (text: string) => Root

export function parseByParagraph(text: string): Root {
  const paragraphs = splitParagraphs(text)
  const lines = new LineIndex(text)
  const children: RootContent[] = []
  let cursor = 0
  for (const paragraph of paragraphs) {
    if (paragraph.start > cursor) children.push(whiteSpace(text, cursor, paragraph.start, lines))
    const part = parseEnglish(paragraph.text)
    const origin = lines.point(paragraph.start)
    const seen = new Set<UnistPoint>()
    for (const child of part.children) {
      if (origin.offset > 0) shift(child, origin, seen)
      children.push(child)
    }
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

/**
 * Move a node parsed on its own to where its text starts in the document. Points are shifted in
 * place; parse-latin shares point objects between a parent and its first and last children, so each
 * point object is shifted once.
 */
function shift(node: RootContent | ParagraphNode, origin: UnistPoint, seen: Set<UnistPoint>): void {
  if (node.position) {
    shiftPoint(node.position.start, origin, seen)
    shiftPoint(node.position.end, origin, seen)
  }
  if ('children' in node) for (const child of node.children) shift(child as RootContent, origin, seen)
}

function shiftPoint(point: UnistPoint, origin: UnistPoint, seen: Set<UnistPoint>): void {
  if (seen.has(point)) return
  seen.add(point)
  if (point.line === 1) point.column += origin.column - 1
  point.line += origin.line - 1
  point.offset = (point.offset ?? 0) + (origin.offset ?? 0)
}
