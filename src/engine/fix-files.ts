/**
 * `fixFiles`: `--fix` on disk. Each file is fixed with the linter's `fixText` (every safe fix, passes
 * until stable, so fixing twice changes nothing the first run did not) and written back atomically: a
 * temporary file in the same folder, fsynced, then renamed over the original with its mode kept, so a
 * crash or a full disk leaves the old file or the new one, never half of each. A file that cannot be
 * read or decoded is reported and never written; one decoded from another encoding is written as UTF-8.
 * A dry run computes the same fixes as a unified diff.
 */
import {createTwoFilesPatch} from 'diff'
import writeFileAtomic from 'write-file-atomic'
import type {Decoded} from '../inputs/decode.js'
import {STDIN_NAME} from '../reporters/document-name.js'
import {validUtf8} from '../rules/encoding/valid-utf8.js'
import {createLinter, type FixResult, type Linter, type LinterOptions} from './linter.js'
import {makeResult, ruleCrashResult} from './messages.js'
import type {LintResult} from './types.js'

export interface FixFilesOptions extends LinterOptions {
  /** Compute the fixes and their diff, write nothing (`--fix-dry-run`). */
  dryRun?: boolean
}

/** What is left of a file after fixing, plus what the fixing did. */
export interface FileFixResult extends LintResult {
  /** Fixes applied (or, in a dry run, that would be). */
  fixCount: number
  /** Whether the file's content changes. */
  changed: boolean
  /** Whether the file was rewritten on disk (never in a dry run). */
  written: boolean
  /** Dry runs only, when the content changes: the change as a unified diff (`a/<path>` → `b/<path>`). */
  diff?: string
}

/**
 * Fix every file that `patterns` (paths, folders, globs) name. Results are in the order of
 * `lintFiles`, with the problems that remain after fixing; files that could not be linted carry `fatal`.
 */
export async function fixFiles(patterns: string | readonly string[], options: FixFilesOptions = {}): Promise<FileFixResult[]> {
  const {dryRun = false, ...linterOptions} = options
  const linter = createLinter(linterOptions)
  const results: FileFixResult[] = []
  for await (const input of linter.readFiles([patterns].flat())) {
    const {result, output} = await fixDocument(linter, input.path, input.decoded, {dryRun})
    if (output !== undefined && !dryRun) {
      await writeFileAtomic(input.file, output, {encoding: 'utf8'})
      result.written = true
    }
    results.push(result)
  }
  return results
}

/**
 * Fix one decoded document in memory (the CLI also uses this for stdin): the result, and the fixed
 * text when it differs. A document that could not be decoded gets a fatal result and no output.
 *
 * A file decoded from another encoding is reported by `valid-utf8`, whose fix is writing the file as
 * UTF-8: it counts as a fix even when no text changes, and its message is not among what is left.
 */
export async function fixDocument(
  linter: Linter,
  name: string | undefined,
  decoded: Decoded,
  {dryRun}: {dryRun: boolean}
): Promise<{result: FileFixResult; output?: string}> {
  if (!decoded.ok) {
    return {result: {...makeResult([], {path: name, fatal: {message: decoded.reason}}), fixCount: 0, changed: false, written: false}}
  }
  let fixed: FixResult
  try {
    fixed = await linter.fixText(decoded.text, {path: name, sourceEncoding: decoded.encoding})
  } catch (error) {
    // A rule crashed: the file is left as it is and reported as not linted. Anything else stops the run.
    return {result: {...ruleCrashResult(error, name), fixCount: 0, changed: false, written: false}}
  }
  const {messages, ...rest} = fixed.result
  const left = messages.filter((message) => message.ruleId !== validUtf8.meta.id)
  const converted = left.length < messages.length
  const changed = fixed.changed || converted
  const result: FileFixResult = {...rest, ...makeResult(left), fixCount: fixed.fixCount + (converted ? 1 : 0), changed, written: false}
  if (!changed) return {result}
  if (dryRun) result.diff = unifiedDiff(name ?? STDIN_NAME, decoded.text, fixed.output, decoded.encoding)
  return {result, output: fixed.output}
}

/**
 * A unified diff in git's `a/` `b/` form, so `git apply` and `patch -p1` take it as it is. A file that
 * is converted to UTF-8 names both encodings in its header lines, even when no text changes.
 */
export function unifiedDiff(name: string, before: string, after: string, fromEncoding?: string): string {
  const [oldHeader, newHeader] = fromEncoding ? [fromEncoding, 'UTF-8'] : []
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, oldHeader, newHeader, {context: 3})
}
