/**
 * `--print-config FILE`: the configuration that applies to one file after discovery (or `--config`),
 * presets, overrides and `--rule`, which is what a user needs to see when a rule fires, or does not,
 * where they did not expect it.
 */
import {createLinter} from '../engine/linter.js'
import {ExitCode} from './exit-codes.js'
import type {CliIo} from './io.js'
import {linterOptions, type CliOptions} from './options.js'

export async function printConfig(file: string, options: CliOptions, io: CliIo): Promise<ExitCode> {
  const linter = createLinter(linterOptions(options, io))
  io.stdout(JSON.stringify(await linter.configForFile(file), null, 2) + '\n')
  return ExitCode.ok
}
