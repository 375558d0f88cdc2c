/**
 * HTML input: rehype parses the source; the text of the page's elements is linted, with block
 * elements (paragraphs, headings, list items, cells, …) as paragraphs, while scripts, styles, code,
 * the document head and all markup are not. Entities are decoded for the rules and offsets map back
 * into the HTML source, so a message points at `&amp;amp;` where the page has it.
 */
import type {Nodes, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import type {Comment} from './directives.js'
import {extractProse, type TextBuilder} from './text-builder.js'
import type {ExtractedDocument} from './types.js'

const parser = unified().use(rehypeParse).freeze()

const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'code', 'pre', 'svg', 'math', 'iframe', 'object', 'textarea', 'select'])

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'table', 'td', 'th',
  'tr', 'ul'
])

export function extractHtml(source: string): ExtractedDocument {
  const tree = parser.parse(source) as Root
  return extractProse(source, false, (builder, comments) => walk(tree, builder, comments))
}

function walk(node: Nodes, builder: TextBuilder, comments: Comment[]): void {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  if (node.type === 'text') {
    if (node.position) builder.append(node.value, start, end)
    return
  }
  if (node.type === 'comment') {
    if (node.position) comments.push({body: node.value, start, end})
    return
  }
  if (node.type === 'element') {
    if (SKIPPED.has(node.tagName)) {
      builder.gap(start, end)
      return
    }
    if (node.tagName === 'br' || node.tagName === 'img') {
      builder.gap(start, end)
      return
    }
  }
  const block = node.type === 'element' && BLOCKS.has(node.tagName)
  if (block) builder.breakBlock(start)
  if ('children' in node) for (const child of node.children) walk(child as Nodes, builder, comments)
  if (block) builder.breakBlock(end)
}
