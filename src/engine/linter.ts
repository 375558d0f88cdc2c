/**
 * The linter: configuration in, results out. It resolves the configuration for each file (nearest
 * config file, overrides, command-line rule settings), keeps one processor per distinct resolved
 * configuration, and reads files at the edge.
 */
import path from 'node:path'
import {allRules} from '../rules/index.js'
import {formatForPath} from '../inputs/index.js'
import {readInputFiles, type InputFile} from '../inputs/read-files.js'
import type {InputFormat} from '../inputs/types.js'
import {loadConfig, loadConfigFile} from './config/load.js'
import {applyRules, resolveConfig} from './config/resolve.js'
import type {Config, LoadedConfig, ResolvedConfig, RuleConfigValue} from './config/types.js'
import {validateConfig} from './config/validate.js'
import {applyFixes} from './fixer.js'
import {lintDocument} from './lint-document.js'
import {lintInputFile} from './lint-documents.js'
import {processorCache} from './processor.js'
import type {LintResult} from './types.js'

export interface LinterOptions {
  /** Inline configuration; when given, no configuration file is searched for. */
  config?: Config
  /** A configuration file to use instead of discovery (`--config`). */
  configFile?: string
  /** Rule settings applied last, over any configuration (`--rule id:severity`). */
  rules?: Record<string, RuleConfigValue>
  /** Folder that relative paths and globs are resolved against. Defaults to `process.cwd()`. */
  cwd?: string
}

export interface LintTextOptions {
  /** Path of the document: picks the input format and the configuration overrides that apply. */
  path?: string
  /** Record id, for documents from an archive. */
  id?: string
  /** Overrides the format guessed from `path`. */
  format?: InputFormat
  /** The encoding the text was decoded from when the file was not UTF-8 (the `valid-utf8` rule reports it). */
  sourceEncoding?: string
}

export interface FixResult {
  /** The text after every safe fix. */
  output: string
  /** Whether `output` differs from the input. */
  changed: boolean
  /** How many fixes were applied, over all passes. */
  fixCount: number
  /** What is left after fixing. */
  result: LintResult
}

/** Re-lint and fix until nothing changes, at most this many times. */
export const MAX_FIX_PASSES = 10

export interface Linter {
  lintText(text: string, options?: LintTextOptions): Promise<LintResult>
  lintFiles(patterns: string[]): Promise<LintResult[]>
  /**
   * The files `patterns` name, read and decoded, after `.copydeskignore` and the configuration's
   * `ignorePatterns`: what `lintFiles` lints and `fixFiles` fixes.
   */
  readFiles(patterns: readonly string[]): AsyncGenerator<InputFile>
  fixText(text: string, options?: LintTextOptions): Promise<FixResult>
  /** The resolved configuration for a file (`--print-config`). */
  configForFile(filePath?: string): Promise<ResolvedConfig>
}

export function createLinter(options: LinterOptions = {}): Linter {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const configsByDir = new Map<string, Promise<LoadedConfig>>()
  const commandLineRules = options.rules ? validateConfig({rules: options.rules}, '--rule').rules : undefined
  let named: Promise<LoadedConfig> | undefined

  const loadedFor = (filePath: string | undefined): Promise<LoadedConfig> => {
    if (options.config) return Promise.resolve({config: validateConfig(options.config, 'options.config')})
    if (options.configFile) return (named ??= loadConfigFile(path.resolve(cwd, options.configFile)))
    const dir = filePath ? path.dirname(path.resolve(cwd, filePath)) : cwd
    let loaded = configsByDir.get(dir)
    if (!loaded) {
      loaded = loadConfig(dir)
      configsByDir.set(dir, loaded)
    }
    return loaded
  }

  const configForFile = async (filePath?: string): Promise<ResolvedConfig> => {
    const loaded = await loadedFor(filePath)
    const baseDir = loaded.filepath ? path.dirname(loaded.filepath) : cwd
    const resolved = resolveConfig(loaded.config, filePath === undefined ? undefined : path.resolve(cwd, filePath), baseDir)
    // `--rule` wins over presets, rules and overrides, for any path: outside the configuration's
    // folder too, and for stdin without a name (where no override applies).
    if (commandLineRules) applyRules(resolved, commandLineRules)
    return resolved
  }

  const processorFor = processorCache(allRules)

  async function* readFiles(patterns: readonly string[]): AsyncGenerator<InputFile> {
    const {config} = await loadedFor(undefined)
    yield* readInputFiles(patterns, cwd, config.ignorePatterns)
  }

  const lintSource = async (source: string, textOptions: LintTextOptions): Promise<LintResult> => {
    const processor = processorFor(await configForFile(textOptions.path))
    return lintDocument(processor, {
      source,
      format: textOptions.format ?? formatForPath(textOptions.path),
      path: textOptions.path,
      id: textOptions.id,
      sourceEncoding: textOptions.sourceEncoding
    })
  }

  const linter: Linter = {
    lintText: (text, textOptions = {}) => lintSource(text, textOptions),

    async lintFiles(patterns) {
      const results: LintResult[] = []
      for await (const input of readFiles(patterns)) results.push((await lintInputFile(linter, input)).result)
      return results
    },

    async fixText(text, textOptions = {}) {
      let output = text
      let fixCount = 0
      let result = await lintSource(output, textOptions)
      for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
        const applied = applyFixes(output, result.messages)
        if (applied.fixed.length === 0 || applied.output === output) break
        output = applied.output
        fixCount += applied.fixed.length
        result = await lintSource(output, textOptions)
      }
      return {output, changed: output !== text, fixCount, result}
    },

    readFiles,

    configForFile
  }
  return linter
}

/** Lint one document with the default (or given) configuration. */
export async function lint(text: string, options: LintTextOptions & LinterOptions = {}): Promise<LintResult> {
  const {path: filePath, id, format, ...linterOptions} = options
  return createLinter({config: {}, ...linterOptions}).lintText(text, {path: filePath, id, format})
}

/** Apply every safe fix of the enabled rules to one document. */
export async function fixText(text: string, options: LintTextOptions & LinterOptions = {}): Promise<FixResult> {
  const {path: filePath, id, format, ...linterOptions} = options
  return createLinter({config: {}, ...linterOptions}).fixText(text, {path: filePath, id, format})
}

