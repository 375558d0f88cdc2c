/**
 * The default mode: lint (or fix) the inputs named on the command line and report. Inputs are files,
 * folders and globs, plus stdin for `-` or for piped text when no path is given. `--fix` writes files;
 * `--fix-dry-run` puts the diff on stdout and the report of what would remain on stderr (or in
 * `--output-file`), so `copydesk --fix-dry-run docs > fixes.patch` yields a patch `git apply` takes.
 */
import {fixDocument, fixFiles, type FileFixResult} from '../engine/fix-files.js'
import {CopydeskError} from '../engine/errors.js'
import type {LintedDocument} from '../engine/baseline.js'
import {createLinter, type Linter} from '../engine/linter.js'
import {makeResult, ruleCrashResult} from '../engine/messages.js'
import {decodeBytes, type Decoded} from '../inputs/decode.js'
import type {ExitCode} from './exit-codes.js'
import type {CliIo} from './io.js'
import {linterOptions, type CliOptions} from './options.js'
import {deliverReport} from './report.js'
import {applyBaselineOptions, lintFileInputs} from './workflow.js'

interface Inputs {
  patterns: string[]
  stdin: boolean
}

export async function lintCommand(options: CliOptions, io: CliIo): Promise<ExitCode> {
  const inputs = selectInputs(options, io)
  if (options.fix || options.fixDryRun) return fixCommand(inputs, options, io)
  const linter = createLinter(linterOptions(options, io))
  const documents: LintedDocument[] = []
  if (inputs.stdin) documents.push(await lintStdin(linter, options, io))
  if (inputs.patterns.length > 0) documents.push(...(await lintFileInputs(linter, inputs.patterns, options, io)))
  return deliverReport(await applyBaselineOptions(documents, options, io), options, io, io.stdout)
}

function selectInputs(options: CliOptions, io: CliIo): Inputs {
  const patterns = options.patterns.filter((pattern) => pattern !== '-')
  const stdin = patterns.length < options.patterns.length || (options.patterns.length === 0 && io.stdinPiped)
  if (!stdin && patterns.length === 0) {
    throw new CopydeskError('no input: name files, folders or globs to lint, or pipe text on stdin (run copydesk --help for usage)')
  }
  return {patterns, stdin}
}

async function readStdin(io: CliIo): Promise<Decoded> {
  return decodeBytes(await io.readStdin())
}

/** Stdin's result, with its text for `--baseline`. */
async function lintStdin(linter: Linter, options: CliOptions, io: CliIo): Promise<LintedDocument> {
  const decoded = await readStdin(io)
  const path = options.stdinFilename
  if (!decoded.ok) return {result: makeResult([], {path, fatal: {message: decoded.reason}})}
  try {
    return {result: await linter.lintText(decoded.text, {path, sourceEncoding: decoded.encoding}), text: decoded.text}
  } catch (error) {
    // As for a file: a rule that crashed leaves stdin not linted, and the files named with it are still reported.
    return {result: ruleCrashResult(error, path)}
  }
}

async function fixCommand(inputs: Inputs, options: CliOptions, io: CliIo): Promise<ExitCode> {
  const dryRun = options.fixDryRun
  if (inputs.stdin && !dryRun) {
    throw new CopydeskError('--fix cannot write back to stdin; use --fix-dry-run to see the fixes as a diff')
  }
  const results: FileFixResult[] = []
  if (inputs.stdin) {
    const linter = createLinter(linterOptions(options, io))
    results.push((await fixDocument(linter, options.stdinFilename, await readStdin(io), {dryRun})).result)
  }
  if (inputs.patterns.length > 0) results.push(...(await fixFiles(inputs.patterns, {...linterOptions(options, io), dryRun})))
  if (dryRun) {
    io.stdout(results.map((result) => result.diff ?? '').join(''))
    return deliverReport(results, options, io, io.stderr)
  }
  reportFixes(results, io)
  return deliverReport(results, options, io, io.stdout)
}

/** One line on stderr, so `--fix` says what it changed even when the report is machine-readable. */
function reportFixes(results: readonly FileFixResult[], io: CliIo): void {
  const written = results.filter((result) => result.written)
  if (written.length === 0) return
  const fixes = written.reduce((sum, result) => sum + result.fixCount, 0)
  io.stderr(`copydesk: fixed ${fixes} problem${fixes === 1 ? '' : 's'} in ${written.length} file${written.length === 1 ? '' : 's'}\n`)
}
