import {describe, expect, it} from 'vitest'
import {lintRule, ruleTable} from '../../helpers/rule-tester.js'

const OPENING = 'The central bank left interest rates unchanged on Thursday.'

ruleTable('no-truncated-text', {
  flagged: [
    // Cut mid-sentence, on a word that cannot end one.
    {text: `${OPENING}\n\nThe governor said the bank would meet again in`, actual: ['in']},
    {text: `${OPENING}\n\nThe governor met ministers and`, actual: ['and']},
    {text: `${OPENING}\n\nThe governor met the.`, actual: ['the.']},
    // An ellipsis that cuts the text (feeds and extraction benchmarks end bodies so).
    {text: `${OPENING}\n\nAll...`, actual: ['All...']},
    {text: `${OPENING}\n\nAnalysts expected the decision, but the statement that followed…`, actual: ['followed…']},
    // Prose that stops without terminal punctuation, or on a comma.
    {
      text: `${OPENING}\n\nThe decision was widely expected. Markets barely moved after the announcement and the pound held its gains against the dollar throughout the day`,
      actual: ['day']
    },
    {text: `${OPENING}\n\n"You have to recognise that it is a challenge in the climate of the times," he said, adding that the bank would act,`, actual: ['act,']},
    // A cut right after the first word of a sentence, or inside a quotation.
    {text: `${OPENING}\n\nThe decision was widely expected by the markets, he said. Mr`, actual: ['Mr']},
    {text: `${OPENING}\n\n"I think the bank`, actual: ['bank']},
    // Furniture after the cut is passed over: the cut is still found.
    {text: `${OPENING}\n\nThe governor said the bank would meet again in\n\nAdvertisement`, actual: ['in']},
    // A sign-off after a cut does not hide it.
    {text: `${OPENING}\n    The governor said the bank would meet again in\n Reuter\n`, actual: ['in']}
  ],
  accepted: [
    {text: `${OPENING}\n\nThe next meeting is in May.`},
    // Headings and tables in capitals or figures, in any script, end without a full stop.
    {text: `${OPENING}\n\nΣΥΝΕΔΡΙΑΣΗ ΤΗΣ ΒΟΥΛΗΣ the`},
    {text: `${OPENING}\n\n𝟏𝟐 𝟑𝟒 ١٢٣ ٤٥٦ ٧٨٩ with the`},
    {text: `${OPENING}\n\n"We will do what is needed..."`},
    {text: `${OPENING}\n\nThe next meeting is in May.\n Reuter\n`},
    {text: `${OPENING}\n    Net 1.2 mln vs 1.1 mln.        REUTER`},
    {text: `${OPENING}\n\nThe next meeting is in May.\n\n(Reporting by Jane Doe; Editing by John Smith)`},
    {text: `${OPENING}\n\nThe next meeting is in May.\n\n— Charisse Jones`},
    {text: `${OPENING}\n\nThe next meeting is in May.\n\nFollow us on Twitter`},
    {text: `${OPENING}\n\nJane Doe covers the economy. Reach her at jdoe@example.com`},
    {text: `${OPENING}\n\nHalf-Life 2 is out now for the PC`},
    {text: `${OPENING}\n\nTraders work on the floor of the exchange in New York on March 17, 2020. Drew Angerer/Getty Images`},
    {text: `${OPENING}\n\nThe bank will meet again in June. — DP`},
    {text: `${OPENING}\n\nWinners:\n\n- Best film - The Aviator\n\n- Best actor - Jamie Foxx`},
    {text: `${OPENING}\n\nShr 12 cts vs 10 cts\n    Net 1,234,000 vs 1,100,000\n    Revs 12.3 mln vs 11.1 mln`},
    {text: `${OPENING}\n\nThe governor spoke. Watch the full interview below:`},
    {text: `${OPENING}\n\nThe award went to Will`},
    {text: `${OPENING}\n\nThe next meeting is in May. PA`, options: {signOffs: ['PA']}},
    {text: ''}
  ]
})

describe('no-truncated-text: where and how it reports', () => {
  it('reports at the end of the document, once', async () => {
    const text = `${OPENING}\n\nThe governor said the bank would meet again in`
    const messages = await lintRule('no-truncated-text', text)
    expect(messages).toHaveLength(1)
    expect(messages[0].endOffset).toBe(text.length)
    expect(messages[0].message).toBe('Unexpected end of the document after `in`: the last sentence is cut short')
    expect(messages[0].fix).toBeUndefined()
  })

  it('uses the given sign-offs instead of the defaults', async () => {
    const text = `${OPENING}\n\nThe governor said the bank would meet again in\n\nPA`
    expect(await lintRule('no-truncated-text', text, {options: {signOffs: ['PA']}})).toHaveLength(1)
    expect(await lintRule('no-truncated-text', `${OPENING}\n\nPA`, {options: {signOffs: ['PA']}})).toEqual([])
  })
})
