import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixRule, lintRule, ruleTable} from '../../helpers/rule-tester.js'
import {consistentNameSpelling} from '../../../src/rules/names/index.js'
import {ruleCatalog} from '../../../src/rules/index.js'

const RULE = 'consistent-name-spelling'

ruleTable(RULE, {
  flagged: [
    {
      text: 'Foreign Minister Sergei Lavrov arrived on Monday. Later, Mr Lavrof said the talks had failed. Lavrov left.',
      actual: ['Lavrof'],
      expected: ['Lavrov']
    },
    {text: 'Muammar Gaddafi spoke first. Gaddafi said yes. Later Qaddafi said no.', actual: ['Qaddafi'], expected: ['Gaddafi']},
    {text: 'President Recep Tayyip Erdogan spoke. Then Erdoğan left, and aides said Erdogan was tired.', actual: ['Erdoğan'], expected: ['Erdogan']},
    {text: 'Volodymyr Zelensky thanked allies. Zelensky said more aid was needed, and Zelenskyy left for Paris.', actual: ['Zelenskyy'], expected: ['Zelensky']},
    {text: 'Indian Foreign Minister S Jaishankar met his counterpart. Jaishankar said talks went well. Jaishanker flew home.', actual: ['Jaishanker'], expected: ['Jaishankar']},
    // A sentence-initial misspelling is still a name: it is no English word.
    {text: 'Marat Safin beat Lleyton Hewitt. Safin was delighted. Saffin said he would rest.', actual: ['Saffin'], expected: ['Safin']},
    // The respelled word is reported, not the majority spelling, and with no fix (a suggestion only).
    {text: 'Angela Merkel and Merkel aides met. Merkell said nothing.', actual: ['Merkell'], expected: ['Merkel'], output: 'Angela Merkel and Merkel aides met. Merkell said nothing.'}
  ],
  accepted: [
    // short forms are the same entity, not variants
    {text: 'Pakistani Prime Minister Imran Khan was ousted. Imran said he was innocent. Khan left for Lahore.'},
    {text: 'Foreign Minister Bilawal Bhutto Zardari travelled. Bilawal met his counterparts.'},
    // places and their demonyms
    {text: 'Russia and Russian officials; Pakistan and Pakistani troops; India and Indian voters.'},
    // distinct-but-close names
    {text: 'Iran and Iraq signed a deal. Austria and Australia played. Niger and Nigeria met.'},
    {text: 'Slovenia and Slovakia both joined. Sudan and South Sudan talked.'},
    {text: 'Sergei Lavrov met Svetlana Lavrova, his cousin. Lavrov and Lavrova posed for photographs.'},
    {text: 'Prime Minister Imran Khan met the architect Louis Kahn. Khan said Kahn was a genius.'},
    {text: 'Architect Brian Hassell met Tom Hassel. Hassell said Hassel was late.'},
    {text: 'Mark Kelly and his brother Marc Kelly spoke. Mark said Marc was right.'},
    {text: 'Donald Regan met President Reagan. Regan said Reagan agreed.'},
    // ordinary words that happen to be close
    {text: 'The Life and Death of Peter Sellers won. The film Dead Man Walking did not. Life goes on.'},
    // two spellings each used several times are two names, not a slip
    {text: 'Hoffmann said yes. Hoffman said no. Hoffmann left. Hoffman stayed. Hoffmann returned.'},
    {text: 'Mr Blair, Mr Blair and again Mr Blair.'}
  ]
})

const seed = readFileSync(new URL('../../../seeds/000_7530dd861a41d052.txt', import.meta.url), 'utf8')

describe(`${RULE}: the seed`, () => {
  it('flags `S Jaishanker` on lines 6, 7 and 8 against the house list, fixable to `S. Jaishankar`', async () => {
    const messages = await lintRule(RULE, seed, {options: {names: ['S. Jaishankar']}})
    expect(messages.map((message) => [message.line, message.actual, message.expected?.[0]])).toEqual([
      [6, 'S Jaishanker', 'S. Jaishankar'],
      [7, 'S Jaishanker', 'S. Jaishankar'],
      [8, 'S Jaishanker', 'S. Jaishankar']
    ])
    expect(messages.every((message) => message.severity === 'error' || message.severity === 'warning')).toBe(true)
    const fixed = await fixRule(RULE, seed, {options: {names: ['S. Jaishankar']}})
    expect(fixed).not.toContain('S Jaishanker')
    expect(fixed.split('S. Jaishankar').length - 1).toBe(3)
  })

  it('reports no name message without a house list (Imran/Imran Khan and Bilawal/Bilawal Bhutto Zardari are short forms)', async () => {
    expect(await lintRule(RULE, seed)).toEqual([])
  })
})

describe(`${RULE}: house list`, () => {
  const text = 'Muammar Qaddafi spoke in Tripoli. Qaddafi said the talks were over.'
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-names-'))
  const files = {
    'names.json': JSON.stringify({'Muammar Gaddafi': ['Qaddafi']}),
    'names.yaml': 'Muammar Gaddafi:\n  - Qaddafi\n',
    'names.csv': 'canonical,variant\nMuammar Gaddafi,Qaddafi\n'
  }
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content)

  for (const name of Object.keys(files)) {
    it(`reads ${path.extname(name)} files and fixes to the house spelling`, async () => {
      const options = {names: path.join(dir, name)}
      const messages = await lintRule(RULE, text, {options})
      expect(messages.map((message) => message.actual)).toEqual(['Muammar Qaddafi', 'Qaddafi'])
      expect(await fixRule(RULE, text, {options})).toBe('Muammar Gaddafi spoke in Tripoli. Gaddafi said the talks were over.')
    })
  }

  it('flags the only spelling in an article when it is close to a house spelling', async () => {
    const messages = await lintRule(RULE, 'Talks with Jaishanker went well.', {options: {names: ['S. Jaishankar']}})
    expect(messages.map((message) => [message.actual, message.fix?.[0].text])).toEqual([['Jaishanker', 'Jaishankar']])
  })

  it('accepts the house spelling and its short forms', async () => {
    expect(await lintRule(RULE, 'S. Jaishankar arrived. Jaishankar spoke.', {options: {names: ['S. Jaishankar']}})).toEqual([])
  })

  it('names the file and the problem when the house list cannot be read', async () => {
    const missing = path.join(dir, 'missing.json')
    await expect(lintRule(RULE, text, {options: {names: missing}})).rejects.toThrow(`${missing}: consistent-name-spelling.names: cannot read the house list`)
    const broken = path.join(dir, 'broken.json')
    writeFileSync(broken, '{not json')
    await expect(lintRule(RULE, text, {options: {names: broken}})).rejects.toThrow(`${broken}: consistent-name-spelling.names: cannot parse the house list`)
  })
})

describe(`${RULE}: metadata`, () => {
  it('is a recommended warning, fixable, in the catalog', () => {
    expect(consistentNameSpelling.meta).toMatchObject({severity: 'warning', recommended: true, fixable: true, family: 'names'})
    expect(ruleCatalog.some((meta) => meta.id === RULE)).toBe(true)
  })
})
