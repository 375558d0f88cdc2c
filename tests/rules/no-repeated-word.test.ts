import {ruleTable} from '../helpers/rule-tester.js'

ruleTable('no-repeated-word', {
  flagged: [
    {text: 'It was the the best of times.', actual: ['the the'], expected: ['the'], output: 'It was the best of times.'},
    {text: 'And and then it rained.', actual: ['And and'], output: 'And then it rained.'},
    {text: 'He said it it was over, and and left.', actual: ['it it', 'and and'], output: 'He said it was over, and left.'}
  ],
  accepted: [
    {text: 'The best exhibition they had had since the war.'},
    {text: 'He said that that was the end of it.'},
    {text: 'Duran Duran played Wembley.'},
    {text: 'D. D. will pop up with a reply.'},
    {text: 'The end.\n\nThe end of the affair came later.'},
    {text: 'It was the best of times.'}
  ]
})
