/**
 * The report step: format the results with the chosen reporter, send the report to its destination
 * (stdout, stderr for `--fix-dry-run`, or `--output-file`), and decide the exit code. The exit code is
 * computed from every message, before `--quiet` hides warnings, so `--quiet --max-warnings 0` still
 * fails on a warning it does not show.
 */
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {makeResult} from '../engine/messages.js'
import type {LintResult} from '../engine/types.js'
import {format} from '../reporters/index.js'
import {documentName} from '../reporters/document-name.js'
import {exitCodeFor, tally, tooManyWarnings, type ExitCode} from './exit-codes.js'
import type {CliIo} from './io.js'
import type {CliOptions} from './options.js'

export async function deliverReport(
  results: readonly LintResult[],
  options: CliOptions,
  io: CliIo,
  destination: (text: string) => void
): Promise<ExitCode> {
  const counts = tally(results)
  const shown = options.quiet ? results.map(errorsOnly) : results
  const color = options.color && io.color && destination === io.stdout && options.outputFile === undefined
  const report = format(shown, options.format, {color, cwd: io.cwd})
  if (options.outputFile === undefined) destination(report)
  else await writeOutputFile(path.resolve(io.cwd, options.outputFile), report)
  if (!showsFatalResults(options)) echoFatalResults(results, io)
  if (tooManyWarnings(counts, options)) {
    io.stderr(`copydesk: ${counts.warnings} warnings, more than the ${options.maxWarnings} that --max-warnings allows\n`)
  }
  return exitCodeFor(counts, options)
}

function errorsOnly<Result extends LintResult>(result: Result): Result {
  return {...result, ...makeResult(result.messages.filter((message) => message.severity === 'error'))}
}

async function writeOutputFile(file: string, report: string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  await writeFile(file, report)
}

/** Whether the person at the terminal already sees why a file was not linted: the stylish report shows it. */
function showsFatalResults(options: CliOptions): boolean {
  return options.format === 'stylish' && options.outputFile === undefined
}

/**
 * A file that could not be linted makes the run exit 2; when the report goes to a file or is meant for
 * a program, say why on stderr too, so the person looking at the failed hook or CI step sees it.
 */
function echoFatalResults(results: readonly LintResult[], io: CliIo): void {
  for (const result of results) {
    if (result.fatal) io.stderr(`copydesk: ${documentName(result)}: ${result.fatal.message}\n`)
  }
}
