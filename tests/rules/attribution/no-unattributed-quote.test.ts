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
    },
    {
      // Two paragraphs of narrative end the speaker's turn.
      text: 'Results were poor.\n\n"We will not give up," she said.\n\nThe plant closed.\n\nThe union left.\n\n"Nobody here expected this to happen at all."',
      actual: ['"Nobody here expected this to happen at all."']
    },
    {
      // The paragraph before quotes someone, but this quotation follows narrative in its own paragraph.
      text: 'Fiona Deans, the director, said the film was ready.\n\nThe film will be encrypted. "People will see that the picture is a bit clearer now."',
      actual: ['"People will see that the picture is a bit clearer now."']
    },
    {
      // A paragraph about a person before does not lend its person to a quotation after narrative.
      text: 'Mr Dein runs the club.\n\nThe club is funding its move with bank debt. "We have two executives travelling round Japan and China."',
      actual: ['"We have two executives travelling round Japan and China."']
    },
    // A quotation whose words are nowhere else in the text is no pull quote.
    {text: 'Costs rose.\n\n“We are pausing all our new investments this year.”\n\nCosts rose again.', actual: ['“We are pausing all our new investments this year.”']},
    // Wondering is no attribution of the quoted words.
    {
      text: 'The market fell. "It was chaos out there, complete chaos and nobody knew what to do." Investors wondered about the future.',
      actual: ['"It was chaos out there, complete chaos and nobody knew what to do."']
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
    {text: 'Results were poor.\n\n‘This is not the time to do nothing’\n\nVolunteers came anyway.'},
    // A closing mark spaced off still closes the quotation, and the cue after it counts.
    {text: 'Results were poor.\n\n"We had no warning at all from anyone, " said María.'},
    {text: "Results were poor.\n\n''He sees himself as fighting for working people, '' said Mr. Gunnels."},
    // A lost closing mark leaves the cue inside the quotation.
    {text: 'Results were poor.\n\n"There was no education at all for the parents, said Kessel, whose group helps them.'},
    // A citation or a signature after the quotation names its source.
    {text: 'People drink more.\n\n“Sales of alcohol have risen nearly 26% since March.” (Ray A. Smith / Wall Street Journal)'},
    {text: 'Results were poor.\n\n“It is the people who enslave themselves, who cut their own throats”  (27).'},
    {text: 'Results were poor.\n\n“it was surprising to see one group finally stand up for itself.” https://t.co/oFq52 — Mark Krikorian (@MarkSKrikorian)'},
    // A saying, a title or a headline within a sentence is not speech.
    {text: '“If it ain’t broke, don’t fix it” applies to patent law as much as anything else.'},
    {text: 'Results were poor.\n\n‘This is not the time to do nothing’: Volunteers risk lives to deliver food'},
    {text: 'The party campaigned hard.\n\n“Lose safety? Lose work? No to Schengen” (2005) was its slogan.'},
    // A pull quote repeats words of the body.
    {text: 'Results were poor.\n\n“This is not the way you want to see pollution reduced.”\n\nBut certainly, this is not the way you want to see pollution reduced.'},
    // The speaker of the paragraph before goes on (news convention), as does the person a feature paragraph is about.
    {text: 'Sales fell, Zimmer said. His stores pivoted to online sales.\n\n“The clearance section of our website is being shopped quite a bit.”'},
    {text: 'Reese misses the visitors. The unit is quiet.\n\n“Normally patients have a visitor sitting with them.”'},
    {text: 'For dolphin expert Barry McGovern, the explanation is mundane.\n\n“Nothing surprises me with dolphins and their behavior anymore.”'},
    // Inside a paragraph, the sentence just before still gives the speaker.
    {text: 'Fiona Deans, the director, said the film was ready.\n\nShe expects a full house. "People will see that the picture is a bit clearer now."'},
    // An interviewer's question in the paragraph before.
    {text: 'And COVID-19? Another chance for nurses to shine.\n\n“I never called in sick after all of this started.”'},
    // One paragraph of narrative between a speaker's quotations.
    {text: '"I am calling from the campaign. How are you today?" Miller said.\n\nPause.\n\n"Well, you do that! Hillary will appreciate it."'}
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
