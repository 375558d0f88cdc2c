/**
 * The archive mode of the CLI (`copydesk archive.jsonl.gz`, `- --stdin-format jsonl`, `--jobs`,
 * `--shard`, `--save-state`) and `copydesk merge STATE…`: both hand an `ArchiveRun` to the same
 * report step. `--format jsonl` streams one line per result as documents finish, waiting for stdout
 * to drain; every other format gets each document once, its cross-document messages folded in, after
 * the run. The summary goes to stderr, except after a `stylish` report on stdout.
 *
 * Exit codes differ from the file mode in one way: a bad record in an archive of thousands is a
 * problem to fix, not a reason to distrust the run, so unreadable records exit 1; only a run in
 * which nothing at all could be read exits 2.
 */
import {once} from 'node:events'
import {createWriteStream} from 'node:fs'
import {mkdir} from 'node:fs/promises'
import path from 'node:path'
import type {ArchiveRun} from '../archive/archive-run.js'
import {isArchiveName} from '../archive/inputs.js'
import {lintArchive} from '../archive/lint-archive.js'
import {mergeStates} from '../archive/merge.js'
import {progressDisplay} from '../archive/progress.js'
import {formatSummary} from '../archive/summary.js'
import type {ArchiveResult, ArchiveSummary} from '../archive/types.js'
import {CopydeskError} from '../engine/errors.js'
import {makeResult} from '../engine/messages.js'
import {formatJsonlLine} from '../reporters/jsonl.js'
import {format} from '../reporters/index.js'
import {documentName} from '../reporters/document-name.js'
import {ExitCode} from './exit-codes.js'
import type {CliIo} from './io.js'
import {linterOptions, type CliOptions} from './options.js'

/** Whether the command line asks for the archive pipeline. */
export function isArchiveRun(options: CliOptions): boolean {
  const archiveFlags = options.jobs !== undefined || options.shard !== undefined || options.saveState !== undefined
  return archiveFlags || options.stdinFormat === 'jsonl' || options.patterns.some((pattern) => pattern !== '-' && isArchiveName(pattern))
}

/** The inputs: as named, or stdin when it is piped and nothing is named (as in the file mode). */
function archiveInputs(options: CliOptions, io: CliIo): string[] {
  if (options.patterns.length > 0) return options.patterns
  if (io.stdinPiped) return ['-']
  throw new CopydeskError('no input: name archives, files or folders, or pipe JSON Lines on stdin with --stdin-format jsonl')
}

export async function archiveCommand(options: CliOptions, io: CliIo): Promise<ExitCode> {
  const unsupported = [
    ['--fix', options.fix],
    ['--fix-dry-run', options.fixDryRun],
    ['--cache', options.cache || options.cacheLocation !== undefined],
    ['--baseline', options.baseline !== undefined || options.baselineWrite !== undefined]
  ].find(([, used]) => used)
  if (unsupported) throw new CopydeskError(`${unsupported[0]} does not work on archives (JSON Lines input, --jobs, --shard, --save-state)`)
  const inputs = archiveInputs(options, io)
  if (inputs.includes('-') && options.stdinFormat !== 'jsonl') {
    throw new CopydeskError('an archive run reads "-" as JSON Lines only: add --stdin-format jsonl')
  }
  const progress = progressDisplay(io.terminal, options.progress)
  const run = lintArchive({
    ...linterOptions(options, io),
    inputs,
    stdin: io.stdinStream?.() ?? wholeStdin(io),
    fields: {
      ...(options.textField !== undefined && {textField: options.textField}),
      ...(options.idField !== undefined && {idField: options.idField}),
      ...(options.titleField !== undefined && {titleField: options.titleField})
    },
    jobs: options.jobs,
    shard: options.shard,
    saveState: options.saveState,
    onProgress: (state) => progress.update(state)
  })
  try {
    return await reportArchiveRun(run, options, io, progress.stop)
  } finally {
    progress.stop()
  }
}

/** `copydesk merge STATE…`: the cross-document report of the shards whose states are named. */
export async function mergeCommand(options: CliOptions, io: CliIo): Promise<ExitCode> {
  if (options.patterns.length === 0) throw new CopydeskError('merge: name the state files the shards saved with --save-state')
  return reportArchiveRun(mergeStates(options.patterns.map((file) => path.resolve(io.cwd, file))), options, io, () => {})
}

