import {describe, expect, it} from 'vitest'
import {isWhiteSpace, trimmedSpan} from '../../src/engine/characters.js'

describe('isWhiteSpace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const disagreements: number[] = []
    for (let code = 0; code <= 0xffff; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(code)
    }
    expect(disagreements).toEqual([])
  })
})

describe('trimmedSpan', () => {
  it('drops white space at both ends of the span only', () => {
    const text = 'x \u00a0 two words\u3000\n y'
    const [start, end] = trimmedSpan(text, 1, text.length - 1)
    expect(text.slice(start, end)).toBe('two words')
    expect(trimmedSpan(' \t ', 0, 3)).toEqual([3, 3])
  })
})
