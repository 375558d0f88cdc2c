/**
 * copydesk's public API.
 *
 * ```ts
 * import {lint} from 'copydesk'
 * const result = await lint('It was the the best of times.')
 * result.messages[0].ruleId // 'no-repeated-word'
 * ```
 */
export {lint, fixText, createLinter, MAX_FIX_PASSES} from './engine/linter.js'
export type {Linter, LinterOptions, LintTextOptions, FixResult} from './engine/linter.js'
export {loadConfig, loadConfigFile} from './engine/config/load.js'
export {resolveConfig} from './engine/config/resolve.js'
export {validateConfig} from './engine/config/validate.js'
export {presetConfig, PRESET_NAMES} from './engine/config/presets.js'
export type {Config, ConfigOverride, PresetName, ResolvedConfig, RuleConfigValue, LoadedConfig} from './engine/config/types.js'
export {ConfigError, CopydeskError} from './engine/errors.js'
export {applyFixes} from './engine/fixer.js'
export {defineRule, DOCS_BASE_URL} from './engine/rule.js'
export type {Rule, RuleMeta, RuleContext, Report, RuleFamily} from './engine/rule.js'
export {DocumentViews} from './engine/document.js'
export type {Paragraph, Sentence, Word} from './engine/document.js'
export type {Edit, LintMessage, LintResult, RelatedLocation, Severity, SeveritySetting} from './engine/types.js'
export {ruleCatalog as rules, allRules, getRule} from './rules/index.js'
