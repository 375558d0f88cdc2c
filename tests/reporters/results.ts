/**
 * Lint results the reporter tests share: real ones from `lint()` with the no-repeated-word rule, and
 * hand-built ones for what that rule cannot produce yet (related locations, suggestions, other
 * severities, unreadable files, archive records).
 */
import {lint} from '../../src/engine/linter.js'
import {makeResult} from '../../src/engine/messages.js'
import type {LintMessage, LintResult} from '../../src/engine/types.js'

export const REPEATED = 'It was the the best of times.\nIt was the worst of times.\n'

/** One error at 1:8-1:15 (`the the`), with a safe fix. */
export function repeatedWordResult(path = 'stories/one.txt', text = REPEATED): Promise<LintResult> {
  return lint(text, {path})
}

/** A message on `text[offset, endOffset)`, positions derived from the text so they are consistent. */
export function messageAt(text: string, offset: number, endOffset: number, fields: Partial<LintMessage> = {}): LintMessage {
  const start = point(text, offset)
  const end = point(text, endOffset)
  return {
    ruleId: 'no-repeated-word',
    severity: 'error',
    message: 'A problem',
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset,
    endOffset,
    url: 'https://example.org/rule.md',
    actual: text.slice(offset, endOffset),
    ...fields
  }
}

function point(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, column: before[before.length - 1].length + 1}
}

export const DUPLICATE_TEXT = 'First paragraph here.\n\nSecond one.\n\nFirst paragraph here.\n'

/** A warning with a related location (the earlier copy) and a suggestion. */
export function relatedResult(): LintResult {
  const second = DUPLICATE_TEXT.lastIndexOf('First')
  const related = messageAt(DUPLICATE_TEXT, 0, 21)
  return makeResult(
    [
      messageAt(DUPLICATE_TEXT, second, second + 21, {
        ruleId: 'no-duplicate-paragraph',
        severity: 'warning',
        message: 'This paragraph repeats an earlier one',
        related: [{...pick(related), message: 'first copy'}],
        suggestions: [{start: second - 2, end: second + 21, text: ''}]
      })
    ],
    {path: 'stories/dup.md'}
  )
}

function pick(message: LintMessage) {
  const {line, column, endLine, endColumn, offset, endOffset} = message
  return {line, column, endLine, endColumn, offset, endOffset}
}

export const INFO_TEXT = 'Officials said the plan was sound.\n'

export function infoResult(): LintResult {
  return makeResult([messageAt(INFO_TEXT, 0, 14, {ruleId: 'unattributed-claim', severity: 'info', message: 'Which officials?'})], {
    path: 'stories/info.txt'
  })
}

export function fatalResult(path = 'images/photo.txt'): LintResult {
  return makeResult([], {path, fatal: {message: 'binary file (NUL bytes at offset 12)'}})
}

export const RECORD_TEXT = 'The the minister spoke.'

/** A record of an archive: messages count in the record's text; the record starts on line 3. */
export function archiveResult(): LintResult {
  return makeResult([messageAt(RECORD_TEXT, 0, 7, {message: 'Unexpected repeated word `The`', fix: [{start: 3, end: 7, text: ''}]})], {
    path: 'archive/news.jsonl',
    id: 'rec-42',
    recordLine: 3
  })
}

export function cleanResult(path = 'stories/clean.txt'): LintResult {
  return makeResult([], {path})
}
