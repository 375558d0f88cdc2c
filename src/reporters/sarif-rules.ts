/**
 * SARIF rule descriptors (`tool.driver.rules`), derived entirely from the rule catalog so that every
 * rule, including ones added later, is described the same way: id, descriptions, help and docs link,
 * default level, and tags GitHub code scanning filters by.
 */
import type {ReportingDescriptor} from 'sarif'
import type {RuleMeta} from '../engine/rule.js'
import type {Severity} from '../engine/types.js'

export type SarifLevel = 'error' | 'warning' | 'note'

export const SARIF_LEVELS: Record<Severity, SarifLevel> = {error: 'error', warning: 'warning', info: 'note'}

export function ruleDescriptor(meta: RuleMeta): ReportingDescriptor {
  const summary = asSentence(meta.description)
  const fixing = meta.fixable ? 'Some of what it reports is repaired by `copydesk --fix`.' : 'It has no automatic fix.'
  const defaults = `Default severity: ${meta.severity}; ${meta.recommended ? 'enabled' : 'not enabled'} by the recommended preset.`
  return {
    id: meta.id,
    shortDescription: {text: meta.description},
    fullDescription: {text: `${summary} A copydesk ${meta.family} rule. ${fixing}`},
    helpUri: meta.url,
    help: {
      text: `${summary}\n\n${defaults} ${fixing}\n\nDocumentation: ${meta.url}`,
      markdown: `${summary}\n\n${defaults} ${fixing}\n\n[Documentation](${meta.url})`
    },
    defaultConfiguration: {level: SARIF_LEVELS[meta.severity], enabled: meta.recommended},
    properties: {tags: ['copydesk', meta.family]}
  }
}

/** Rule descriptions are phrases ("Disallow …"); descriptions in running text end with a full stop. */
function asSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : text + '.'
}
