/**
 * `lintDocuments`: `linter.lintFiles` for the pre-publish workflow. Each file comes back with its
 * text, which a baseline needs to fingerprint problems in context, and with a `ResultCache` an
 * unchanged file under an unchanged configuration is not linted again: its text is read and hashed,
 * nothing more.
 */
import {ResultCache} from './cache.js'
import type {LintedDocument} from './baseline.js'
import type {InputFile} from '../inputs/read-files.js'
import type {Linter} from './linter.js'
import {makeResult, ruleCrashResult} from './messages.js'

export interface LintDocumentsOptions {
  /** Reuse (and record) results here; the caller saves it when the run is over. */
  cache?: ResultCache
}

/** The files `patterns` name, in `lintFiles` order; a file that cannot be read has a fatal result and no text. */
export async function lintDocuments(linter: Linter, patterns: readonly string[], options: LintDocumentsOptions = {}): Promise<LintedDocument[]> {
  const documents: LintedDocument[] = []
  for await (const input of linter.readFiles(patterns)) documents.push(await lintInputFile(linter, input, options.cache))
  return documents
}

/** Lint one file read by `linter.readFiles` (from the cache when it holds this text under this configuration). */
export async function lintInputFile(linter: Linter, input: InputFile, cache?: ResultCache): Promise<LintedDocument> {
  const {decoded} = input
  if (!decoded.ok) return {result: makeResult([], {path: input.path, fatal: {message: decoded.reason}})}
  const {text, encoding} = decoded
  const key = cache ? ResultCache.key(text, await linter.configForFile(input.path), encoding) : undefined
  let result = cache && key ? cache.get(input.path, key) : undefined
  if (!result) {
    try {
      result = await linter.lintText(text, {path: input.path, sourceEncoding: encoding})
    } catch (error) {
      // A rule crashed on this file: it is reported as not linted, and the other files are still
      // linted. Anything else (a configuration the user must mend) still stops the run.
      return {result: ruleCrashResult(error, input.path)}
    }
    if (cache && key) cache.set(input.path, key, result)
  }
  return {result, text}
}
