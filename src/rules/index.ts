/**
 * The rule registry: every rule copydesk ships, by family. `copydesk/rules` exports this module, so
 * each rule is also available as a unified plugin: `unified().use(retextEnglish).use(noRepeatedWord.plugin)`.
 */
import type {Rule, RuleMeta} from '../engine/rule.js'
import {artifactsRules} from './artifacts/index.js'
import {attributionRules} from './attribution/index.js'
import {crossDocumentRules} from './cross-document/index.js'
import {duplicationRules} from './duplication/index.js'
import {encodingRules} from './encoding/index.js'
import {namesRules} from './names/index.js'

export * from './artifacts/index.js'
export * from './attribution/index.js'
export * from './cross-document/index.js'
export * from './duplication/index.js'
export * from './encoding/index.js'
export * from './names/index.js'

/** Every per-document rule, in a stable order (family, then id). */
export const allRules: readonly Rule[] = [
  ...encodingRules,
  ...duplicationRules,
  ...attributionRules,
  ...namesRules,
  ...artifactsRules
]

const byId = new Map(allRules.map((rule) => [rule.meta.id, rule]))

export function getRule(id: string): Rule | undefined {
  return byId.get(id)
}

/**
 * Metadata of every rule a configuration may name: the per-document rules above and the
 * cross-document rules of the archive stage.
 */
export const ruleCatalog: readonly RuleMeta[] = [...new Set([...allRules, ...crossDocumentRules].map((rule) => rule.meta))]

const catalogById = new Map(ruleCatalog.map((meta) => [meta.id, meta]))

export function getRuleMeta(id: string): RuleMeta | undefined {
  return catalogById.get(id)
}
