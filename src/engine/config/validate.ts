/**
 * Configuration validation with ajv: first the shape of the file, then every rule entry against the
 * rule's own options schema. Errors name the file, the key and what was expected, so a typo in a rule
 * id or an option is found at load time, not as a silently ignored setting.
 */
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import {distance as editDistance} from 'fastest-levenshtein'
import {getRuleMeta, ruleCatalog} from '../../rules/index.js'
import {ConfigError} from '../errors.js'
import {isSeveritySetting} from '../severity.js'
import {PRESET_NAMES} from './presets.js'
import type {Config} from './types.js'

const ajv = new Ajv({allErrors: false, strict: false, useDefaults: false})

const ruleMap = {type: 'object', additionalProperties: true}
const globs = {anyOf: [{type: 'string'}, {type: 'array', items: {type: 'string'}}]}

const validateShape = ajv.compile({
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {type: 'string'},
    // JSON has no comments: `copydesk --init` writes its notes here, one string per line.
    $comment: {anyOf: [{type: 'string'}, {type: 'array', items: {type: 'string'}}]},
    extends: {anyOf: [{enum: PRESET_NAMES}, {type: 'array', items: {enum: PRESET_NAMES}}]},
    rules: ruleMap,
    ignorePatterns: {type: 'array', items: {type: 'string'}},
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {files: globs, excludedFiles: globs, rules: ruleMap}
      }
    }
  }
})

const optionValidators = new Map<string, ValidateFunction>()

function optionsValidator(id: string, schema: object): ValidateFunction {
  let validate = optionValidators.get(id)
  if (!validate) {
    validate = ajv.compile(schema)
    optionValidators.set(id, validate)
  }
  return validate
}

/** Throws a `ConfigError` for the first problem in `config`; returns it typed otherwise. */
export function validateConfig(config: unknown, file: string): Config {
  if (!validateShape(config)) throw shapeError(validateShape.errors?.[0], file)
  const typed = config as Config
  validateRules(typed.rules, file, 'rules')
  typed.overrides?.forEach((override, index) => validateRules(override.rules, file, `overrides[${index}].rules`))
  return typed
}

function validateRules(rules: Config['rules'], file: string, base: string): void {
  if (!rules) return
  for (const [id, value] of Object.entries(rules)) {
    const key = `${base}["${id}"]`
    const meta = getRuleMeta(id)
    if (!meta) {
      const hint = closestRuleId(id)
      throw new ConfigError(file, key, `unknown rule id${hint ? `; did you mean "${hint}"?` : ''} (see --list-rules)`)
    }
    const [severity, options] = Array.isArray(value) ? value : [value, undefined]
    if (!isSeveritySetting(severity)) {
      throw new ConfigError(
        file,
        key,
        `bad severity ${JSON.stringify(severity)}; expected "off", "info", "warn", "error" (or 0, 1, 2), optionally as [severity, options]`
      )
    }
    if (Array.isArray(value) && value.length > 2) {
      throw new ConfigError(file, key, 'expected [severity] or [severity, options]')
    }
    if (options !== undefined) {
      const validate = optionsValidator(id, meta.schema)
      if (!validate(options)) throw new ConfigError(file, `${key}[1]${errorPath(validate.errors?.[0])}`, describe(validate.errors?.[0]))
    }
  }
}

function shapeError(error: ErrorObject | undefined, file: string): ConfigError {
  return new ConfigError(file, errorPath(error).replace(/^\./, '') || '(root)', describe(error))
}

function errorPath(error: ErrorObject | undefined): string {
  if (!error) return ''
  const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`)).join('')
  return error.keyword === 'additionalProperties' ? `${path}.${String(error.params.additionalProperty)}` : path
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'invalid value'
  switch (error.keyword) {
    case 'additionalProperties':
      return `unknown key; expected one of ${Object.keys((error.parentSchema as {properties?: object})?.properties ?? {}).join(', ')}`
    case 'enum':
      return `expected one of ${(error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`
    case 'anyOf':
      return 'value does not match any allowed form'
    default:
      return `expected ${error.message ?? 'a valid value'}`
  }
}

function closestRuleId(id: string): string | undefined {
  let best: string | undefined
  let bestDistance = Infinity
  for (const meta of ruleCatalog) {
    const distance = editDistance(id, meta.id)
    if (distance < bestDistance) {
      bestDistance = distance
      best = meta.id
    }
  }
  return bestDistance <= 3 ? best : undefined
}
