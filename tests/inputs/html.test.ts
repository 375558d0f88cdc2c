import {describe, expect, it} from 'vitest'
import {fixText, lint} from '../../src/index.js'
import {extractHtml} from '../../src/inputs/html.js'

const at = (source: string, message: {offset: number; endOffset: number}) => source.slice(message.offset, message.endOffset)

describe('HTML input', () => {
  it('lints the text of the page and maps positions into the HTML source', async () => {
    const source = '<html><body>\n<p>It was the the <b>best</b> of times.</p>\n</body></html>'
    const result = await lint(source, {path: 'page.html'})
    expect(result.messages).toHaveLength(1)
    const [message] = result.messages
    expect(at(source, message)).toBe('the the')
    expect([message.line, message.column]).toEqual([2, 11])
  })

  it('skips the head, scripts, styles and code', async () => {
    const source =
      '<html><head><title>the the</title><style>a a {}</style></head><body><script>var a = "the the"</script><pre>and and</pre><p>Clean text.</p></body></html>'
    expect((await lint(source, {path: 'page.htm'})).messages).toEqual([])
  })

  it('decodes entities for the rules and keeps positions exact after them', async () => {
    const source = '<p>AT&amp;T &#8217; and and more</p>'
    const result = await lint(source, {path: 'page.html'})
    expect(result.messages.map((message) => at(source, message))).toEqual(['and and'])
    expect(extractHtml(source).text).toContain('AT&T ’ and and more')
  })

  it('treats block elements as paragraphs', () => {
    expect(extractHtml('<div><h1>Title</h1><p>One.</p><ul><li>Two</li></ul></div>').text.split('\n\n').filter(Boolean)).toEqual([
      'Title',
      'One.',
      'Two'
    ])
  })

  it('honours disable comments', async () => {
    const source = '<!-- copydesk-disable-next-line -->\n<p>It is is.</p>\n<p>It goes on and and on.</p>'
    const result = await lint(source, {path: 'page.html'})
    expect(result.messages.map((message) => at(source, message))).toEqual(['and and'])
  })

  it('fixes text inside markup, leaving tags intact', async () => {
    const source = '<p>The <i>cat</i> sat on the the mat.</p>'
    expect((await fixText(source, {path: 'a.html'})).output).toBe('<p>The <i>cat</i> sat on the mat.</p>')
  })
})
