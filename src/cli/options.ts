/**
 * The command line, declared with commander: flags, their validation and the help text. Parsing
 * ends in either the options of a run or an exit code (help, version, or a usage error that commander
 * has already printed). A fresh program is built per call so in-process runs never share state.
 */
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import type {RuleConfigValue} from '../engine/config/types.js'
import type {LinterOptions} from '../engine/linter.js'
import {reporterNames} from '../reporters/index.js'
import {ExitCode} from './exit-codes.js'
import type {CliIo} from './io.js'
import {copydeskVersion} from './version.js'

export interface CliOptions {
  /** Files, folders and globs; `-` stands for stdin. */
  patterns: string[]
  format: string
  outputFile?: string
  config?: string
  /** From `--rule id:severity`, applied over every configuration. */
  rules?: Record<string, RuleConfigValue>
  quiet: boolean
  maxWarnings?: number
  color: boolean
  printConfig?: string
  listRules: boolean
  fix: boolean
  fixDryRun: boolean
  exitZero: boolean
  stdinFilename?: string
  /** `--init`: write a starter copydesk.config.json. */
  init: boolean
  /** `--baseline FILE`: report only problems the baseline does not list. */
  baseline?: string
  /** `--baseline-write FILE`: record the current problems as the baseline. */
  baselineWrite?: string
  /** `--baseline-prune`: drop the baselined problems that no longer occur from the `--baseline` file. */
  baselinePrune: boolean
  /** `--cache`: reuse the results of unchanged files. */
  cache: boolean
  /** `--cache-location DIR` (implies `--cache`). */
  cacheLocation?: string
  /** What `-` reads: one text document, or a JSON Lines archive (`--stdin-format jsonl`). */
  stdinFormat: 'text' | 'jsonl'
  /** Archive record fields (`--text-field`, `--id-field`, `--title-field`). */
  textField?: string
  idField?: string
  titleField?: string
  /** Archive worker threads (`--jobs N`; default: the number of cores). */
  jobs?: number
  /** `--shard K/N`. */
  shard?: string
  /** `--save-state FILE`: the cross-document state, for `copydesk merge`. */
  saveState?: string
  /** The archive progress bar on a terminal (`--no-progress` turns it off). */
  progress: boolean
}

export type Parsed = {options: CliOptions} | {exitCode: ExitCode}

const EXAMPLES = `
Examples:
  $ copydesk articles/                      lint every .txt, .md and .html file under articles/
  $ copydesk "drafts/**/*.md" --quiet       errors only, from Markdown files matching a glob
  $ cat story.txt | copydesk                lint text piped on stdin
  $ copydesk - --stdin-filename story.md    stdin, read as Markdown and configured like story.md
  $ copydesk --fix articles/                apply every safe fix, then report what is left
  $ copydesk --fix-dry-run articles/ > fixes.patch
                                            the fixes as a unified diff; nothing is changed
  $ copydesk --format sarif --output-file copydesk.sarif .
  $ copydesk --rule no-repeated-word:off --max-warnings 10 articles/
  $ copydesk --print-config articles/story.md
  $ copydesk --cache articles/              a second run re-lints only files that changed
  $ copydesk --baseline-write copydesk-baseline.json articles/
                                            accept the problems there are today
  $ copydesk --baseline copydesk-baseline.json articles/
                                            then report only new ones
  $ copydesk --init                         write a starter copydesk.config.json
  $ copydesk archive.jsonl.gz --format jsonl > report.jsonl
                                            lint an archive (one article per line) on every core
  $ zcat feed.jsonl.gz | copydesk - --stdin-format jsonl --text-field body
  $ copydesk archive.jsonl --shard 2/8 --save-state shard-2.state
  $ copydesk merge shard-*.state            the cross-document report of all 8 shards

Exit codes: 0 clean (warnings within --max-warnings), 1 lint errors or too many warnings,
2 usage, configuration or I/O error (including a file that could not be read or decoded).
Archives: a record that cannot be read exits 1; 2 only when nothing at all could be read.
`

/** The linter settings the flags ask for. */
export function linterOptions(options: CliOptions, io: CliIo): LinterOptions {
  return {configFile: options.config, rules: options.rules, cwd: io.cwd}
}

export function parseArguments(argv: readonly string[], io: CliIo): Parsed {
  const program = buildProgram(io)
  try {
    program.parse([...argv], {from: 'user'})
  } catch (error) {
    if (error instanceof CommanderError) {
      const benign = error.code === 'commander.helpDisplayed' || error.code === 'commander.version'
      return {exitCode: benign ? ExitCode.ok : ExitCode.failure}
    }
    throw error
  }
  const flags = program.opts()
  return {
    options: {
      patterns: program.args,
      format: flags.format,
      outputFile: flags.outputFile,
      config: flags.config,
      rules: flags.rule,
      quiet: flags.quiet === true,
      maxWarnings: flags.maxWarnings,
      color: flags.color !== false,
      printConfig: flags.printConfig,
      listRules: flags.listRules === true,
      fix: flags.fix === true,
      fixDryRun: flags.fixDryRun === true,
      exitZero: flags.exitZero === true,
      stdinFilename: flags.stdinFilename,
      init: flags.init === true,
      baseline: flags.baseline,
      baselineWrite: flags.baselineWrite,
      baselinePrune: flags.baselinePrune === true,
      cache: flags.cache === true,
      cacheLocation: flags.cacheLocation,
      stdinFormat: flags.stdinFormat,
      textField: flags.textField,
      idField: flags.idField,
      titleField: flags.titleField,
      jobs: flags.jobs,
      shard: flags.shard,
      saveState: flags.saveState,
      progress: flags.progress !== false
    }
  }
}

