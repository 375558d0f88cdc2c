import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  hashString,
  hashTokens,
  hashUint32,
  intersectionSize,
  jaccard,
  normaliseForComparison,
  sequenceHash,
  shingleHashes,
  tokenTable,
  tokensWithin,
  uniqueSorted,
  uniqueSortedInPlace,
  wordTokens
} from '../../src/engine/fingerprint.js'

describe('wordTokens', () => {
  it('folds case, quote and dash styles, punctuation and white space', () => {
    expect(wordTokens('“Don’t—STOP!”   said O’Neill.')).toEqual(['dont', 'stop', 'said', 'oneill'])
    expect(normaliseForComparison('"Don\'t - stop", said O\'Neill')).toBe(normaliseForComparison('“Don’t—STOP!”\n said O’Neill.'))
  })

  it('keeps numbers whole and splits at separators between words', () => {
    expect(wordTokens('1,000 people paid $3.5bn, i.e. a lot; e-mail')).toEqual(['1000', 'people', 'paid', '35bn', 'i', 'e', 'a', 'lot', 'e', 'mail'])
  })

  it('folds accents and compatibility forms', () => {
    expect(wordTokens('Café ﬁnal ＡＢＣ naïve')).toEqual(['cafe', 'final', 'abc', 'naive'])
  })

  it('keeps letters of other scripts', () => {
    expect(wordTokens('Москва и 東京')).toEqual(['москва', 'и', '東京'])
  })

  it('gives nothing for text without letters or digits', () => {
    expect(wordTokens(' — “” … ')).toEqual([])
  })
})

describe('hashing', () => {
  it('is a deterministic unsigned 32-bit hash that depends on the seed', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer(), (value, seed) => {
        const hash = hashString(value, seed)
        expect(hash).toBe(hashString(value, seed))
        expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true)
      })
    )
    expect(hashString('paragraph', 1)).not.toBe(hashString('paragraph', 2))
  })

  it('hashes 32-bit integers to unsigned 32-bit values, one function per seed', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 2 ** 32 - 1}), fc.integer(), (value, seed) => {
        const hash = hashUint32(value, seed)
        expect(hash).toBe(hashUint32(value, seed))
        expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true)
      })
    )
    const consecutive = new Set(Array.from({length: 10_000}, (_, index) => hashUint32(index, 7)))
    expect(consecutive.size).toBe(10_000)
    expect(hashUint32(1, 1)).not.toBe(hashUint32(1, 2))
  })

  it('spreads similar strings apart', () => {
    const hashes = new Set(Array.from({length: 10_000}, (_, index) => hashString(`word${index}`)))
    expect(hashes.size).toBe(10_000)
  })

  it('builds one shingle per run of tokens, in order', () => {
    const tokens = hashTokens(['a', 'b', 'c', 'a', 'b', 'c'])
    const shingles = shingleHashes(tokens, 3)
    expect(shingles).toHaveLength(4)
    expect(shingles[0]).toBe(shingles[3])
    expect(new Set(shingles).size).toBe(3)
    expect(shingleHashes(hashTokens(['c', 'b', 'a']), 3)[0]).not.toBe(shingles[0])
  })

  it('gives a short text one shingle and an empty one none', () => {
    expect(shingleHashes(hashTokens(['a', 'b']), 3)).toHaveLength(1)
    expect(shingleHashes(new Uint32Array(0), 3)).toHaveLength(0)
    expect(() => shingleHashes(hashTokens(['a']), 0)).toThrow(RangeError)
  })
})

/** The tokens the table gives for `[start, end)` of `text`, or undefined when it defers to `wordTokens`. */
function tableTokens(text: string, start: number, end: number): {hashes: number[]; numbers: number} | undefined {
  const table = tokenTable(text)
  const range = tokensWithin(table, start, end)
  if (!range) return undefined
  return {hashes: [...table.hashes.subarray(range.first, range.last)], numbers: table.numbersBefore[range.last] - table.numbersBefore[range.first]}
}

