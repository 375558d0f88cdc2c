import {mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintRule, ruleTable} from '../../helpers/rule-tester.js'

ruleTable('no-tortured-phrase', {
  flagged: [
    // The seed article's phrases.
    {text: 'The minister met him on Friday, a conciliatory source told The Express Tribune.', actual: ['conciliatory source'], expected: ['diplomatic source']},
    {text: 'The proposal was prolonged by Lavrov during a brief meeting.', actual: ['The proposal was prolonged'], expected: ['The invitation was extended']},
    // Inflections and other forms of a phrase listed once.
    {text: 'Two conciliatory sources said the talks had stalled.', actual: ['conciliatory sources'], expected: ['diplomatic sources']},
    {text: 'Lavrov is prolonging an invitation to his counterpart.', actual: ['prolonging an invitation'], expected: ['extending an invitation']},
    {text: 'Lavrov prolonged the invitation on Friday.', actual: ['prolonged the invitation'], expected: ['extended the invitation']},
    {text: 'The invitation was prolonged on Friday.', actual: ['invitation was prolonged'], expected: ['invitation was extended']},
    {text: 'Invitations were prolonged to all members.', actual: ['Invitations were prolonged'], expected: ['Invitations were extended']},
    {text: 'Three players tried positive for the virus.', actual: ['tried positive for'], expected: ['tested positive for']},
    {text: 'Experts urged social separating in shops.', actual: ['social separating'], expected: ['social distancing']},
    {text: 'CONCILIATORY SOURCE SAYS TALKS STALLED', actual: ['CONCILIATORY SOURCE'], expected: ['DIPLOMATIC SOURCE']},
    // A phrase broken by a hard line wrap is still one phrase.
    {text: 'the fight against counterfeit\nconsciousness in schools', actual: ['counterfeit\nconsciousness'], expected: ['artificial intelligence']},
    // User phrases, inline.
    {text: 'The gathering was held in the capital.', options: {phrases: [{tortured: 'the gathering was held', original: 'the meeting was held'}]}, actual: ['The gathering was held'], expected: ['The meeting was held']},
    // Phrases are found by a rare anchor word; these reach every way a word can hold one.
    {text: 'Officials backed the two-sided gathering on trade.', actual: ['two-sided gathering'], expected: ['bilateral meeting']},
    {text: 'It was a pro-conciliatory source, aides said.', actual: ['conciliatory source'], expected: ['diplomatic source']},
    {text: 'ÉLITE conciliatory sources met.', actual: ['conciliatory sources'], expected: ['diplomatic sources']},
    {text: 'Two big cats were seen.', options: {phrases: [{tortured: 'big cat', original: 'large cat'}]}, actual: ['big cats'], expected: ['large cats']},
    {text: 'The people was counted.', options: {phrases: [{tortured: 'person was counted', original: 'citizen was counted'}]}, actual: ['people was counted'], expected: ['citizen was counted']}
  ],
  accepted: [
    {text: 'A diplomatic source said the invitation was extended by Lavrov.'},
    {text: 'The talks were prolonged by the dispute over the invitation.'},
    {text: 'The conciliatory tone of the source was noted.'},
    {text: 'It was conciliatory. Source material was scarce.'},
    {text: 'Texas joined states suing the administration.'},
    {text: 'Motorists passing toll booths were delayed.'},
    {text: 'They tried positive thinking for a week.'}
  ]
})

describe('no-tortured-phrase: user dictionaries', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copydesk-tortured-'))
  const csv = path.join(dir, 'phrases.csv')
  const json = path.join(dir, 'phrases.json')
  writeFileSync(csv, 'tortured,original\n# science\nprofound learning,deep learning\n"colossal information","big data"\n')
  writeFileSync(json, JSON.stringify({'bosom peril': 'breast cancer'}))

  it('reads CSV and JSON dictionaries given by path', async () => {
    const text = 'Profound learning on colossal information helps spot bosom peril.'
    const messages = await lintRule('no-tortured-phrase', text, {options: {dictionaries: [csv, json]}})
    expect(messages.map((message) => [message.actual, message.expected?.[0]])).toEqual([
      ['Profound learning', 'Deep learning'],
      ['colossal information', 'big data'],
      ['bosom peril', 'breast cancer']
    ])
  })

  it('offers the original as a suggestion, never as an automatic fix', async () => {
    const [message] = await lintRule('no-tortured-phrase', 'A conciliatory source said so.')
    expect(message.suggestions).toEqual([{start: 2, end: 21, text: 'diplomatic source'}])
    expect(message.fix).toBeUndefined()
  })

  it('names the file and the problem when a dictionary is bad', async () => {
    const bad = path.join(dir, 'bad.csv')
    writeFileSync(bad, 'profound learning\n')
    await expect(lintRule('no-tortured-phrase', 'Text.', {options: {dictionaries: [bad]}})).rejects.toThrow(`dictionary ${bad}, row 1`)
    await expect(lintRule('no-tortured-phrase', 'Text.', {options: {dictionaries: [path.join(dir, 'missing.json')]}})).rejects.toThrow(/cannot read dictionary/)
    const text = path.join(dir, 'phrases.txt')
    writeFileSync(text, 'x')
    await expect(lintRule('no-tortured-phrase', 'Text.', {options: {dictionaries: [text]}})).rejects.toThrow(/must be a \.json or \.csv file/)
  })
})