/** How many unreadable records are named on stderr before the rest are only counted. */
const FATAL_ECHO_LIMIT = 20

async function reportArchiveRun(run: ArchiveRun, options: CliOptions, io: CliIo, beforeSummary: () => void): Promise<ExitCode> {
  const fatal: string[] = []
  const noteFatal = (result: ArchiveResult) => {
    if (result.fatal && fatal.length <= FATAL_ECHO_LIMIT) fatal.push(`copydesk: ${documentName(result)}: ${result.fatal.message}\n`)
  }
  const shown = (result: ArchiveResult) => (options.quiet ? {...result, ...makeResult(result.messages.filter((message) => message.severity === 'error'))} : result)
  const destination = await openDestination(options, io)
  if (options.format === 'jsonl') {
    for await (const result of run) {
      noteFatal(result)
      await destination.write(formatJsonlLine(shown(result)) + '\n')
    }
  } else {
    const results = foldCrossDocument(await collect(run))
    results.forEach(noteFatal)
    const color = options.color && io.color && options.outputFile === undefined
    await destination.write(format(results.map(shown), options.format, {color, cwd: io.cwd}))
  }
  await destination.close()
  const summary = await run.summary
  beforeSummary()
  const summaryText = formatSummary(summary)
  if (options.format === 'stylish' && options.outputFile === undefined) io.stdout('\n' + summaryText)
  else io.stderr(summaryText)
  if (options.format !== 'stylish' || options.outputFile !== undefined) {
    for (const line of fatal.slice(0, FATAL_ECHO_LIMIT)) io.stderr(line)
    if (summary.unreadable > FATAL_ECHO_LIMIT) io.stderr(`copydesk: … and ${summary.unreadable - FATAL_ECHO_LIMIT} more records not linted\n`)
  }
  return archiveExitCode(summary, options, io)
}

export function archiveExitCode(summary: ArchiveSummary, options: Pick<CliOptions, 'maxWarnings' | 'exitZero'>, io: CliIo): ExitCode {
  if (summary.unreadable > 0 && summary.unreadable === summary.documents) return ExitCode.failure
  if (options.exitZero) return ExitCode.ok
  const tooManyWarnings = options.maxWarnings !== undefined && summary.warningCount > options.maxWarnings
  if (tooManyWarnings) io.stderr(`copydesk: ${summary.warningCount} warnings, more than the ${options.maxWarnings} that --max-warnings allows\n`)
  return summary.unreadable > 0 || summary.errorCount > 0 || tooManyWarnings ? ExitCode.problems : ExitCode.ok
}

/** Standard input read whole, for an `io` that cannot stream it (tests). */
async function* wholeStdin(io: CliIo): AsyncGenerator<Uint8Array> {
  yield await io.readStdin()
}

async function collect(run: ArchiveRun): Promise<ArchiveResult[]> {
  const results: ArchiveResult[] = []
  for await (const result of run) results.push(result)
  return results
}

/** Each document once, in input order, with its cross-document messages added to its own. */
function foldCrossDocument(results: readonly ArchiveResult[]): ArchiveResult[] {
  const byOrdinal = new Map<number, ArchiveResult>()
  for (const result of results) {
    const earlier = byOrdinal.get(result.ordinal)
    byOrdinal.set(result.ordinal, earlier ? {...earlier, ...makeResult([...earlier.messages, ...result.messages])} : result)
  }
  return [...byOrdinal.values()]
}

interface Destination {
  write(text: string): Promise<void>
  close(): Promise<void>
}

/** Stdout (waiting for it to drain, so a slow reader slows the run instead of filling memory) or `--output-file`. */
async function openDestination(options: CliOptions, io: CliIo): Promise<Destination> {
  if (options.outputFile === undefined) {
    return {
      write: async (text) => {
        io.stdout(text)
        await io.stdoutDrained?.()
      },
      close: async () => {}
    }
  }
  const file = path.resolve(io.cwd, options.outputFile)
  await mkdir(path.dirname(file), {recursive: true})
  const stream = createWriteStream(file)
  let failed: Error | undefined
  stream.on('error', (error) => (failed = error))
  return {
    write: async (text) => {
      if (failed) throw failed
      if (!stream.write(text)) await once(stream, 'drain')
    },
    close: async () => {
      stream.end()
      await once(stream, 'close')
      if (failed) throw failed
    }
  }
}
