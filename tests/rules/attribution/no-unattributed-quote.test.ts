import {describe, expect, it} from 'vitest'
import {lintRule, ruleTable} from '../../helpers/rule-tester.js'

ruleTable('no-unattributed-quote', {
  flagged: [
    {text: 'The company had a record year.\n\n"This was our best year ever and we expect more."', actual: ['"This was our best year ever and we expect more."']},
    {text: 'The film will be encrypted. “People will see that the picture is a bit clearer now.”', actual: ['“People will see that the picture is a bit clearer now.”']},
    {
      // News convention: the quotation runs over two paragraphs; only its first paragraph is flagged.
      text: 'The plant closed last week.\n\n"We had no warning at all from anyone.\n\n"It was a shock to every worker here."',
      actual: ['"We had no warning at all from anyone.']
    },
    {text: 'Results were poor.\n\n‘We will not give up on this project now.’', actual: ['‘We will not give up on this project now.’']},
    {text: "Results were poor.\n\n''We will not give up on this project now.''", actual: ["''We will not give up on this project now.''"]},
    {text: 'Results were poor.\n\n“We will not give up on this project now.’’', actual: ['“We will not give up on this project now.’’']},
    {
      // A run of unattributed quotation paragraphs is one defect: only the first is reported.
      text: 'Results were poor.\n\n"We will not give up on this project now."\n\n"We will try again next year with new staff."',
      actual: ['"We will not give up on this project now."']
    }
  ],
  accepted: [
    {text: '"We will not give up on this project now," she said.'},
    {text: 'He added: "We will not give up on this project now."'},
    {text: 'Smith: "We will not give up on this project now."'},
    {text: 'The chairman spoke to staff on Monday.\n\n"We will not give up on this project now."'},
    {text: 'Mr Smith visited the plant on Monday.\n\n"We will not give up on this project now."'},
    {text: 'What comes next for the plant?\n\n"We will not give up on this project now."'},
    {text: 'Following are extracts from the communique.\n\n"The conference noted the continued fall of the dollar."'},
    {text: '“We will not give up on this project now,” she allowed.'},
    {text: 'Bob was a driven man.\n\n: "He must have had an iron will to succeed."'},
    {text: '"We will not give up on this project now." — Jane Smith'},
    {text: 'The plant closed in May, the union said.\n\n"We had no warning at all from anyone.\n\n"It was a shock to every worker here."'},
    {text: '"We had no warning at all from anyone," the union said.\n\n"It was a shock to every worker here."'},
    {text: 'Short quotes are "not speech at all".'},
    {text: 'The so-called "peace dividend of the nineties era" never came.'},
    {text: 'She wrote a book.\n\n"The Rise And Fall Of The Third Reich" was next.'},
    {text: 'The government\'s main problems are "slumping consumption and a contraction in building".'},
    {text: 'The bid came after Lavrov"s late arrival, and the meeting was cancelled by the hosts" office.'},
    {text: 'Their slogan was "Take Back Control Of Our Borders".'},
    {text: 'Results were poor.\n\n‘This is not the time to do nothing’\n\nVolunteers came anyway.'}
  ]
})

describe('no-unattributed-quote: options and messages', () => {
  const text = 'Results were poor.\n\n"We will try again."'

  it('judges quotations of at least minWords words', async () => {
    expect(await lintRule('no-unattributed-quote', text)).toEqual([])
    const [message] = await lintRule('no-unattributed-quote', text, {options: {minWords: 3}})
    expect(message.message).toBe('This quotation has no speaker')
    expect(message.note).toMatch(/who said it/)
  })
})
