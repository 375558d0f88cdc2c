import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {REPO_ROOT} from '../../../bench/corpora.js'
import {createLinter} from '../../../src/engine/linter.js'
import {encodingRules} from '../../../src/rules/encoding/index.js'
import {ruleTable} from '../../helpers/rule-tester.js'

ruleTable('no-broken-apostrophe', {
  flagged: [
    {text: 'due to Lavrov"s late arrival', actual: ['Lavrov"s'], expected: ["Lavrov's"], output: "due to Lavrov's late arrival"},
    {text: 'We didn"t go and they"re late.', actual: ['didn"t', 'they"re'], output: "We didn't go and they're late."},
    {text: 'the territory?s borders', actual: ['territory?s'], expected: ["territory's"]},
    {text: 'I"m sure I"ll see what you"ve done.', actual: ['I"m', 'I"ll', 'you"ve'], output: "I'm sure I'll see what you've done."},
    {text: 'Mr Blair¿s government', actual: ['Blair¿s'], expected: ["Blair's"]},
    {text: 'Farquharson said 1985"s result', actual: ['1985"s'], expected: ["1985's"]},
    {text: 'BRITAIN"S ECONOMY', actual: ['BRITAIN"S'], expected: ["BRITAIN'S"]},
    {text: 'The country’s rulers and Lavrov"s aide', actual: ['Lavrov"s'], expected: ['Lavrov’s'], output: 'The country’s rulers and Lavrov’s aide'}
  ],
  accepted: [
    {text: 'He said "no" to the plan.'},
    {text: 'A 5" screen and a 12" single.'},
    {text: 'Why? So that we know.'},
    {text: 'See https://www.youtube.com/watch?v=OTbVyBdXXpk for more.'},
    {text: 'Search at example.com/index.php?s=term now.'},
    {text: 'A Taiwanese banker said"It will be a good idea'},
    {text: 'the agreements were rescinded d"in light of this'},
    {text: 'Reuters put "will offer"in the first paragraph.'},
    {text: 'The title "Rescinded"d appears nowhere.'}
  ]
})

describe('no-broken-apostrophe: the seed', () => {
  it('reports the seed\'s broken apostrophes and nothing else from the encoding rules', async () => {
    const linter = createLinter({config: {extends: [], rules: Object.fromEntries(encodingRules.map((rule) => [rule.meta.id, 'error']))}})
    const seedDir = path.join(REPO_ROOT, 'seeds')
    const [result] = await linter.lintFiles([seedDir])
    const found = result.messages.map((message) => `${message.ruleId} ${message.line} ${message.actual}`)
    expect(found).toEqual([
      'no-broken-apostrophe 4 Lavrov"s',
      'no-broken-apostrophe 13 office"s',
      'no-broken-apostrophe 13 administration"s',
      // Not in the issue's list, but as broken as the others: `Imran Khan"s trip`.
      'no-broken-apostrophe 13 Khan"s',
      'no-broken-apostrophe 14 Imran"s',
      'no-broken-apostrophe 16 nation"s',
      'no-broken-apostrophe 18 Imran"s'
    ])
    expect(readFileSync(path.join(seedDir, '000_7530dd861a41d052.txt'), 'utf8')).toContain('Imran Khan"s trip')
  })
})
