import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  hashString,
  hashTokens,
  hashUint32,
  intersectionSize,
  jaccard,
  normaliseForComparison,
  shingleHashes,
  uniqueSorted,
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

describe('shingle sets', () => {
  it('computes Jaccard similarity of sorted sets', () => {
    const a = uniqueSorted(Uint32Array.from([5, 1, 3, 3, 9]))
    const b = uniqueSorted(Uint32Array.from([3, 9, 11]))
    expect([...a]).toEqual([1, 3, 5, 9])
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
