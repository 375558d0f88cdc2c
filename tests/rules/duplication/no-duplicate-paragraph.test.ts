import {describe, expect, it} from 'vitest'
import {createLinter} from '../../../src/engine/linter.js'
import {fixRule, lintRule, ruleTable} from '../../helpers/rule-tester.js'

const LEAD = 'The council approved the new budget on Tuesday after a long debate about school funding.'
const SECOND = 'Opposition members said the cuts to libraries would hurt families in the poorest wards.'
const THIRD = 'The mayor promised to review the library plan before the next meeting in the spring.'
const EDITED_LEAD = 'The council approved the new budget on Monday after a long debate about school funding.'
const TABLE_ROWS = 'Shr loss 18 cts vs profit six cts\n\nShr loss 18 cts vs profit 10 cts'
const CAPTIONS = [
  'Nurse practitioner Capri Reese talks to a patient at Roseland Community Hospital on the Far South Side, Tuesday afternoon, April 28, 2020.',
  'Nurse practitioner Capri Reese writes an email in her office at Roseland Community Hospital on the Far South Side, Tuesday afternoon, April 28, 2020.',
  'Nurse practitioner Capri Reese runs to respond to a code blue at Roseland Community Hospital on the Far South Side, Tuesday afternoon, April 28, 2020.'
]

ruleTable('no-duplicate-paragraph', {
  flagged: [
    {
      text: `${LEAD}\n\n${SECOND}\n\n${LEAD}`,
      actual: [LEAD],
      output: `${LEAD}\n\n${SECOND}`
    },
    {
      // One paragraph per line, as scraped text (and the seed) has it.
      text: `${LEAD}\n${LEAD}\n${SECOND}`,
      actual: [LEAD],
      output: `${LEAD}\n${SECOND}`
    },
    {
      // Equal after normalising case, quote and dash styles, white space and punctuation.
      text: `“It’s over — for now,” said the minister, who had fought the plan for years.\n\n${SECOND}\n\n"It's over - for NOW",   said the minister who had fought the plan for years`,
      actual: [`"It's over - for NOW",   said the minister who had fought the plan for years`]
    },
    {
      // Three copies: both later ones go, in one pass.
      text: `${LEAD}\n\n${LEAD}\n\n${LEAD}\n\n${SECOND}`,
      actual: [LEAD, LEAD],
      output: `${LEAD}\n\n${SECOND}`
    },
    {
      // An edited copy is a near-duplicate: reported, never removed by --fix.
      text: `${LEAD}\n\n${SECOND}\n\n${EDITED_LEAD}`,
      actual: [EDITED_LEAD],
      output: `${LEAD}\n\n${SECOND}\n\n${EDITED_LEAD}`
    },
    {
      // Two of the captions alone look like an edited copy.
      text: CAPTIONS.slice(0, 2).join('\n'),
      actual: [CAPTIONS[1]]
    },
    {text: TABLE_ROWS, options: {nearMinWords: 8}, actual: ['Shr loss 18 cts vs profit 10 cts']},
    {
      text: 'Short line here.\nShort line here.',
      options: {minWords: 3},
      actual: ['Short line here.']
    }
  ],
  accepted: [
    {text: `${LEAD}\n\n${SECOND}\n\n${THIRD}`},
    // Below the minimum length: left to the scrape-artifact rule.
    {text: 'Follow us on Twitter for more.\n\nThe story continues.\n\nFollow us on Twitter for more.'},
    // Near-duplicates off.
    {text: `${LEAD}\n\n${EDITED_LEAD}`, options: {threshold: 1}},
    // List items follow a template: only exact copies count.
    {
      text: '- Tim Dams, Screen International: Film - The Aviator; director - Clint Eastwood; actor - Jamie Foxx.\n- Angie Errigo, Empire: Film - The Aviator; director - Martin Scorsese; actor - Jamie Foxx.'
    },
    // A series from one template (a caption per photo) says something different each time.
    {text: CAPTIONS.join('\n')},
    // Short template lines are compared exactly only.
    {text: TABLE_ROWS},
    // Table rows and headers repeat by design (reuters21578/15871, 15875).
    {text: 'O.O.P.-D       nil      nil       nil     nil\n\nWheat exports rose.\n\nO.O.P.-D       nil      nil       nil     nil'},
    {text: '04/09/87 03/09/87  04/09/87 03/09/87\n\nWheat exports rose.\n\n04/09/87 03/09/87  04/09/87 03/09/87'}
  ]
})

describe('no-duplicate-paragraph: messages', () => {
  it('names the line of the earlier copy and points at it', async () => {
    const text = `Intro line that is not repeated anywhere else at all.\n${SECOND}\n${THIRD}\n${SECOND}`
    const [message] = await lintRule('no-duplicate-paragraph', text)
    expect(message.message).toBe('Duplicate paragraph: repeats the paragraph at line 2')
    expect(message.severity).toBe('error')
    expect(message.line).toBe(4)
    expect(text.slice(message.offset, message.endOffset)).toBe(SECOND)
    expect(message.related).toEqual([expect.objectContaining({line: 2, column: 1, endLine: 2, message: 'the earlier copy'})])
    expect(text.slice(message.related![0].offset, message.related![0].endOffset)).toBe(SECOND)
  })

  it('reports a near-duplicate as a warning with a suggestion and no fix', async () => {
    const [message] = await lintRule('no-duplicate-paragraph', `${LEAD}\n\n${SECOND}\n\n${EDITED_LEAD}`)
    expect(message.message).toMatch(/^Near-duplicate paragraph: repeats the paragraph at line 1 with changes \(\d+% of word trigrams shared\)$/)
    expect(message.severity).toBe('warning')
    expect(message.fix).toBeUndefined()
    expect(message.suggestions).toHaveLength(1)
  })

  it('lets the configuration set the severity of near-duplicates', async () => {
    const [message] = await lintRule('no-duplicate-paragraph', `${LEAD}\n\n${EDITED_LEAD}`, {options: {nearDuplicateSeverity: 'info'}})
    expect(message.severity).toBe('info')
  })

  it('points a near-duplicate at the earlier paragraph it resembles, not at the first one', async () => {
    const text = `${SECOND}\n\n${LEAD}\n\n${THIRD}\n\n${EDITED_LEAD}`
    const [message] = await lintRule('no-duplicate-paragraph', text)
    expect(message.related?.[0].line).toBe(3)
  })

  it('removes a copy opening hard-wrapped wire copy with its separator', async () => {
    const wrapped = '    The company said it has obtained waivers from\nholders of its debentures due March 31, 1993.\n'
    const text = `${wrapped}    It will seek further waivers from the holders\nof its other debt.\n${wrapped}`
    expect(await fixRule('no-duplicate-paragraph', text)).toBe(`${wrapped}    It will seek further waivers from the holders\nof its other debt.\n`)
  })

  it('rejects options outside the schema', async () => {
    const linter = createLinter({config: {extends: [], rules: {'no-duplicate-paragraph': ['error', {threshold: 2}]}}})
    await expect(linter.lintText('Any text.')).rejects.toThrow(/threshold/)
  })
})
