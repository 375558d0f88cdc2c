import {describe, expect, it} from 'vitest'
import {createLinter} from '../../../src/engine/linter.js'
import {noDuplicateSentence} from '../../../src/rules/duplication/no-duplicate-sentence.js'
import {lintRule, ruleTable} from '../../helpers/rule-tester.js'

const SENTENCE = 'The minister said the plan would cost far more than first thought.'
const PARAGRAPH = `${SENTENCE} Critics called it a waste of public money and time.`

ruleTable('no-duplicate-sentence', {
  flagged: [
    {text: `${SENTENCE} Officials disagreed.\n\nIn a statement, the party replied. ${SENTENCE}`, actual: [SENTENCE]},
    {
      // Compared after normalising case, quotes, dashes and punctuation.
      text: `“It’s a disaster — a total disaster,” he said.\n\nLater, he repeated it. "It's a disaster - a total disaster", he said!`,
      actual: [`"It's a disaster - a total disaster", he said!`]
    },
    {text: 'We will not stop here. We will fight on. We will not stop here.', options: {minWords: 4}, actual: ['We will not stop here.']}
  ],
  accepted: [
    {text: `${SENTENCE}\n\nThe vote is next week. A second vote follows in May.`},
    // Fewer than six words: stock phrases recur honestly.
    {text: 'He said no. She agreed.\n\nThen he said no.'},
    {text: 'Prices rose again. It was the third rise this year.\n\nPrices rose again in May.'},
    // Table rows repeat by design.
    {text: 'Wheat   nil   nil   nil   nil   nil.\n\nCorn rose.\n\nWheat   nil   nil   nil   nil   nil.'}
  ]
})

describe('no-duplicate-sentence: with no-duplicate-paragraph', () => {
  const both = createLinter({config: {extends: [], rules: {'no-duplicate-paragraph': 'error', 'no-duplicate-sentence': 'warning'}}})
  const sentenceOnly = createLinter({config: {extends: [], rules: {'no-duplicate-sentence': 'warning'}}})
  const later = `After a long meeting with union leaders and business groups in the capital, a spokesman was asked about the budget again. ${SENTENCE}`
  const text = `${PARAGRAPH}\n\nThe vote is next week, officials said.\n\n${PARAGRAPH}\n\n${later}`

  it('leaves the sentences of a reported duplicate paragraph to the paragraph rule', async () => {
    const messages = (await both.lintText(text)).messages
    expect(messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['no-duplicate-paragraph', 5],
      ['no-duplicate-sentence', 7]
    ])
  })

  it('reports them itself when the paragraph rule is off', async () => {
    const messages = (await sentenceOnly.lintText(text)).messages
    expect(messages.map((message) => message.line)).toEqual([5, 5, 7])
  })

  it('names the earlier sentence, suggests removing the copy and never fixes it', async () => {
    const [message] = await lintRule('no-duplicate-sentence', `Intro.\n${SENTENCE} Then more.\n${SENTENCE} Officials disagreed.`)
    expect(message.message).toBe('Duplicate sentence: repeats the sentence at line 2')
    expect(noDuplicateSentence.meta.severity).toBe('warning')
    expect(message.related?.[0]).toEqual(expect.objectContaining({line: 2, column: 1, message: 'the earlier copy'}))
    expect(message.fix).toBeUndefined()
    // The copy opens its paragraph: it goes with the space after it.
    expect(message.suggestions).toEqual([{start: message.offset, end: message.endOffset + 1, text: ''}])
  })
})
