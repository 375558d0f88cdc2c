import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'
import {sharedPath} from '../../../bench/corpora.js'
import {describeShared} from '../../helpers/shared.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const rows = readFileSync(path.join(root, 'fixtures/attribution/polnear-sources.tsv'), 'utf8').trim().split('\n').slice(1)

it('holds at least 400 train/dev and 150 test labels, each with a known label and labelling round', () => {
  const cells = rows.map((row) => row.split('\t'))
  expect(cells.filter((cell) => cell[0] !== 'test').length).toBeGreaterThanOrEqual(400)
  expect(cells.filter((cell) => cell[0] === 'test').length).toBeGreaterThanOrEqual(150)
  for (const cell of cells) {
    expect(['named', 'anonymous', 'not-a-person']).toContain(cell[8])
    expect(cell[9] === '' || cell[8] === 'anonymous').toBe(true)
    // Rounds 2-4 added test rows (round 4 is the held-out set the eval reports apart); rounds 5-7 added train/dev rows.
    expect(['1', '2', '3', '4', '5', '6', '7']).toContain(cell[11])
    if (['2', '3', '4'].includes(cell[11])) expect(cell[0]).toBe('test')
    if (['5', '6', '7'].includes(cell[11])) expect(cell[0]).not.toBe('test')
  }
})

describeShared('PolNeAR source labels', () => {
  it('point at the source spans they quote', () => {
    for (const row of rows) {
      const [split, article, , start, end, , , , , , source] = row.split('\t')
      const text = readFileSync(sharedPath('labels', 'polnear', split, 'text', `${article}.txt`), 'utf8')
      expect(text.slice(Number(start), Number(end)).replace(/\s+/g, ' ')).toBe(source)
    }
  })
})
