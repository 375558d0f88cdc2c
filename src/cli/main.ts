/**
 * The CLI as a function: `main(argv, io)` resolves with the exit code and touches the process only
 * through `io`, so tests run it in-process. A run is four steps, each its own module: parse the
 * arguments (options.ts), pick the mode the flags ask for and run it (list-rules, print-config,
 * lint/fix), which reports (report.ts) and yields the exit code (exit-codes.ts). A new mode is one
 * more line in `runMode`.
 *
 * Errors a user can act on (`CopydeskError`: configuration, usage) and I/O errors print their message
 * and exit 2. Anything else is a bug in copydesk: it gets one line too, and its stack only on request.
 */
import {inspect} from 'node:util'
import {CopydeskError} from '../engine/errors.js'
import {archiveCommand, isArchiveRun, mergeCommand} from './archive-command.js'
import {ExitCode} from './exit-codes.js'
import {initConfig} from './init.js'
import {processIo, type CliIo} from './io.js'
import {lintCommand} from './lint-command.js'
import {listRules} from './list-rules.js'
import {parseArguments, type CliOptions} from './options.js'
import {printConfig} from './print-config.js'

export type {CliIo} from './io.js'
export {ExitCode} from './exit-codes.js'

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<ExitCode> {
  try {
    const merging = argv[0] === 'merge'
    const parsed = parseArguments(merging ? argv.slice(1) : argv, io)
    if ('exitCode' in parsed) return parsed.exitCode
    if (merging) return await mergeCommand(parsed.options, io)
    return await runMode(parsed.options, io)
  } catch (error) {
    io.stderr(describeFailure(error, io))
    return ExitCode.failure
  }
}

function runMode(options: CliOptions, io: CliIo): Promise<ExitCode> | ExitCode {
  if (options.listRules) return listRules(options, io)
  if (options.init) return initConfig(options, io)
  if (options.printConfig !== undefined) return printConfig(options.printConfig, options, io)
  if (isArchiveRun(options)) return archiveCommand(options, io)
  return lintCommand(options, io)
}

function describeFailure(error: unknown, io: CliIo): string {
  if (error instanceof CopydeskError || isSystemError(error)) return `copydesk: ${error.message}\n`
  // `inspect` shows the stack and, for a RuleError, the crashing rule's own error as `[cause]`.
  const detail = error instanceof Error ? (io.debug ? inspect(error) : error.message) : String(error)
  const hint = io.debug ? '' : ' (set COPYDESK_DEBUG=1 for the stack trace)'
  return `copydesk: unexpected error, please report it: ${detail}${hint}\n`
}

/** Node's I/O errors (ENOENT, EACCES, ENOSPC…) carry a `code` and a message naming the path. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall !== undefined
}