function buildProgram(io: CliIo): Command {
  return new Command('copydesk')
    .description('Lint article text for data-quality problems: mojibake, duplicated paragraphs, unattributed claims, name variants, scrape artifacts.')
    .argument('[paths...]', 'files, folders or globs to lint; "-" reads stdin (as does piped input when no path is given)')
    .addOption(new Option('-f, --format <name>', 'report format').choices(reporterNames).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'use this configuration file instead of searching for one')
    .option('--rule <id:severity>', 'set a rule\'s severity (off, info, warn, error), over any configuration; repeatable', collectRule)
    .option('--quiet', 'report errors only (warnings still count for --max-warnings)')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--no-color', 'no ANSI colour in the report')
    .addOption(new Option('--fix', 'apply every safe fix to the files, then report what is left').conflicts('fixDryRun'))
    .option('--fix-dry-run', 'print the fixes as a unified diff on stdout and change nothing')
    .option('--exit-zero', 'exit 0 even when problems are found (usage, configuration and I/O errors still exit 2)')
    .option('--stdin-filename <path>', 'name for text read from stdin: picks its format and the configuration that applies')
    .addOption(new Option('--baseline <file>', 'report only problems this baseline file does not list, and say how many of its problems are gone').conflicts(['fix', 'fixDryRun']))
    .addOption(new Option('--baseline-write <file>', 'record the problems found as the baseline in this file (other files\' entries are kept)').conflicts(['baseline', 'fix', 'fixDryRun']))
    .option('--baseline-prune', 'with --baseline: rewrite the baseline without the problems that no longer occur')
    .addOption(new Option('--cache', 'reuse the results of files whose text and configuration are unchanged').conflicts(['fix', 'fixDryRun']))
    .addOption(new Option('--cache-location <dir>', 'folder of the cache (implies --cache; default node_modules/.cache/copydesk)').conflicts(['fix', 'fixDryRun']))
    .addOption(new Option('--stdin-format <format>', 'what "-" reads: one text document, or a JSON Lines archive').choices(['text', 'jsonl']).default('text'))
    .option('--text-field <name>', 'archives: the record field holding the text (default: text)')
    .option('--id-field <name>', 'archives: the record field holding the id (default: id, else the line number)')
    .option('--title-field <name>', 'archives: the record field holding the headline, carried into the report')
    .option('--jobs <n>', 'archives: worker threads (default: the number of cores)', parsePositive)
    .option('--shard <K/N>', 'archives: lint only every N-th record, starting with the K-th (combine shards with copydesk merge)')
    .option('--save-state <file>', 'archives: save the cross-document state (duplicates, names) for copydesk merge')
    .option('--no-progress', 'archives: no progress bar on stderr')
    .option('--init', 'write a starter copydesk.config.json in the current folder (never overwrites), and exit')
    .option('--print-config <file>', 'print the configuration that applies to a file, and exit')
    .option('--list-rules', 'list every rule with its default severity, fixability and description, and exit')
    .version(copydeskVersion(), '-v, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run copydesk --help for usage)')
    .exitOverride()
    .configureOutput({writeOut: io.stdout, writeErr: io.stderr})
}

/**
 * `--rule id:severity`, or `--rule 'id:["warn", {...options}]'` with a JSON value for options. The
 * rule id and severity are validated with the configuration, which names `--rule` in its errors.
 */
function collectRule(value: string, previous: Record<string, RuleConfigValue> = {}): Record<string, RuleConfigValue> {
  const colon = value.indexOf(':')
  const id = value.slice(0, colon).trim()
  const setting = value.slice(colon + 1).trim()
  if (colon < 1 || setting === '') throw new InvalidArgumentError('expected id:severity, such as no-repeated-word:off')
  return {...previous, [id]: setting.startsWith('[') ? parseJsonSetting(setting) : parseSeverity(setting)}
}

/** Numeric severities (`0`, `1`, `2`) are numbers in configuration files, so here too. */
function parseSeverity(setting: string): RuleConfigValue {
  return (/^\d$/.test(setting) ? Number(setting) : setting) as RuleConfigValue
}

function parseJsonSetting(setting: string): RuleConfigValue {
  try {
    return JSON.parse(setting) as RuleConfigValue
  } catch (error) {
    throw new InvalidArgumentError(`the value after ":" is not valid JSON (${(error as Error).message})`)
  }
}

function parsePositive(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new InvalidArgumentError('expected a whole number of 1 or more')
  return Number(value)
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number of 0 or more')
  return Number(value)
}
