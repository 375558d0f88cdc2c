/**
 * Built-in presets. `recommended` (the default) enables the rules whose metadata says so, at their
 * default severity; `all` enables every rule. Both are derived from rule metadata, so a new rule
 * needs no edit here.
 */
import {ruleCatalog} from '../../rules/index.js'
import type {PresetName, ResolvedConfig} from './types.js'

export const PRESET_NAMES: readonly PresetName[] = ['recommended', 'all']

export function presetConfig(name: PresetName): ResolvedConfig {
  const rules: ResolvedConfig['rules'] = {}
  for (const meta of ruleCatalog) {
    const enabled = name === 'all' || meta.recommended
    rules[meta.id] = {
      severity: enabled ? meta.severity : 'off',
      options: {...(meta.defaultOptions as Record<string, unknown>)}
    }
  }
  return {rules}
}
