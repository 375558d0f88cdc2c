/**
 * Inline configuration comments in Markdown and HTML, as ESLint has them:
 *
 * - `<!-- copydesk-disable-next-line id, id -->` silences those rules (all, when none is named) on the
 *   line after the comment;
 * - `<!-- copydesk-disable id -->` … `<!-- copydesk-enable id -->` silences them in between (to the
 *   end of the file when there is no matching enable).
 */
import type {LineIndex} from '../engine/line-index.js'
import type {Suppression} from './types.js'

export interface Comment {
  /** The comment's inner text, without `<!--` and `-->`. */
  body: string
  start: number
  end: number
}

const DIRECTIVE = /^\s*copydesk-(disable-next-line|disable|enable)\b([^]*)$/

export function suppressionsFromComments(comments: Comment[], lines: LineIndex, sourceLength: number): Suppression[] {
  const suppressions: Suppression[] = []
  const open = new Map<string, number>()
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.body)
    if (!match) continue
    const kind = match[1]
    const ruleIds = match[2].split(/[\s,]+/).filter(Boolean)
    if (kind === 'disable-next-line') {
      const line = lines.point(comment.end).line + 1
      if (line > lines.lineCount) continue
      const start = lines.offset(line, 1)
      const end = line < lines.lineCount ? lines.offset(line + 1, 1) : sourceLength
      suppressions.push({ruleIds, start, end})
    } else if (kind === 'disable') {
      for (const key of keys(ruleIds)) if (!open.has(key)) open.set(key, comment.end)
    } else {
      for (const key of keys(ruleIds)) {
        const start = open.get(key)
        if (start === undefined) continue
        open.delete(key)
        suppressions.push({ruleIds: key === '*' ? [] : [key], start, end: comment.start})
      }
    }
  }
  for (const [key, start] of open) suppressions.push({ruleIds: key === '*' ? [] : [key], start, end: sourceLength})
  return suppressions
}

function keys(ruleIds: string[]): string[] {
  return ruleIds.length === 0 ? ['*'] : ruleIds
}

/** The inner text of an HTML comment string `<!-- … -->`, or undefined when it is not one. */
export function commentBody(html: string): string | undefined {
  const match = /^<!--([^]*?)-->$/.exec(html.trim())
  return match ? match[1] : undefined
}
