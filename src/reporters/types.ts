/**
 * The reporter contract: plain lint results in, one string out. Reporters do no I/O, so the CLI
 * decides where a report goes (stdout, `--output-file`) and the API can format results anywhere.
 */
import type {LintResult} from '../engine/types.js'

export interface FormatOptions {
  /**
   * ANSI colour in the `stylish` report. Defaults to on when stdout is a terminal that supports
   * colour; the CLI passes `false` for `--no-color` and `--output-file`.
   */
  color?: boolean
  /**
   * The folder relative result paths are relative to (the linter's `cwd`). SARIF names it as the
   * `SRCROOT` base of its repo-relative URIs. Defaults to `process.cwd()`.
   */
  cwd?: string
}

export interface Reporter {
  /** The `--format` name. */
  name: string
  /** One line for `--help` and the docs. */
  description: string
  format(results: readonly LintResult[], options?: FormatOptions): string
}
