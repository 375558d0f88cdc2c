/**
 * The cross-document stage: every enabled cross-document rule reduces the states of all documents,
 * and their messages are joined per document, in input order. A single run and `merge` both come
 * through here with the same states, so they cannot disagree.
 *
 * Cross-document rules are configured for the archive as a whole (presets and `rules` of the
 * configuration at the working folder; per-file `overrides` do not apply to them): one archive has
 * one notion of "duplicate".
 */
import type {ResolvedConfig} from '../engine/config/types.js'
import type {CrossDocumentRule, DocumentRef, Reducer} from '../engine/cross-document.js'
import {CopydeskError} from '../engine/errors.js'
import {makeResult} from '../engine/messages.js'
import type {LintMessage, Severity} from '../engine/types.js'
import {crossDocumentRules} from '../rules/cross-document/index.js'
import type {CollectorSetting} from './lint-batch.js'
import {archiveResult} from './results.js'
import type {CrossDocumentSettings} from './state-file.js'
import type {ArchiveResult} from './types.js'

export interface EnabledRule {
  rule: CrossDocumentRule
  severity: Severity
  options: unknown
}

/** The cross-document rules a configuration turns on, with their severity and options. */
export function enabledRules(config: ResolvedConfig): EnabledRule[] {
  const enabled: EnabledRule[] = []
  for (const rule of crossDocumentRules) {
    const setting = config.rules[rule.meta.id]
    if (!setting || setting.severity === 'off') continue
    enabled.push({rule, severity: setting.severity, options: {...(rule.meta.defaultOptions as object), ...setting.options}})
  }
  return enabled
}

/** What the workers need to collect states. */
export function collectorSettings(enabled: readonly EnabledRule[]): CollectorSetting[] {
  return enabled.map(({rule, options}) => ({ruleId: rule.meta.id, options}))
}

/** The settings a state file records, so that a merge reduces with exactly what the shards collected for. */
export function settingsRecord(enabled: readonly EnabledRule[]): Record<string, CrossDocumentSettings> {
  const record: Record<string, CrossDocumentSettings> = {}
  for (const {rule, severity, options} of enabled) {
    record[rule.meta.id] = rule.stateFormat === undefined ? {severity, options} : {severity, options, stateFormat: rule.stateFormat}
  }
  return record
}

/** The rules a state file was written for; `file` names it in errors. */
export function rulesFromSettings(record: Record<string, CrossDocumentSettings>, file: string): EnabledRule[] {
  return Object.entries(record).map(([ruleId, settings]) => {
    const rule = crossDocumentRules.find((candidate) => candidate.meta.id === ruleId)
    if (!rule) throw new CopydeskError(`${file}: holds states of the cross-document rule "${ruleId}", which this copydesk does not have`)
    if (settings.stateFormat !== rule.stateFormat) {
      throw new CopydeskError(`${file}: "${ruleId}" states are in format ${String(settings.stateFormat)}; this copydesk reads ${String(rule.stateFormat)}`)
    }
    return {rule, severity: settings.severity, options: settings.options}
  })
}

/**
 * The cross-document stage of one run or merge: every document's states go in as they arrive, in
 * ordinal order, and each enabled rule's reducer takes its own; once all are in, `results` gives one
 * result per document that has messages, in ordinal order.
 */
export class CrossDocumentStage {
  readonly #reducers: Array<EnabledRule & {reducer: Reducer<unknown>}>

  constructor(enabled: readonly EnabledRule[]) {
    this.#reducers = enabled.map((setting) => ({...setting, reducer: setting.rule.reducer(setting.options)}))
  }

  add(ref: DocumentRef, states: Record<string, unknown>): void {
    for (const {rule, reducer} of this.#reducers) {
      const state = states[rule.meta.id]
      if (state !== undefined) reducer.add({ref, state})
    }
  }

  *results(): Generator<ArchiveResult> {
    const streams = this.#reducers.map(({rule, severity, reducer}) => {
      const iterator = reducer.finish()[Symbol.iterator]()
      return {iterator, rule, severity, head: iterator.next()}
    })
    for (;;) {
      let ordinal = Infinity
      let ref: DocumentRef | undefined
      for (const stream of streams) {
        if (!stream.head.done && stream.head.value.ref.ordinal < ordinal) {
          ordinal = stream.head.value.ref.ordinal
          ref = stream.head.value.ref
        }
      }
      if (!ref) return
      const messages: LintMessage[] = []
      for (const stream of streams) {
        while (!stream.head.done && stream.head.value.ref.ordinal === ordinal) {
          for (const message of stream.head.value.messages) messages.push(withSeverity(message, stream.rule, stream.severity))
          stream.head = stream.iterator.next()
        }
      }
      yield archiveResult(ref, 'cross-document', makeResult(messages))
    }
  }
}

/**
 * The configured severity, unless the rule chose another for this message on purpose (as
 * `report({severity})` does for per-document rules): a rule's messages at its default severity
 * follow the configuration.
 */
function withSeverity(message: LintMessage, rule: CrossDocumentRule, configured: Severity): LintMessage {
  return message.severity === rule.meta.severity ? {...message, severity: configured} : message
}