function expectedTokens(passage: string): {hashes: number[]; numbers: number} {
  const tokens = wordTokens(passage)
  return {hashes: [...hashTokens(tokens)], numbers: tokens.filter((token) => /^\d+$/.test(token)).length}
}

describe('tokenTable', () => {
  it('gives the hashes of the word tokens of any passage, without slicing it', () => {
    const text = '“Don’t—STOP!” said O’Neill, paying $3.5bn… for 1,000\u00a0shares – £4 each.'
    expect(tableTokens(text, 0, text.length)).toEqual(expectedTokens(text))
    const start = text.indexOf('said')
    const end = text.indexOf(' for')
    expect(tableTokens(text, start, end)).toEqual(expectedTokens(text.slice(start, end)))
    expect(tableTokens(text, 0, text.length)?.numbers).toBe(2)
  })

  it('defers to wordTokens where it cannot fold a character or a token crosses the edge', () => {
    const text = 'A café in Zürich. Another 3.5 cups.'
    expect(tableTokens(text, 0, text.indexOf('.') + 1)).toBeUndefined()
    expect(tableTokens(text, text.indexOf('Another'), text.indexOf('.5') + 1)).toBeUndefined()
    expect(tableTokens(text, text.indexOf('Another'), text.length)).toEqual(expectedTokens('Another 3.5 cups.'))
  })

  it('agrees with wordTokens on every passage it answers for', () => {
    const alphabet = ['a', 'B', 'z', '0', '7', ' ', "'", '’', '.', ',', '-', '—', '“', '…', '\u00a0', '£', 'é', 'ʼ', '\n', 'İ', 'ﬁ', 'Σ', '½']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), {maxLength: 24}), fc.nat(), fc.nat(), (characters, a, b) => {
        const text = characters.join('')
        const start = text.length === 0 ? 0 : a % text.length
        const end = start + (b % (text.length - start + 1))
        const answer = tableTokens(text, start, end)
        if (answer) expect(answer).toEqual(expectedTokens(text.slice(start, end)))
        // Plain ASCII words and spaces are always answered.
        if (/^[a-z0-9 ]*$/i.test(text) && (start === 0 || text[start - 1] === ' ') && (end === text.length || text[end] === ' ')) expect(answer).toBeDefined()
      }),
      {numRuns: 2000}
    )
  })

  it('hashes equal token sequences alike and different ones apart', () => {
    const form = (text: string) => sequenceHash(hashTokens(wordTokens(text)))
    expect(form('The cat, sat.')).toBe(form('the CAT sat'))
    expect(form('the cat sat')).not.toBe(form('the sat cat'))
    expect(form('the cat sat')).not.toBe(form('the cat sat down'))
  })
})

describe('shingle sets', () => {
  it('computes Jaccard similarity of sorted sets', () => {
    const a = uniqueSorted(Uint32Array.from([5, 1, 3, 3, 9]))
    const b = uniqueSorted(Uint32Array.from([3, 9, 11]))
    expect([...a]).toEqual([1, 3, 5, 9])
    expect([...uniqueSortedInPlace(Uint32Array.from([4, 2, 4, 1]))]).toEqual([1, 2, 4])
    expect(intersectionSize(a, b)).toBe(2)
    expect(jaccard(a, b)).toBe(2 / 5)
    expect(jaccard(a, a)).toBe(1)
    expect(jaccard(new Uint32Array(0), new Uint32Array(0))).toBe(1)
  })

  it('agrees with a Set-based Jaccard', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50)), fc.array(fc.nat(50)), (left, right) => {
        const a = new Set(left)
        const b = new Set(right)
        const shared = [...a].filter((value) => b.has(value)).length
        const union = a.size + b.size - shared
        const expected = union === 0 ? 1 : shared / union
        expect(jaccard(uniqueSorted(Uint32Array.from(left)), uniqueSorted(Uint32Array.from(right)))).toBeCloseTo(expected, 12)
      })
    )
  })
})
