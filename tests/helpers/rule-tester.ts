/**
 * Shared test helpers for rules: lint a text with one rule alone, and ESLint-style tables of flagged
 * and accepted examples that read like the rule's docs.
 */
import {describe, expect, it} from 'vitest'
import {createLinter} from '../../src/engine/linter.js'
import type {LintMessage, SeveritySetting} from '../../src/engine/types.js'
import type {InputFormat} from '../../src/inputs/types.js'

export interface LintRuleOptions {
  options?: Record<string, unknown>
  severity?: SeveritySetting
  path?: string
  format?: InputFormat
}

/** Messages of rule `id` alone (no preset) on `text`. */
export async function lintRule(id: string, text: string, settings: LintRuleOptions = {}): Promise<LintMessage[]> {
  const linter = createLinter({
    config: {extends: [], rules: {[id]: [settings.severity ?? 'error', settings.options ?? {}]}}
  })
  const result = await linter.lintText(text, {path: settings.path, format: settings.format})
  return result.messages.filter((message) => message.ruleId === id)
}

/** Text after every fix of rule `id` alone. */
export async function fixRule(id: string, text: string, settings: LintRuleOptions = {}): Promise<string> {
  const linter = createLinter({config: {extends: [], rules: {[id]: [settings.severity ?? 'error', settings.options ?? {}]}}})
  return (await linter.fixText(text, {path: settings.path, format: settings.format})).output
}

export interface FlaggedCase {
  text: string
  /** The flagged spans, in order (`text.slice(offset, endOffset)`). */
  actual: string[]
  options?: Record<string, unknown>
  /** Expected first replacement per message, where the rule offers one. */
  expected?: Array<string | undefined>
  /** The text after `--fix`, when the rule fixes it. */
  output?: string
}

export interface AcceptedCase {
  text: string
  options?: Record<string, unknown>
}

/** A table of flagged and accepted examples for one rule. */
export function ruleTable(id: string, cases: {flagged: FlaggedCase[]; accepted: AcceptedCase[]}): void {
  describe(`${id}: flagged`, () => {
    for (const testCase of cases.flagged) {
      it(JSON.stringify(testCase.text).slice(0, 90), async () => {
        const messages = await lintRule(id, testCase.text, {options: testCase.options})
        expect(messages.map((message) => testCase.text.slice(message.offset, message.endOffset))).toEqual(testCase.actual)
        if (testCase.expected) expect(messages.map((message) => message.expected?.[0])).toEqual(testCase.expected)
        if (testCase.output !== undefined) expect(await fixRule(id, testCase.text, {options: testCase.options})).toBe(testCase.output)
      })
    }
  })
  describe(`${id}: accepted`, () => {
    for (const testCase of cases.accepted) {
      it(JSON.stringify(testCase.text).slice(0, 90), async () => {
        expect(await lintRule(id, testCase.text, {options: testCase.options})).toEqual([])
      })
    }
  })
}
