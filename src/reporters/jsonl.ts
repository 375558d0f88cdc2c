/**
 * `jsonl`: one result per line (JSON Lines). Unlike `json`, a report can be written while documents
 * are still being linted and read back one line at a time, which is what archive runs over millions
 * of records need: `formatJsonlLine` formats one result as it finishes.
 */
import type {LintResult} from '../engine/types.js'
import type {Reporter} from './types.js'

/**
 * One result as one line, without the line break. `JSON.stringify` escapes `\n` and `\r` inside
 * strings, so a line never splits; U+2028 and U+2029 stay literal, which JSON Lines allows.
 */
export function formatJsonlLine(result: LintResult): string {
  return JSON.stringify(result)
}

export const jsonl: Reporter = {
  name: 'jsonl',
  description: 'One result per line (JSON Lines), for streaming and archives',
  format: (results) => results.map((result) => formatJsonlLine(result) + '\n').join('')
}
