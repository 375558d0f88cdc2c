import {describe, expect, it} from 'vitest'
import {BucketTable} from '../../../src/rules/duplication/bucket-table.js'

function members(table: BucketTable, key: number): number[] {
  const bucket = table.bucket(key)
  return Array.from({length: table.size(bucket)}, (_, position) => table.member(bucket, position))
}

describe('BucketTable', () => {
  it('keeps members in the order they were added, up to the bucket size', () => {
    const table = new BucketTable(4)
    for (let member = 0; member < 6; member++) table.append(table.bucket(7), member)
    table.append(table.bucket(8), 42)
    expect(members(table, 7)).toEqual([0, 1, 2, 3])
    expect(members(table, 8)).toEqual([42])
    expect(members(table, 9)).toEqual([])
  })

  it('forgets every bucket when cleared for the next document', () => {
    const table = new BucketTable(4)
    table.append(table.bucket(7), 1)
    table.append(table.bucket(7), 2)
    table.clear(8)
    expect(members(table, 7)).toEqual([])
    table.append(table.bucket(7), 3)
    expect(members(table, 7)).toEqual([3])
  })

  it('keeps every bucket while it grows, colliding keys included', () => {
    const table = new BucketTable(3)
    // Keys 1024 apart share their first slot in a table of up to 1024 slots.
    const keys = Array.from({length: 5000}, (_, index) => (index % 2 === 0 ? index * 1024 : index) & 0x3fffffff)
    keys.forEach((key, index) => {
      table.append(table.bucket(key), index)
      if (index % 3 === 0) table.append(table.bucket(key), index + 100_000)
    })
    keys.forEach((key, index) => expect(members(table, key)).toEqual(index % 3 === 0 ? [index, index + 100_000] : [index]))
  })

  it('starts empty for a small document after a large one grew it, and grows again', () => {
    const table = new BucketTable(2)
    for (let key = 0; key < 5000; key++) table.append(table.bucket(key * 7919), key)
    table.clear(8)
    for (let key = 0; key < 5000; key++) expect(members(table, key * 7919)).toEqual([])
    for (let key = 0; key < 3000; key++) table.append(table.bucket(key * 104729), key)
    for (let key = 0; key < 3000; key++) expect(members(table, key * 104729)).toEqual([key])
  })
})
