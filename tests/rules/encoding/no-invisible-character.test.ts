import {describe, expect, it} from 'vitest'
import {lintRule, ruleTable} from '../../helpers/rule-tester.js'

ruleTable('no-invisible-character', {
  flagged: [
    {text: 'confine\u200bment and wo\u200drd', actual: ['\u200b', '\u200d'], output: 'confinement and word'},
    {text: 'a father\u001b — then', actual: ['\u001b'], output: 'a father — then'},
    {text: 'red \u001b[31mwarning\u001b[0m text', actual: ['\u001b[31m', '\u001b[0m'], output: 'red warning text'},
    {text: 'Heading\n\n\ufeffThis is a developing story', actual: ['\ufeff'], output: 'Heading\n\nThis is a developing story'},
    {text: 'the administration\u0092s plans', actual: ['\u0092'], expected: ['’'], output: 'the administration’s plans'},
    {text: '\u0084Handwerk bringt dich überall hin\u0093', actual: ['\u0084', '\u0093'], output: '„Handwerk bringt dich überall hin“'},
    {text: 'an undefined\u0081byte', actual: ['\u0081'], output: 'an undefinedbyte'},
    {text: 'cc: \u2066@GovWhitmer\u2069 and \u202eevil', actual: ['\u2066', '\u2069', '\u202e'], output: 'cc: @GovWhitmer and evil'},
    {text: 'page\fbreak', actual: ['\f']}
  ],
  accepted: [
    {text: '\ufeffA byte-order mark at the very start is fine.'},
    {text: 'Tabs\tand\r\nCRLF line ends are text.'},
    {text: 'A zero-width space between words \u200b is harmless, and at a paragraph start:\n\n\u200bThe next one.'},
    {text: 'Emoji sequences: 👩\u200d💻 🏳️\u200d🌈 🏴\u200d☠️'},
    {text: 'Persian: می\u200cخواهم, Devanagari: क्\u200dष'},
    {text: 'Thai uses it as a word break: ภาษา\u200bไทย'}
  ]
})

describe('no-invisible-character: C1 controls inside damage', () => {
  it('leaves a C1 control inside mojibake to no-mojibake', async () => {
    expect(await lintRule('no-invisible-character', 'the authoritiesâ\u0080\u0099 response')).toEqual([])
  })

  it('offers no fix for a C1 control after an undecodable mojibake lead', async () => {
    const [message] = await lintRule('no-invisible-character', 'StefanÂ\u009d')
    expect(message.fix).toBeUndefined()
  })
})
