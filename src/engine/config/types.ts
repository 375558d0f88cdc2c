import type {Severity, SeveritySetting} from '../types.js'

export type PresetName = 'recommended' | 'all'

/** A rule's entry in `rules`: a severity, or `[severity, options]`. */
export type RuleConfigValue = SeveritySetting | [SeveritySetting, Record<string, unknown>?]

export interface ConfigOverride {
  /** Globs, relative to the configuration file's folder (a pattern without `/` matches any base name). */
  files: string | string[]
  excludedFiles?: string | string[]
  rules?: Record<string, RuleConfigValue>
}

/** Configuration as a user writes it (copydesk.config.json, .copydeskrc, package.json#copydesk). */
export interface Config {
  /** Preset(s) to start from; `recommended` when omitted. */
  extends?: PresetName | PresetName[]
  rules?: Record<string, RuleConfigValue>
  overrides?: ConfigOverride[]
  /** Extra ignore patterns (gitignore syntax), as in `.copydeskignore`. */
  ignorePatterns?: string[]
}

export interface ResolvedRuleSetting {
  severity: Severity | 'off'
  options: Record<string, unknown>
}

/** The configuration that applies to one file: every known rule with its severity and options. */
export interface ResolvedConfig {
  rules: Record<string, ResolvedRuleSetting>
}

/** A configuration together with where it came from. */
export interface LoadedConfig {
  config: Config
  /** Absolute path of the file it was read from; undefined for the built-in default. */
  filepath?: string
}
