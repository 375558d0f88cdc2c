/**
 * The identity of a problem that survives edits elsewhere in its document: what a baseline records
 * instead of a line number. Adding a paragraph above a known problem moves its line and offset, but
 * neither the text it flags nor the few words around it, so those two are what identify it.
 *
 * - `text`: a hash of the flagged text (the message's `actual`, which the engine fills with the
 *   flagged span), with white space collapsed, so re-wrapping a paragraph does not matter.
 * - `context`: a hash of up to three words on each side of the span, within its paragraph, compared
 *   as word tokens (case, accents and punctuation folded, see `wordTokens`). It tells apart two
 *   identical problems in one document, so the one that is new is the one reported. Without the
 *   document's text (results from an archive run, or results passed without text) it is empty.
 *
 * Hashes are truncated SHA-256: a baseline is committed to a repository, so it records no article
 * text beyond the message, and 64 bits make an accidental collision within one document negligible.
 */
import {createHash} from 'node:crypto'
import {wordTokens} from './fingerprint.js'
import type {LintMessage} from './types.js'

export interface ProblemFingerprint {
  text: string
  context: string
}

/** Words of context on each side of the flagged span. */
const CONTEXT_WORDS = 3
/** How far to look on each side for those words; a paragraph break ends the context sooner. */
const CONTEXT_REACH = 160
const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g
const WHITE_SPACE = /\s+/g

export function problemFingerprint(message: LintMessage, text?: string): ProblemFingerprint {
  const flagged = message.actual ?? text?.slice(message.offset, message.endOffset) ?? ''
  return {
    text: digest(flagged.normalize('NFC').replace(WHITE_SPACE, ' ').trim()),
    context: text === undefined ? '' : digest(contextAround(text, message.offset, message.endOffset))
  }
}

function contextAround(text: string, start: number, end: number): string {
  const before = lastParagraph(text.slice(Math.max(0, start - CONTEXT_REACH), start))
  const after = firstParagraph(text.slice(end, end + CONTEXT_REACH))
  return `${wordTokens(before).slice(-CONTEXT_WORDS).join(' ')}|${wordTokens(after).slice(0, CONTEXT_WORDS).join(' ')}`
}

function lastParagraph(slice: string): string {
  let from = 0
  for (const match of slice.matchAll(PARAGRAPH_BREAK)) from = match.index + match[0].length
  return slice.slice(from)
}

function firstParagraph(slice: string): string {
  const end = slice.search(PARAGRAPH_BREAK)
  return end === -1 ? slice : slice.slice(0, end)
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16)
}
