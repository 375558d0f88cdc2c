/**
 * What every encoding rule's metadata shares: the damage is objective, so `error` by default and in
 * the recommended preset, and none of the rules takes options.
 */
import type {RuleMetaInput} from '../../engine/rule.js'

/** The encoding rules take no options. */
export interface EncodingRuleOptions {}

export function encodingRuleMeta(id: string, description: string, {fixable}: {fixable: boolean}): RuleMetaInput<EncodingRuleOptions> {
  return {
    id,
    family: 'encoding',
    description,
    severity: 'error',
    fixable,
    recommended: true,
    schema: {type: 'object', properties: {}, additionalProperties: false},
    defaultOptions: {}
  }
}
