import {ruleTable} from '../../helpers/rule-tester.js'

ruleTable('no-repeated-word', {
  flagged: [
    {text: 'It was the the best of times.', actual: ['the the'], expected: ['the'], output: 'It was the best of times.'},
    {text: 'And and then it rained.', actual: ['And and'], output: 'And then it rained.'},
    {text: 'He said it it was over, and and left.', actual: ['it it', 'and and'], output: 'He said it was over, and left.'},
    // A hard-wrapped line break between the copies is still a slip.
    {text: 'The company said\nsaid it would sell the unit.', actual: ['said\nsaid'], output: 'The company said it would sell the unit.'},
    {text: 'Traffic rose 11 pct to to 1.50 billion miles.', actual: ['to to']},
    // The check that lets most documents skip the plugin must not skip these: white space outside
    // ASCII, a first letter outside ASCII, and a letter whose lower case is longer (İ → i̇).
    {text: 'It was the\u00a0the end.', actual: ['the\u00a0the']},
    {text: 'It was the\u2003the end.', actual: ['the\u2003the']},
    // A separator the parser reads as white space that `\s` does not match (NEL): the message names the word.
    {text: 'It was the\u0085the end.', actual: ['the\u0085the'], expected: ['the'], output: 'It was the end.'},
    {text: 'Über über alles.', actual: ['Über über']},
    {text: 'Il était İ i̇ fin.', actual: ['İ i̇']}
  ],
  accepted: [
    // retext-repeated-words' exceptions.
    {text: 'The best exhibition they had had since the war.'},
    {text: 'He said that that was the end of it.'},
    {text: 'Duran Duran played Wembley.'},
    {text: 'D. D. will pop up with a reply.'},
    {text: 'The end.\n\nThe end of the affair came later.'},
    {text: 'It was the best of times.'},
    // Deliberate doubles measured in the shared corpora (legitimate-doubles.ts).
    {text: 'England has done a lot of very very useful work.'},
    {text: 'I scream "no no no no no" until someone tells me.'},
    {text: 'The moment I have been waiting for years came; we were placed in in the past.'},
    {text: 'I would go over there and give her her breakfast.'},
    {text: 'She is the first first lady to be elected.'},
    {text: 'The well is two km south south east of Kerna.'},
    {text: 'Debentures are rated B plus plus (high).'},
    {text: 'We will never ever ever look at you the same.'},
    // Table columns.
    {text: '          CATTLE  CATTLE  CATTLE  HOGS\n TODAY    5,300   700     6,000'},
    {text: 'Over 20,000 tons\tnil\tnil'}
  ]
})
