import {describe, expect, it} from 'vitest'
import {formatJsonlLine, jsonl} from '../../src/reporters/jsonl.js'
import {json} from '../../src/reporters/json.js'
import {makeResult} from '../../src/engine/messages.js'
import {archiveResult, fatalResult, messageAt, relatedResult, repeatedWordResult} from './results.js'

describe('json', () => {
  it('is the array of results, unchanged', async () => {
    const results = [await repeatedWordResult(), relatedResult(), fatalResult(), archiveResult()]
    const output = json.format(results)
    expect(output.endsWith('\n')).toBe(true)
    expect(JSON.parse(output)).toEqual(results)
  })

  it('keeps the documented message fields of a real lint result', async () => {
    const [result] = JSON.parse(json.format([await repeatedWordResult()]))
    expect(result).toEqual({
      path: 'stories/one.txt',
      messages: [
        {
          ruleId: 'no-repeated-word',
          severity: 'error',
          message: 'Unexpected repeated word `the`: remove one occurrence',
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 15,
          offset: 7,
          endOffset: 14,
          actual: 'the the',
          expected: ['the'],
          fix: [{start: 10, end: 14, text: ''}],
          url: 'https://github.com/copydesk/copydesk/blob/main/docs/rules/no-repeated-word.md'
        }
      ],
      errorCount: 1,
      warningCount: 0,
      infoCount: 0
    })
  })

  it('is an empty array for no results', () => {
    expect(json.format([])).toBe('[]\n')
  })
})

describe('jsonl', () => {
  it('writes one result per line', async () => {
    const results = [await repeatedWordResult(), fatalResult(), archiveResult()]
    const lines = jsonl.format(results).split('\n')
    expect(lines.pop()).toBe('')
    expect(lines.map((line) => JSON.parse(line))).toEqual(results)
  })

  it('never splits a result over lines, whatever its text holds', () => {
    const text = 'Line one\r\nline two\u2028three "quoted" \\ \u0000'
    const result = makeResult([messageAt(text, 0, text.length, {message: 'spans\nlines'})], {path: 'a\nb.txt', id: 'x\ny'})
    const line = formatJsonlLine(result)
    expect(line).not.toMatch(/[\r\n]/)
    expect(JSON.parse(line)).toEqual(result)
    expect(jsonl.format([result, result]).split('\n')).toHaveLength(3)
  })
})
