/**
 * Markdown input: remark parses the source; the prose of paragraphs, headings, list items, block
 * quotes and table cells is linted, while code (blocks and inline), raw HTML, link and image targets
 * and bare URLs are not. Offsets map back into the Markdown source (see text-builder.ts).
 */
import type {Nodes, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {commentBody, type Comment} from './directives.js'
import {extractProse, type TextBuilder} from './text-builder.js'
import type {ExtractedDocument} from './types.js'

const parser = unified().use(remarkParse).freeze()

/** Blocks that end a paragraph as a reader sees it. */
const BLOCKS = new Set(['paragraph', 'heading', 'blockquote', 'listItem', 'tableCell', 'thematicBreak', 'list', 'table', 'tableRow'])

export function extractMarkdown(source: string): ExtractedDocument {
  const tree = parser.parse(source) as Root
  return extractProse(source, true, (builder, comments) => walk(tree, builder, comments))
}

function walk(node: Nodes, builder: TextBuilder, comments: Comment[]): void {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  switch (node.type) {
    case 'text':
      builder.append(node.value, start, end)
      return
    case 'html': {
      const body = commentBody(node.value)
      if (body !== undefined) comments.push({body, start, end})
      builder.gap(start, end)
      return
    }
    case 'inlineCode':
    case 'image':
    case 'imageReference':
      builder.gap(start, end)
      return
    case 'code':
    case 'definition':
      builder.breakBlock(start)
      return
    case 'break':
      builder.gap(start, end)
      return
  }
  if (BLOCKS.has(node.type)) builder.breakBlock(start)
  if ('children' in node) for (const child of node.children) walk(child as Nodes, builder, comments)
  if (BLOCKS.has(node.type)) builder.breakBlock(end)
}
