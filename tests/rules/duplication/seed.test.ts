import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'
import {createLinter} from '../../../src/engine/linter.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const DUPLICATION_RULES = new Set(['no-duplicate-paragraph', 'no-duplicate-sentence', 'no-repeated-word'])

it('reports the repeated paragraph of the seed, and no other duplication', async () => {
  const results = await createLinter({config: {}, cwd: root}).lintFiles(['seeds/'])
  const messages = results.flatMap((result) => result.messages).filter((message) => DUPLICATION_RULES.has(message.ruleId))
  expect(messages.map((message) => [message.ruleId, message.severity, message.line, message.message])).toEqual([
    ['no-duplicate-paragraph', 'error', 8, 'Duplicate paragraph: repeats the paragraph at line 7']
  ])
  expect(messages[0].related).toEqual([expect.objectContaining({line: 7, column: 1})])
  expect(messages[0].fix).toHaveLength(1)
})
