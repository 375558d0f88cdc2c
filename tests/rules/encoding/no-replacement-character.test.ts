import {describe, expect, it} from 'vitest'
import {fixRule, lintRule, ruleTable} from '../../helpers/rule-tester.js'

ruleTable('no-replacement-character', {
  flagged: [
    {text: 'Comments may be republished \ufffd email addresses will not be.', actual: ['\ufffd']},
    {text: 'The name was lost: Sloven\ufffd\ufffdina.', actual: ['\ufffd\ufffd']},
    {text: 'Itâ??s classic, and weâ??re done.', actual: ['â??', 'â??']}
  ],
  accepted: [
    {text: 'A plain question?? Or two??'},
    {text: 'Bâtiment, château, pâte.'},
    {text: 'Is it? Really?'}
  ]
})

describe('no-replacement-character: messages', () => {
  it('says the bytes are gone and offers no fix', async () => {
    const [message] = await lintRule('no-replacement-character', 'Sloven\ufffdina')
    expect(message.message).toMatch(/bytes are gone/)
    expect(message.message).toMatch(/cannot be fixed automatically/)
    expect(message.fix).toBeUndefined()
    expect(await fixRule('no-replacement-character', 'Sloven\ufffdina')).toBe('Sloven\ufffdina')
  })

  it('leaves U+FFFD inside mojibake to no-mojibake, which reports the whole span once', async () => {
    expect(await lintRule('no-replacement-character', 'SlovenÄ\ufffdina')).toEqual([])
  })
})
