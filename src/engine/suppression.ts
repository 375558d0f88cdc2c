/**
 * Inline suppression: messages inside a `copydesk-disable` range (or on the line after a
 * `copydesk-disable-next-line` comment) for a listed rule, or for every rule when none is listed,
 * are dropped. Ranges are source offsets, found by the Markdown and HTML adapters.
 */
import type {Suppression} from '../inputs/types.js'
import type {LintMessage} from './types.js'

export function applySuppressions(messages: LintMessage[], suppressions: readonly Suppression[] | undefined): LintMessage[] {
  if (!suppressions || suppressions.length === 0) return messages
  return messages.filter((message) => !suppressions.some((range) => covers(range, message)))
}

function covers(range: Suppression, message: LintMessage): boolean {
  if (range.ruleIds.length > 0 && !range.ruleIds.includes(message.ruleId)) return false
  return message.offset >= range.start && message.offset < range.end
}
