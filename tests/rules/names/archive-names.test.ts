import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import type {CollectedState} from '../../../src/engine/cross-document.js'
import {DocumentViews} from '../../../src/engine/document.js'
import {consistentNameSpellingArchive as rule, type NamesState} from '../../../src/rules/names/archive-names.js'
import {crossDocumentRules} from '../../../src/rules/cross-document/index.js'

const parser = unified().use(retextEnglish)
const collect = (text: string, ordinal: number): CollectedState<NamesState>[] => {
  const state = rule.collect(new DocumentViews(text, parser.parse(text) as Root), {})
  return state ? [{ref: {id: `doc-${ordinal}`, ordinal}, state}] : []
}
const reduce = (states: CollectedState<NamesState>[]) => [...rule.reduce(states, {})]

const archive = [
  'Foreign Minister Sergei Lavrov arrived in Tashkent. Lavrov met his counterparts.',
  'Sergei Lavrov spoke in Moscow. Officials said Lavrov was tired.',
  'Talks with Sergei Lavrov ended. Lavrov flew home on Friday.',
  'Sergei Lavrov and Damien Hirst were both in the news. Lavrov said little.',
  'Officials said Lavrov met Blinken, and Lavrov smiled.',
  'Later,\nSergei Lavrof said the meeting was useful.',
  'Damian Green, the minister, said nothing.',
  'Louis Lavrof, a painter, opened a show in Paris.',
  'Damien Duff scored twice. Damien Rice sang.'
]
const states = archive.flatMap((text, ordinal) => collect(text, ordinal))

describe('consistent-name-spelling across an archive', () => {
  it('flags a minority spelling of a person with the archive counts', () => {
    const results = reduce(states)
    expect(results.map((result) => result.ref.id)).toEqual(['doc-5'])
    const [message] = results[0].messages
    expect(message).toMatchObject({
      ruleId: 'consistent-name-spelling',
      severity: 'warning',
      message: '`Lavrof` (2 articles) — this archive writes `Lavrov` 10 times (5 articles)',
      line: 2,
      column: 8,
      endLine: 2,
      endColumn: 14,
      actual: 'Lavrof',
      expected: ['Lavrov']
    })
    expect(archive[5].slice(message.offset, message.endOffset)).toBe('Lavrof')
  })

  it('leaves alone a close spelling that names someone else (`Louis Lavrof`) and established names (`Damian`/`Damien`)', () => {
    const ids = reduce(states).map((result) => result.ref.id)
    expect(ids).not.toContain('doc-7')
    expect(ids).not.toContain('doc-6')
  })

  it('gives the same answer for shards reduced together, in any order, as for one run', () => {
    const one = reduce(states)
    const shardA = archive.slice(0, 5).flatMap((text, index) => collect(text, index))
    const shardB = archive.slice(5).flatMap((text, index) => collect(text, index + 5))
    expect(reduce([...shardA, ...shardB])).toEqual(one)
    expect(reduce([...shardB, ...shardA])).toEqual(one)
  })

  it('keeps compact, serialisable state: name spellings and positions, never the text', () => {
    const [{state}] = collect(archive[1], 1)
    expect(JSON.parse(JSON.stringify(state))).toEqual(state)
    const serialised = JSON.stringify(state)
    expect(serialised).toContain('Lavrov')
    expect(serialised).not.toContain('Moscow spoke')
    expect(serialised).not.toContain('tired')
  })

  it('is registered with the cross-document rules under the per-document rule id', () => {
    expect(crossDocumentRules).toContain(rule)
    expect(rule.meta.id).toBe('consistent-name-spelling')
  })
})

describe('consistent-name-spelling across an archive: who a full name names', () => {
  const computer = 'Apple launched the Macintosh in 1984. The Macintosh sold well, and the Macintosh team celebrated. Fans still love the Macintosh.'
  const thriller = 'Frederick Forsyth wrote a new thriller. Frederick said it was his last, but Frederick Forsyth has said so before.'
  const texts = [
    computer,
    computer,
    computer,
    thriller,
    thriller,
    thriller,
    // a full name is identified by its other words: no `Robert` is ever the archive's `Macintosh`
    'Robert MacIntosh, chief economist at a bank, said rates would rise.',
    // standing alone, a case variant of the archive's spelling is a slip
    'Shops sold out of the new MacIntosh within a day.',
    // the Danish form of the name, carried by someone else
    'Crown Prince Frederik visited New York.'
  ]
  const results = reduce(texts.flatMap((text, ordinal) => collect(text, ordinal)))

  it('reports the unaccompanied case variant', () => {
    expect(results.map((result) => [result.ref.id, result.messages.map((message) => message.actual)])).toEqual([['doc-7', ['MacIntosh']]])
  })

  it('leaves alone a full name that shares no word with the archive spelling, and national forms of a given name', () => {
    const ids = results.map((result) => result.ref.id)
    expect(ids).not.toContain('doc-6')
    expect(ids).not.toContain('doc-8')
  })
})
