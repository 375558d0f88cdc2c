import {describe, expect, it} from 'vitest'
import {makeResult} from '../../src/engine/messages.js'
import {github} from '../../src/reporters/github.js'
import {archiveResult, fatalResult, infoResult, messageAt, relatedResult, repeatedWordResult} from './results.js'

function lines(report: string): string[] {
  return report.split('\n').filter(Boolean)
}

describe('github', () => {
  it('writes an error command with the full position and the rule as title', async () => {
    expect(github.format([await repeatedWordResult()])).toBe(
      '::error file=stories/one.txt,line=1,col=8,endLine=1,endColumn=15,title=no-repeated-word::Unexpected repeated word `the`: remove one occurrence\n'
    )
  })

  it('maps warnings to ::warning and info to ::notice', () => {
    expect(lines(github.format([relatedResult()]))[0]).toMatch(/^::warning file=stories\/dup\.md,line=5,col=1,endLine=5,endColumn=22,title=no-duplicate-paragraph::/)
    expect(lines(github.format([infoResult()]))[0]).toMatch(/^::notice file=stories\/info\.txt,line=1,/)
  })

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const text = 'x'
    const result = makeResult([messageAt(text, 0, 1, {ruleId: 'odd:rule,id', message: '100% sure\r\nnext line :: done'})], {path: 'a,b:c%.txt'})
    expect(github.format([result])).toBe(
      '::error file=a%2Cb%3Ac%25.txt,line=1,col=1,endLine=1,endColumn=2,title=odd%3Arule%2Cid::100%25 sure%0D%0Anext line :: done\n'
    )
  })

  it('reports a document that could not be linted as an error on the file', () => {
    expect(github.format([fatalResult()])).toBe('::error file=images/photo.txt,title=not linted::binary file (NUL bytes at offset 12)\n')
  })

  it('annotates an archive record on the archive file at the record line, with its position in the message', () => {
    expect(github.format([archiveResult()])).toBe(
      '::error file=archive/news.jsonl,line=3,title=no-repeated-word::record rec-42, 1:1-1:8: Unexpected repeated word `The`\n'
    )
  })

  it('leaves out the file for text without a path', () => {
    const result = makeResult([messageAt('a a', 0, 3)])
    expect(github.format([result])).toBe('::error line=1,col=1,endLine=1,endColumn=4,title=no-repeated-word::A problem\n')
  })
})
