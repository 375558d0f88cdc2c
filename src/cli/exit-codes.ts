/**
 * The CLI's exit codes, in one place so docs/cli.md, the tests and the code cannot disagree. Scripts
 * and hooks branch on them: 1 means "the text has problems", 2 means "copydesk could not do its job"
 * (bad flags, bad configuration, a file it could not read), which a hook must never mistake for clean.
 */
import type {LintResult} from '../engine/types.js'

export const ExitCode = {
  /** No lint errors, and no more warnings than `--max-warnings` allows. */
  ok: 0,
  /** Lint errors, or more warnings than `--max-warnings` allows. */
  problems: 1,
  /** A usage, configuration or I/O error, including any file that could not be read or decoded. */
  failure: 2
} as const

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

export interface ExitPolicy {
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number
  /** Exit 0 even when problems are found (`--exit-zero`); failures still exit 2. */
  exitZero?: boolean
}

export interface Tally {
  errors: number
  warnings: number
  /** Results that could not be linted at all (unreadable, binary, undecodable, unmatched pattern). */
  fatal: number
}

export function tally(results: readonly LintResult[]): Tally {
  const counts: Tally = {errors: 0, warnings: 0, fatal: 0}
  for (const result of results) {
    counts.errors += result.errorCount
    counts.warnings += result.warningCount
    if (result.fatal) counts.fatal++
  }
  return counts
}

/** Whether the warnings exceed `--max-warnings`. */
export function tooManyWarnings(counts: Tally, policy: ExitPolicy): boolean {
  return policy.maxWarnings !== undefined && counts.warnings > policy.maxWarnings
}

/** A fatal result outranks lint problems: a file that was not linted must never pass as clean. */
export function exitCodeFor(counts: Tally, policy: ExitPolicy): ExitCode {
  if (counts.fatal > 0) return ExitCode.failure
  if (policy.exitZero) return ExitCode.ok
  return counts.errors > 0 || tooManyWarnings(counts, policy) ? ExitCode.problems : ExitCode.ok
}
