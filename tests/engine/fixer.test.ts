import {describe, expect, it} from 'vitest'
import {applyFixes, fixText} from '../../src/index.js'
import type {LintMessage} from '../../src/index.js'

function message(ruleId: string, fix: LintMessage['fix']): LintMessage {
  return {ruleId, severity: 'error', message: '', line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, url: '', fix}
}

describe('applyFixes', () => {
  it('applies non-overlapping edits and leaves the rest of the text alone', () => {
    const text = 'abcdefghij'
    const applied = applyFixes(text, [message('a', [{start: 1, end: 2, text: 'B'}]), message('b', [{start: 5, end: 7, text: ''}])])
    expect(applied.output).toBe('aBcdehij')
    expect(applied.fixed.map((fixed) => fixed.ruleId)).toEqual(['a', 'b'])
  })

  it('skips a message whose edit overlaps an earlier one, deterministically', () => {
    const text = 'abcdefghij'
    const first = message('z-rule', [{start: 2, end: 5, text: 'X'}])
    const second = message('a-rule', [{start: 4, end: 6, text: 'Y'}])
    const forward = applyFixes(text, [first, second])
    const backward = applyFixes(text, [second, first])
    expect(forward.output).toBe('abXfghij')
    expect(backward.output).toBe(forward.output)
  })

  it('applies all edits of a message or none', () => {
    const text = 'abcdefghij'
    const blocker = message('a', [{start: 0, end: 1, text: 'A'}])
    const pair = message('b', [{start: 0, end: 2, text: ''}, {start: 8, end: 9, text: 'I'}])
    expect(applyFixes(text, [blocker, pair]).output).toBe('Abcdefghij')
  })

  it('treats two insertions at the same point as a conflict', () => {
    const applied = applyFixes('ab', [message('a', [{start: 1, end: 1, text: 'X'}]), message('b', [{start: 1, end: 1, text: 'Y'}])])
    expect(applied.output).toBe('aXb')
  })
})

describe('fixText', () => {
  it('re-lints and repeats until stable, and is idempotent', async () => {
    const once = await fixText('It was the the the best best of times.')
    expect(once.output).toBe('It was the best of times.')
    expect(once.result.messages).toEqual([])
    const twice = await fixText(once.output)
    expect(twice.output).toBe(once.output)
    expect(twice.changed).toBe(false)
  })
})
