import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'
import {createLinter} from '../../../src/engine/linter.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

it('reports the four anonymous sources of the seed, the explained one at info, and not the attributed quotation', async () => {
  // The default configuration, as `copydesk seeds/` runs it: line 8 repeats line 7 and is no-duplicate-paragraph's finding.
  const results = await createLinter({config: {}, cwd: root}).lintFiles(['seeds/'])
  const messages = results.flatMap((result) => result.messages)
  const anonymous = messages.filter((message) => message.ruleId === 'no-anonymous-source')
  expect(anonymous.map((message) => [message.line, message.severity, message.actual])).toEqual([
    [3, 'warning', 'a conciliatory source told The Express Tribune'],
    [4, 'warning', 'according to the source'],
    [6, 'warning', 'foreign ministry sources downplayed'],
    [7, 'info', 'the senior foreign office official stressed while seeking anonymity']
  ])
  expect(anonymous[0].message).toBe('The source of this claim is not named (`a conciliatory source`)')
  expect(messages.filter((message) => message.ruleId === 'no-unattributed-quote')).toEqual([])
  expect(messages.filter((message) => message.ruleId === 'no-weasel-attribution')).toEqual([])
})
