/**
 * From vfile messages (the unified convention inside the engine) to plain `LintMessage` objects (the
 * convention at every boundary), and the bookkeeping on lists of them.
 */
import type {VFileMessage} from 'vfile-message'
import type {LineIndex} from './line-index.js'
import type {CopydeskMessageFields} from './rule.js'
import {RuleError} from './errors.js'
import {fatalToSeverity} from './severity.js'
import type {LintMessage, LintResult} from './types.js'

export function toLintMessage(message: VFileMessage, lines: LineIndex): LintMessage {
  const fields = message as VFileMessage & CopydeskMessageFields
  const place = message.place
  const startOffset = place && 'start' in place ? (place.start.offset ?? 0) : (place?.offset ?? 0)
  const endOffset = place && 'end' in place ? (place.end.offset ?? startOffset) : startOffset
  const start = lines.point(startOffset)
  const end = lines.point(endOffset)
  const plain: LintMessage = {
    ruleId: message.ruleId ?? 'unknown',
    severity: fields.copydeskSeverity ?? fatalToSeverity(message.fatal),
    message: message.reason,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: start.offset,
    endOffset: end.offset,
    url: message.url ?? ''
  }
  if (message.actual !== undefined) plain.actual = message.actual
  if (message.expected) plain.expected = [...message.expected]
  if (message.note) plain.note = message.note
  if (fields.fix) plain.fix = fields.fix.map((edit) => ({...edit}))
  if (fields.suggestions) plain.suggestions = fields.suggestions.map((edit) => ({...edit}))
  if (fields.related) {
    plain.related = fields.related.map((related) => {
      const from = lines.point(related.start)
      const to = lines.point(related.end)
      return {
        message: related.message,
        line: from.line,
        column: from.column,
        endLine: to.line,
        endColumn: to.column,
        offset: from.offset,
        endOffset: to.offset
      }
    })
  }
  return plain
}

/** Document order, then rule id, so reports are deterministic. */
export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || a.ruleId.localeCompare(b.ruleId)
}

export function makeResult(messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  const sorted = [...messages].sort(compareMessages)
  let errorCount = 0
  let warningCount = 0
  let infoCount = 0
  for (const message of sorted) {
    if (message.severity === 'error') errorCount++
    else if (message.severity === 'warning') warningCount++
    else infoCount++
  }
  return {...extra, messages: sorted, errorCount, warningCount, infoCount}
}

/**
 * The result of a document a rule crashed on (a RuleError): not linted, with the reason, so the run
 * goes on with the other documents. Any other error is rethrown: a configuration the user must mend
 * stops the run.
 */
export function ruleCrashResult(error: unknown, path: string | undefined): LintResult {
  if (!(error instanceof RuleError)) throw error
  return internalErrorResult(error, {path})
}

/** The result of a document whose linting threw (a bug, see RuleError): not linted, with the reason, so the run goes on. */
export function internalErrorResult(error: unknown, extra: Partial<LintResult> = {}): LintResult {
  const reason = error instanceof Error ? error.message : String(error)
  return makeResult([], {...extra, fatal: {message: `internal error while linting (please report it): ${reason}`}})
}
