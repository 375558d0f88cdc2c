/**
 * From a user's configuration to the settings of every rule for one file: presets first, then
 * `rules`, then each matching `overrides` entry in order (later wins), as in ESLint.
 */
import path from 'node:path'
import picomatch from 'picomatch'
import {normaliseSeverity} from '../severity.js'
import {presetConfig} from './presets.js'
import type {Config, ResolvedConfig, RuleConfigValue} from './types.js'

/**
 * @param filePath the file being linted, absolute or relative to `baseDir`; overrides are ignored when undefined.
 * @param baseDir the folder of the configuration file (globs in `overrides` are relative to it).
 */
export function resolveConfig(config: Config, filePath?: string, baseDir = process.cwd()): ResolvedConfig {
  const presets = config.extends === undefined ? ['recommended' as const] : [config.extends].flat()
  const resolved: ResolvedConfig = {rules: {}}
  for (const preset of presets) Object.assign(resolved.rules, presetConfig(preset).rules)
  applyRules(resolved, config.rules)
  if (filePath !== undefined && config.overrides) {
    const relative = toPosix(path.relative(baseDir, path.resolve(baseDir, filePath)))
    for (const override of config.overrides) {
      if (matches(override.files, relative) && !(override.excludedFiles && matches(override.excludedFiles, relative))) {
        applyRules(resolved, override.rules)
      }
    }
  }
  return resolved
}

/** Apply rule settings over `resolved` (in place): a severity alone keeps the options already set. */
export function applyRules(resolved: ResolvedConfig, rules: Record<string, RuleConfigValue> | undefined): void {
  if (!rules) return
  for (const [id, value] of Object.entries(rules)) {
    const [severity, options] = Array.isArray(value) ? value : [value, undefined]
    const previous = resolved.rules[id]
    resolved.rules[id] = {
      severity: normaliseSeverity(severity),
      options: {...previous?.options, ...options}
    }
  }
}

function matches(patterns: string | string[], relative: string): boolean {
  return [patterns].flat().some((pattern) => picomatch(pattern, {dot: true, basename: !pattern.includes('/')})(relative))
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/')
}

/** A stable key for caching processors by configuration. */
export function configKey(config: ResolvedConfig): string {
  return JSON.stringify(Object.entries(config.rules).filter(([, setting]) => setting.severity !== 'off'))
}
