import {ruleTable} from '../../helpers/rule-tester.js'

ruleTable('no-escaped-text', {
  flagged: [
    {text: 'End of story.\\n\\nNext story.', actual: ['\\n\\n'], expected: ['\n\n'], output: 'End of story.\n\nNext story.'},
    {text: 'He said \\"no\\" to it.', actual: ['\\"', '\\"'], output: 'He said "no" to it.'},
    {text: 'It\\\'s here.', actual: ["\\'"], output: "It's here."},
    {text: 'Don\\u2019t go.', actual: ['\\u2019'], expected: ['’'], output: 'Don’t go.'},
    {text: 'Don\\x92t go.', actual: ['\\x92'], expected: ['’'], output: 'Don’t go.'},
    {text: 'Smile \\ud83d\\ude00 now', actual: ['\\ud83d\\ude00'], expected: ['😀']},
    {text: 'Column\\tvalue', actual: ['\\t'], output: 'Column\tvalue'},
    {text: 'Line one.\\r\\nLine two.', actual: ['\\r\\n'], output: 'Line one.\nLine two.'}
  ],
  accepted: [
    {text: 'Files live in C:\\new\\table and \\\\server\\name.'},
    {text: 'The formula uses \\theta and \\nabla.'},
    {text: 'An escaped backslash: \\\\n stays.'},
    {text: 'A price of 40\\% is not an escape.'}
  ]
})
