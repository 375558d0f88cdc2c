/**
 * Fixes are edits on the original text, never rewrites. Each message's edits are applied together
 * or not at all; a message whose edits overlap one already chosen waits for the next pass (the text is
 * re-linted after every pass, so a fix is always computed against the text it edits). Order is
 * deterministic: by position, then rule id. Text outside the flagged spans never changes.
 */
import type {Edit, LintMessage} from './types.js'

export interface AppliedFixes {
  output: string
  /** Messages whose fixes were applied in this pass. */
  fixed: LintMessage[]
}

export function applyFixes(text: string, messages: readonly LintMessage[]): AppliedFixes {
  const candidates = messages
    .filter((message) => message.fix && message.fix.length > 0)
    .map((message) => ({message, edits: [...message.fix!].sort((a, b) => a.start - b.start || a.end - b.end)}))
    .sort((a, b) => a.edits[0].start - b.edits[0].start || a.message.ruleId.localeCompare(b.message.ruleId))

  const chosen: Edit[] = []
  const fixed: LintMessage[] = []
  for (const candidate of candidates) {
    if (candidate.edits.some((edit) => chosen.some((other) => overlaps(edit, other)))) continue
    if (hasInternalOverlap(candidate.edits)) continue
    chosen.push(...candidate.edits)
    fixed.push(candidate.message)
  }
  chosen.sort((a, b) => a.start - b.start)
  let output = ''
  let cursor = 0
  for (const edit of chosen) {
    output += text.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  output += text.slice(cursor)
  return {output, fixed}
}

/** Two edits conflict when their spans intersect, or both insert at the same point. */
function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start
  return a.start < b.end && b.start < a.end
}

function hasInternalOverlap(sorted: Edit[]): boolean {
  for (let index = 1; index < sorted.length; index++) if (overlaps(sorted[index - 1], sorted[index])) return true
  return false
}
