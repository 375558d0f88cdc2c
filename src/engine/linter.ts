/**
 * The linter: configuration in, results out. It resolves the configuration for each file (nearest
 * config file, overrides, command-line rule settings), keeps one processor per distinct resolved
 * configuration, and reads files at the edge.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {allRules} from '../rules/index.js'
import {decodeBytes} from '../inputs/decode.js'
import {expandPatterns} from '../inputs/files.js'
import {formatForPath} from '../inputs/index.js'
import type {InputFormat} from '../inputs/types.js'
import {loadConfig, loadConfigFile} from './config/load.js'
import {configKey, resolveConfig} from './config/resolve.js'
import type {Config, LoadedConfig, ResolvedConfig, RuleConfigValue} from './config/types.js'
import {validateConfig} from './config/validate.js'
import {applyFixes} from './fixer.js'
import {lintDocument} from './lint-document.js'
import {makeResult} from './messages.js'
import {createProcessor, type CopydeskProcessor} from './processor.js'
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
  fixText(text: string, options?: LintTextOptions): Promise<FixResult>
  /** The resolved configuration for a file (`--print-config`). */
  configForFile(filePath?: string): Promise<ResolvedConfig>
}

export function createLinter(options: LinterOptions = {}): Linter {
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const processors = new Map<string, CopydeskProcessor>()
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
    const config: Config = commandLineRules ? {...loaded.config, overrides: [...(loaded.config.overrides ?? []), {files: '**', rules: commandLineRules}]} : loaded.config
    return resolveConfig(config, filePath === undefined ? undefined : path.resolve(cwd, filePath), baseDir)
  }

  const processorFor = (config: ResolvedConfig): CopydeskProcessor => {
    const key = configKey(config)
    let processor = processors.get(key)
    if (!processor) {
      processor = createProcessor(config, allRules)
      processors.set(key, processor)
    }
    return processor
  }

  const lintSource = async (source: string, textOptions: LintTextOptions): Promise<LintResult> => {
    const processor = processorFor(await configForFile(textOptions.path))
    return lintDocument(processor, {
      source,
      format: textOptions.format ?? formatForPath(textOptions.path),
      path: textOptions.path,
      id: textOptions.id
    })
  }

  return {
    lintText: (text, textOptions = {}) => lintSource(text, textOptions),

    async lintFiles(patterns) {
      const {files, unmatched} = await expandPatterns(patterns, {cwd})
      const results: LintResult[] = unmatched.map((pattern) =>
        makeResult([], {path: pattern, fatal: {message: 'no such file, or no lintable files match this pattern'}})
      )
      for (const file of files) {
        const displayPath = displayName(cwd, file)
        let bytes: Buffer
        try {
          bytes = await readFile(file)
        } catch (error) {
          results.push(makeResult([], {path: displayPath, fatal: {message: `cannot read file: ${(error as Error).message}`}}))
          continue
        }
        const decoded = decodeBytes(bytes)
        if (!decoded.ok) {
          results.push(makeResult([], {path: displayPath, fatal: {message: decoded.reason}}))
          continue
        }
        results.push(await lintSource(decoded.text, {path: displayPath}))
      }
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

    configForFile
  }
}

function displayName(cwd: string, file: string): string {
  const relative = path.relative(cwd, file)
  return relative && !relative.startsWith('..') ? relative.split(path.sep).join('/') : file
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

