/**
 * The pre-publish workflow flags of the lint mode: `--cache` (and `--cache-location`) around linting
 * the files, and `--baseline`, `--baseline-write`, `--baseline-prune` between linting and reporting.
 * What the baseline did is said on stderr, so machine-readable reports on stdout stay clean.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {
  applyBaseline,
  baselineSize,
  createBaseline,
  emptyBaseline,
  readBaseline,
  withoutMissingFiles,
  writeBaseline,
  type LintedDocument
} from '../engine/baseline.js'
import {ResultCache} from '../engine/cache.js'
import {CopydeskError} from '../engine/errors.js'
import {lintDocuments} from '../engine/lint-documents.js'
import type {Linter} from '../engine/linter.js'
import type {LintResult} from '../engine/types.js'
import type {CliIo} from './io.js'
import type {CliOptions} from './options.js'

/** Lint the files, through the cache when `--cache` or `--cache-location` asks for it. */
export async function lintFileInputs(linter: Linter, patterns: readonly string[], options: CliOptions, io: CliIo): Promise<LintedDocument[]> {
  if (!options.cache && options.cacheLocation === undefined) return lintDocuments(linter, patterns)
  const cache = await ResultCache.open({location: options.cacheLocation, cwd: io.cwd, onWarning: (message) => io.stderr(`copydesk: ${message}\n`)})
  const documents = await lintDocuments(linter, patterns, {cache})
  await cache.save()
  return documents
}

/** The results to report: all of them, or (with a baseline) those the baseline does not list. */
export async function applyBaselineOptions(documents: readonly LintedDocument[], options: CliOptions, io: CliIo): Promise<LintResult[]> {
  if (options.baselinePrune && options.baseline === undefined) {
    throw new CopydeskError('--baseline-prune needs --baseline FILE: the baseline to prune')
  }
  if (options.baselineWrite !== undefined) return recordBaseline(documents, options.baselineWrite, io)
  if (options.baseline === undefined) return documents.map((document) => document.result)
  const file = path.resolve(io.cwd, options.baseline)
  const outcome = applyBaseline(await readBaseline(file), documents)
  if (options.baselinePrune) {
    const pruned = withoutMissingFiles(outcome.pruned, io.cwd)
    await writeBaseline(file, pruned)
    io.stderr(`copydesk: pruned ${options.baseline}: ${noLongerOccur(outcome.gone)}; ${problems(baselineSize(pruned).problems)} left\n`)
  } else if (outcome.suppressed > 0 || outcome.gone > 0) {
    const hint = outcome.gone > 0 ? `, ${noLongerOccur(outcome.gone)} (run with --baseline-prune to drop ${outcome.gone === 1 ? 'it' : 'them'})` : ''
    io.stderr(`copydesk: ${options.baseline}: ${problems(outcome.suppressed)} hidden as known${hint}\n`)
  }
  return outcome.results
}

/**
 * `--baseline-write FILE`: record every problem found, keeping what the file lists for documents not
 * linted in this run, then report as if applying it (so the run is clean unless a file could not be read).
 */
async function recordBaseline(documents: readonly LintedDocument[], name: string, io: CliIo): Promise<LintResult[]> {
  const file = path.resolve(io.cwd, name)
  const previous = existsSync(file) ? await readBaseline(file) : emptyBaseline()
  const baseline = createBaseline(documents, previous)
  await writeBaseline(file, baseline)
  const size = baselineSize(baseline)
  io.stderr(`copydesk: wrote ${name}: ${problems(size.problems)} in ${size.documents} document${size.documents === 1 ? '' : 's'}\n`)
  return applyBaseline(baseline, documents).results
}

function problems(count: number): string {
  return `${count} problem${count === 1 ? '' : 's'}`
}

function noLongerOccur(count: number): string {
  return `${problems(count)} no longer occur${count === 1 ? 's' : ''}`
}
