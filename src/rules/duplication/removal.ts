/**
 * The edit that deletes a repeated passage, shared by the duplication rules, so that removing a copy
 * leaves the text around it as if the copy had never been pasted: no doubled blank lines, no stray
 * space, no paragraph glued to its neighbour.
 */
import type {Paragraph} from '../../engine/document.js'
import type {Edit} from '../../engine/types.js'

const SPACE = /\s/

/**
 * Delete `[start, end)`, which lies inside `paragraph`, with the white space that separates it from
 * what it was pasted next to:
 * - a whole paragraph goes with the separator before it (the line break or blank line), or after it
 *   when it opens the document;
 * - a passage that opens its paragraph goes with the white space after it;
 * - any other passage goes with the white space before it.
 */
export function removalEdit(text: string, paragraph: Paragraph, start: number, end: number): Edit {
  const opensParagraph = start === paragraph.start
  if (opensParagraph && end === paragraph.end) {
    const before = skipSpaceBackward(text, start)
    return before > 0 ? {start: before, end, text: ''} : {start, end: skipSpaceForward(text, end), text: ''}
  }
  if (opensParagraph) return {start, end: skipSpaceForward(text, end), text: ''}
  return {start: skipSpaceBackward(text, start), end, text: ''}
}

function skipSpaceBackward(text: string, offset: number): number {
  let index = offset
  while (index > 0 && SPACE.test(text[index - 1])) index--
  return index
}

function skipSpaceForward(text: string, offset: number): number {
  let index = offset
  while (index < text.length && SPACE.test(text[index])) index++
  return index
}
