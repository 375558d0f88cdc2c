import {describe, expect, it} from 'vitest'
import {lintRule, ruleTable} from '../../helpers/rule-tester.js'

ruleTable('no-html-entity', {
  flagged: [
    {text: 'Fish &amp; chips', actual: ['&amp;'], expected: ['&'], output: 'Fish & chips'},
    {text: 'the communiqu&#233; said', actual: ['&#233;'], expected: ['é'], output: 'the communiqué said'},
    {text: 'it&#x2019;s here and &#8217;quoted&#8217;', actual: ['&#x2019;', '&#8217;', '&#8217;'], output: 'it’s here and ’quoted’'},
    {text: 'ten&nbsp;km', actual: ['&nbsp;'], expected: ['\u00a0']},
    {text: 'Q&amp;amp;A and &amp;quot;this&amp;quot;', actual: ['&amp;amp;', '&amp;quot;', '&amp;quot;'], output: 'Q&A and "this"'},
    {text: 'don#39;t and #8220;quoted#8221;', actual: ['#39;', '#8220;', '#8221;'], output: 'don\'t and “quoted”'},
    {text: 'Mr Blair&#191;s government', actual: ['&#191;'], expected: ["'"], output: "Mr Blair's government"},
    {text: 'a <span class="x">styled</span> word', actual: ['<span class="x">', '</span>']},
    {text: 'Watch: <iframe src=’https://example.com/embed/1′ width=’560′ allowfullscreen></iframe>', actual: ['<iframe src=’https://example.com/embed/1′ width=’560′ allowfullscreen>', '</iframe>']},
    {text: 'video at <a href="http://video.foxnews.com">video.foxnews.com</a>.', actual: ['<a href="http://video.foxnews.com">', '</a>']},
    {text: 'line one<br>line two<p>new paragraph', actual: ['<br>', '<p>']}
  ],
  accepted: [
    {text: 'AT&T and R&D and M&S'},
    {text: 'The made-up &foo; is not an entity.'},
    {text: 'First Union Bancorp <I> said it would buy <IBM> shares.'},
    {text: 'offered 240 mln dlrs by Entertainment Marketing Inc <em>'},
    {text: 'bought <Video Shopping Mall Inc> and <B and R International Inc.>'},
    {text: 'the 2002–03 <…> (SARS) epidemic'},
    {text: 'Embedded: <tweet id="1" author="@x"/> and <tweet/>.'},
    {text: 'Ranked #39; of the list.'}
  ]
})

describe('no-html-entity: fixes', () => {
  it('suggests removing a tag but never removes it automatically', async () => {
    const [message] = await lintRule('no-html-entity', 'a </span> here')
    expect(message.fix).toBeUndefined()
    expect(message.suggestions).toEqual([{start: 2, end: 9, text: ''}])
  })

  it('writes the apostrophe style the document already uses for an entity standing in for one', async () => {
    const [message] = await lintRule('no-html-entity', 'The country’s leader and Blair&#191;s government')
    expect(message.fix).toEqual([{start: 30, end: 36, text: '’'}])
  })
})
