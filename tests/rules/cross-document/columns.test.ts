import {describe, expect, it} from 'vitest'
import {DocumentRefs, float64Column, int32Column} from '../../../src/rules/cross-document/columns.js'

describe('reducer columns', () => {
  it('keeps every value through growth, and returns the index of each push', () => {
    const column = int32Column()
    for (let index = 0; index < 5000; index++) expect(column.push(index * 3 - 7)).toBe(index)
    expect(column.length).toBe(5000)
    expect([column.get(0), column.get(1023), column.get(1024), column.get(4999)]).toEqual([-7, 3062, 3065, 14990])
    column.set(1024, 42)
    expect(column.get(1024)).toBe(42)
  })

  it('keeps fractions and large numbers in a float column', () => {
    const column = float64Column()
    column.push(0.8125)
    column.push(2 ** 40)
    expect([column.get(0), column.get(1)]).toEqual([0.8125, 2 ** 40])
  })

  it('gives back each document reference as it was stored, with or without path and record line', () => {
    const refs = new DocumentRefs()
    const stored = [
      {id: 'bbc/001', path: '/data/a.jsonl', recordLine: 1, ordinal: 0},
      {id: 'notes.txt', ordinal: 1},
      {id: 'bbc/002', path: '/data/a.jsonl', recordLine: 2, ordinal: 2},
      {id: 'x', path: '/data/b.jsonl', recordLine: 9, ordinal: 3}
    ]
    for (const ref of stored) refs.add(ref)
    for (let index = 2000; index < 4000; index++) refs.add({id: `r${index}`, path: '/data/b.jsonl', recordLine: index, ordinal: index})
    expect(refs.length).toBe(2004)
    expect(stored.map((_, index) => refs.get(index))).toEqual(stored)
    expect(refs.get(2003)).toEqual({id: 'r3999', path: '/data/b.jsonl', recordLine: 3999, ordinal: 3999})
    expect(Object.keys(refs.get(1))).toEqual(['id', 'ordinal'])
  })
})
