import {describe, expect, it} from 'vitest'
import {fixText, lint} from '../../src/index.js'
import {extractMarkdown} from '../../src/inputs/markdown.js'

const at = (source: string, message: {offset: number; endOffset: number}) => source.slice(message.offset, message.endOffset)

describe('Markdown input', () => {
  it('lints prose and maps positions into the Markdown source', async () => {
    const source = '# Heading\n\nSome *emphasised* text where the the word repeats.\n'
    const result = await lint(source, {path: 'story.md'})
    expect(result.messages).toHaveLength(1)
    const [message] = result.messages
    expect(at(source, message)).toBe('the the')
    expect([message.line, message.column, message.endLine, message.endColumn]).toEqual([3, 30, 3, 37])
  })

  it('does not lint code blocks, inline code, link targets or bare URLs', async () => {
    const source = [
      'Run `the the` here.',
      '',
      '```',
      'the the code',
      '```',
      '',
      'A [link](https://example.com/the/the) and https://example.com/and/and there.',
      ''
    ].join('\n')
    expect((await lint(source, {path: 'doc.md'})).messages).toEqual([])
  })

  it('maps offsets exactly around escapes and entities', async () => {
    const source = 'Fish \\& chips &amp; the the peas.\n'
    const result = await lint(source, {path: 'menu.md'})
    expect(result.messages.map((message) => at(source, message))).toEqual(['the the'])
  })

  it('keeps separate blocks as separate paragraphs', () => {
    const {text} = extractMarkdown('# Title\n\n- one item\n- two item\n\n> quoted\n')
    expect(text.split('\n\n').filter(Boolean)).toEqual(['Title', 'one item', 'two item', 'quoted'])
  })

  it('fixes in the Markdown source without touching markup', async () => {
    const source = 'It was *the the* best of **times**.\n'
    const fixed = await fixText(source, {path: 'a.md'})
    expect(fixed.output).toBe('It was *the* best of **times**.\n')
  })
})

describe('disable comments in Markdown', () => {
  it('copydesk-disable-next-line silences the named rule on the next line only', async () => {
    const source = '<!-- copydesk-disable-next-line no-repeated-word -->\nIt is is here.\n\nAnd and here.\n'
    const result = await lint(source, {path: 'a.md'})
    expect(result.messages.map((message) => at(source, message))).toEqual(['And and'])
  })

  it('copydesk-disable with no id silences every rule until copydesk-enable', async () => {
    const source = 'One one.\n\n<!-- copydesk-disable -->\n\nTwo two.\n\n<!-- copydesk-enable -->\n\nThree three.\n'
    const result = await lint(source, {path: 'a.md'})
    expect(result.messages.map((message) => at(source, message))).toEqual(['One one', 'Three three'])
  })

  it('a disable for another rule leaves this rule alone', async () => {
    const source = '<!-- copydesk-disable no-mojibake -->\n\nFour four.\n'
    expect((await lint(source, {path: 'a.md'})).messages.map((message) => at(source, message))).toEqual(['Four four'])
  })
})
