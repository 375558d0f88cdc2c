/**
 * What the human-facing reporters (stylish, junit) call a document. A file is its path; text from
 * stdin has none; a record of an archive is named by the archive file and its id (and the archive
 * line it starts on, when known), because its messages' lines and columns count within the record.
 */
import type {LintResult} from '../engine/types.js'

/** The name of a document without a path, as vfile-reporter calls it too. */
export const STDIN_NAME = '<stdin>'

export type DocumentRef = Pick<LintResult, 'path' | 'id' | 'recordLine'>

export function documentName(result: DocumentRef): string {
  const file = result.path ?? STDIN_NAME
  if (result.id === undefined) return file
  const line = result.recordLine === undefined ? '' : ` (line ${result.recordLine})`
  return `${file}#${result.id}${line}`
}

/** "file" normally, "document" when the results include archive records. */
export function documentNoun(results: readonly DocumentRef[]): string {
  return results.some((result) => result.id !== undefined) ? 'document' : 'file'
}
