import {SaxesParser} from 'saxes'
import {describe, expect, it} from 'vitest'
import {makeResult} from '../../src/engine/messages.js'
import {junit} from '../../src/reporters/junit.js'
import {archiveResult, cleanResult, fatalResult, infoResult, messageAt, relatedResult, repeatedWordResult} from './results.js'

interface Node {
  name: string
  attributes: Record<string, string>
  children: Node[]
  text: string
}

/** Parse with saxes, a strict XML 1.0 parser: any well-formedness error (bad escaping, characters XML forbids) throws. */
function parseXml(xml: string): Node {
  const parser = new SaxesParser()
  const root: Node = {name: '#document', attributes: {}, children: [], text: ''}
  const stack = [root]
  parser.on('error', (error) => {
    throw error
  })
  parser.on('opentag', (tag) => {
    const node: Node = {name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: ''}
    stack.at(-1)!.children.push(node)
    stack.push(node)
  })
  parser.on('text', (text) => {
    stack.at(-1)!.text += text
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  parser.write(xml).close()
  return root.children[0]
}

function suites(xml: string): Node[] {
  return parseXml(xml).children
}

describe('junit', () => {
  it('has one test suite per file and one failing test case per message', async () => {
    const xml = junit.format([await repeatedWordResult(), cleanResult()])
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true)
    const root = parseXml(xml)
    expect(root.attributes).toEqual({name: 'copydesk', tests: '2', failures: '1', errors: '0'})
    const [linted, clean] = root.children
    expect(linted.attributes).toEqual({name: 'stories/one.txt', tests: '1', failures: '1', errors: '0'})
    const [testCase] = linted.children
    expect(testCase.attributes).toEqual({classname: 'stories/one.txt', name: 'no-repeated-word at 1:8'})
    const [failure] = testCase.children
    expect(failure.name).toBe('failure')
    expect(failure.attributes).toEqual({type: 'error', message: 'Unexpected repeated word `the`: remove one occurrence'})
    expect(failure.text).toContain('1:8-1:15 error: Unexpected repeated word `the`: remove one occurrence (no-repeated-word)')
    expect(clean.children.map((node) => [node.attributes.name, node.children.length])).toEqual([['copydesk', 0]])
  })

  it('marks warnings as failures of type warning and keeps info out of the failures', () => {
    const [warningSuite, infoSuite] = suites(junit.format([relatedResult(), infoResult()]))
    expect(warningSuite.children[0].children[0].attributes.type).toBe('warning')
    expect(infoSuite.attributes.failures).toBe('0')
    const [output] = infoSuite.children[0].children
    expect(output.name).toBe('system-out')
    expect(output.text).toContain('info: Which officials? (unattributed-claim)')
  })

  it('reports a document that could not be linted as an error', () => {
    const [suite] = suites(junit.format([fatalResult()]))
    expect(suite.attributes.errors).toBe('1')
    const [error] = suite.children[0].children
    expect(error.name).toBe('error')
    expect(error.attributes.message).toBe('binary file (NUL bytes at offset 12)')
  })

  it('names an archive record by archive file, id and line', () => {
    expect(suites(junit.format([archiveResult()]))[0].attributes.name).toBe('archive/news.jsonl#rec-42 (line 3)')
  })

  it('escapes markup, quotes and line breaks so they survive a strict parser', () => {
    const message = `Tag <b> & "double" 'single' ]]> end\nsecond line\ttab`
    const result = makeResult([messageAt('x', 0, 1, {message})], {path: 'a&b <c>.txt'})
    const xml = junit.format([result])
    const [suite] = suites(xml)
    expect(suite.attributes.name).toBe('a&b <c>.txt')
    const [failure] = suite.children[0].children
    expect(failure.attributes.message).toBe(message)
    expect(failure.text).toContain(message)
  })

  it('replaces characters XML cannot hold with a visible escape', () => {
    const message = 'NUL\u0000 SOH\u0001 VT\u000B FFFE\uFFFE lone\uD800 pair😀'
    const result = makeResult([messageAt('x', 0, 1, {message})], {path: 'bad\u0007name.txt'})
    const xml = junit.format([result])
    const [suite] = suites(xml)
    const expected = 'NUL\\u0000 SOH\\u0001 VT\\u000B FFFE\\uFFFE lone\\uD800 pair😀'
    expect(suite.attributes.name).toBe('bad\\u0007name.txt')
    expect(suite.children[0].children[0].attributes.message).toBe(expected)
    expect(suite.children[0].children[0].text).toContain(expected)
  })
})
