/**
 * The seed article (seeds/, the README's quick start) under the default configuration: the
 * artifacts family must report its label line and its two spun phrases, and must not call the
 * article truncated.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {createLinter} from '../../../src/engine/linter.js'

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..')
const ARTIFACT_RULES = new Set(['no-scrape-artifact', 'no-truncated-text', 'no-tortured-phrase'])

describe('artifacts family on the seed article', () => {
  it('reports `Description:`, "The proposal was prolonged" and "conciliatory source", as warnings', async () => {
    const [result] = await createLinter({cwd: REPO_ROOT}).lintFiles(['seeds/'])
    const mine = result.messages.filter((message) => ARTIFACT_RULES.has(message.ruleId))
    expect(mine.map((message) => [message.ruleId, message.line, message.actual, message.severity])).toEqual([
      ['no-scrape-artifact', 1, 'Description:', 'warning'],
      ['no-tortured-phrase', 3, 'The proposal was prolonged', 'warning'],
      ['no-tortured-phrase', 3, 'conciliatory source', 'warning']
    ])
  })
})
