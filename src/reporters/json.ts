/**
 * `json`: the results exactly as the API returns them (`LintResult[]`), for programs. The shape is
 * documented in docs/reporters.md; it is the same data that crosses worker threads, so nothing is
 * renamed or dropped on the way out.
 */
import type {Reporter} from './types.js'

export const json: Reporter = {
  name: 'json',
  description: 'An array of the results, as the API returns them',
  format: (results) => JSON.stringify(results) + '\n'
}
