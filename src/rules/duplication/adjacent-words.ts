/**
 * A cheap test for whether a document can hold a repeated word at all, so that `no-repeated-word`
 * runs retext-repeated-words only where it may find something. The plugin reports two word nodes of
 * one sentence, separated by one white-space node, that are equal ignoring case; such words are
 * neighbours in `doc.words` (every word node in document order) with only white space between them.
 * When no two neighbours there are like that, the plugin would report nothing. In most articles none
 * are, and the plugin's walk (a string and a lower-cased copy per word) is skipped.
 */
import {lowerAscii} from '../../engine/characters.js'
import type {Word} from '../../engine/document.js'

/** Whether two consecutive words of `words`, in `text`, are equal ignoring case and may have only white space between them. */
export function hasAdjacentEqualWords(words: readonly Word[], text: string): boolean {
  for (let index = 1; index < words.length; index++) {
    const before = words[index - 1]
    const word = words[index]
    if (equalIgnoringCase(before.value, word.value) && mayBeWhiteSpace(text, before.end, word.start)) return true
  }
  return false
}

/**
 * Whether `text` between `start` and `end` may be a white-space node: not empty, and without a
 * printable ASCII character. Other characters are let through, so that no kind of white space the
 * parser knows is ever taken for a separator that is not.
 */
function mayBeWhiteSpace(text: string, start: number, end: number): boolean {
  if (end <= start) return false
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code > 0x20 && code < 0x7f) return false
  }
  return true
}

/**
 * Case folding maps an ASCII character to one ASCII character, so two words whose first characters
 * are ASCII and fold differently differ: most neighbours are told apart without folding a string.
 */
function equalIgnoringCase(a: string, b: string): boolean {
  const first = a.charCodeAt(0)
  const other = b.charCodeAt(0)
  if (first < 0x80 && other < 0x80 && lowerAscii(first) !== lowerAscii(other)) return false
  return a.toLowerCase() === b.toLowerCase()
}

