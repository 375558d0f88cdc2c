import {describe, expect, it} from 'vitest'
import {stylish} from '../../src/reporters/stylish.js'
import {archiveResult, cleanResult, fatalResult, infoResult, relatedResult, repeatedWordResult} from './results.js'

const ESC = '\u001B['

function lastLine(report: string): string {
  return report.trimEnd().split('\n').at(-1)!
}

describe('stylish', () => {
  it('lists each message under its file with position, severity, message and rule', async () => {
    const report = stylish.format([await repeatedWordResult()], {color: false})
    const lines = report.split('\n')
    expect(lines[0]).toBe('stories/one.txt')
    expect(lines[1]).toMatch(/^1:8-1:15\s+error\s+Unexpected repeated word `the`.*\sno-repeated-word\s+copydesk$/)
    expect(lastLine(report)).toBe('✖ 1 problem (1 error) in 1 of 1 file')
  })

  it('prints exactly one summary line, replacing vfile-reporter\'s byline', async () => {
    const report = stylish.format([await repeatedWordResult(), relatedResult(), cleanResult()], {color: false})
    expect(report.split('\n').filter((line) => /^[✖⚠✔] /.test(line))).toEqual(['✖ 2 problems (1 error, 1 warning) in 2 of 3 files'])
    expect(report).toContain('stories/clean.txt: no issues found')
  })

  it('labels warnings and info, and summarises a clean or info-only run with a tick', () => {
    expect(stylish.format([relatedResult()], {color: false})).toMatch(/5:1-5:22\s+warning\s+This paragraph repeats an earlier one/)
    const info = stylish.format([infoResult()], {color: false})
    expect(info).toMatch(/1:1-1:15\s+info\s+Which officials\?/)
    expect(lastLine(info)).toBe('✔ 1 problem (1 info) in 1 of 1 file')
    expect(lastLine(stylish.format([cleanResult('a.txt'), cleanResult('b.txt')], {color: false}))).toBe('✔ no problems in 2 files')
  })

  it('shows a document that could not be linted as an error line of that file', () => {
    const report = stylish.format([fatalResult(), cleanResult()], {color: false})
    const lines = report.split('\n')
    const header = lines.indexOf('images/photo.txt')
    expect(header).toBeGreaterThanOrEqual(0)
    expect(lines[header + 1]).toMatch(/^\s*error\s+binary file \(NUL bytes at offset 12\)/)
    expect(lastLine(report)).toBe('✖ no problems in 1 file; 1 file could not be linted')
  })

  it('names archive records by archive file, id and line, and counts documents', () => {
    const report = stylish.format([archiveResult()], {color: false})
    expect(report.split('\n')[0]).toBe('archive/news.jsonl#rec-42 (line 3)')
    expect(lastLine(report)).toBe('✖ 1 problem (1 error) in 1 of 1 document')
  })

  it('colours only when asked', async () => {
    const result = await repeatedWordResult()
    expect(stylish.format([result], {color: false})).not.toContain(ESC)
    const coloured = stylish.format([result], {color: true})
    expect(coloured).toContain(ESC)
    expect(lastLine(coloured)).toContain(`${ESC}31m✖`)
  })
})
