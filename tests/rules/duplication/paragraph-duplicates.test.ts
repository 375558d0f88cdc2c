import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {DocumentViews} from '../../../src/engine/document.js'
import {splitParagraphs} from '../../../src/engine/paragraphs.js'
import {
  findParagraphDuplicates,
  paragraphDuplicates,
  reportedParagraphDuplicates,
  type ParagraphDuplicateOptions
} from '../../../src/rules/duplication/paragraph-duplicates.js'
import {TokenSpans} from '../../../src/rules/duplication/token-spans.js'

const OPTIONS: ParagraphDuplicateOptions = {minWords: 8, nearMinWords: 10, threshold: 0.35}
const EMPTY_TREE: Root = {type: 'RootNode', children: []}

/** A paragraph of 30 words of its own after a phrase every paragraph shares. */
function reportParagraph(index: number): string {
  const own = Array.from({length: 30}, (_, word) => `w${index}x${word}`).join(' ')
  return `Reporting from the scene in the city centre our correspondent said ${own}.`
}

function duplicatePairs(text: string, options = OPTIONS): Array<[number, number, boolean]> {
  return findParagraphDuplicates(splitParagraphs(text), new TokenSpans(text), options).map((duplicate) => [duplicate.original.index, duplicate.paragraph.index, duplicate.exact])
}

describe('findParagraphDuplicates', () => {
  it('finds an edited copy among paragraphs that all share a phrase (full index buckets)', () => {
    const paragraphs = Array.from({length: 40}, (_, index) => reportParagraph(index))
    paragraphs.push(reportParagraph(30).replace('w30x12', 'changed'))
    expect(duplicatePairs(paragraphs.join('\n\n'))).toEqual([[30, 40, false]])
  })

  it('counts a trigram a paragraph repeats once, so a repeated phrase does not make a near copy', () => {
    const original = 'the harbour board met on monday to discuss the plan'
    const repeating = Array.from({length: 4}, () => 'the harbour board met on').join(' ')
    expect(duplicatePairs(`${original}\n\n${repeating}`)).toEqual([])
  })

  it('reports every later exact copy against the first, in document order', () => {
    const a = reportParagraph(1)
    const b = reportParagraph(2)
    expect(duplicatePairs([a, b, a, b, a].join('\n'))).toEqual([
      [0, 2, true],
      [1, 3, true],
      [0, 4, true]
    ])
  })

  it('prefers an exact copy to a near one, and an edited copy of an edited copy stays one pair each', () => {
    const a = reportParagraph(1)
    const edited = a.replace('w1x3', 'other')
    expect(duplicatePairs([a, edited, a].join('\n'))).toEqual([
      [0, 1, false],
      [0, 2, true]
    ])
  })

  it('leaves out a series of paragraphs written from one template', () => {
    const template = (name: string) => `Phlebotomist ${name}, with Simple Laboratories, draws blood at the drive-thru testing site in Harwood Heights, Friday, May 1, 2020.`
    expect(duplicatePairs([template('Alex Murphy'), template('Crystal Bovan')].join('\n'))).toEqual([[0, 1, false]])
    expect(duplicatePairs([template('Alex Murphy'), template('Crystal Bovan'), template('Kimberley Moses')].join('\n'))).toEqual([])
  })

  it('honours the thresholds', () => {
    const a = reportParagraph(1)
    const edited = a.replace('w1x3', 'other')
    expect(duplicatePairs([a, edited].join('\n'), {...OPTIONS, threshold: 1})).toEqual([])
    expect(duplicatePairs([a, a].join('\n'), {...OPTIONS, minWords: 50})).toEqual([])
    expect(duplicatePairs([a, edited].join('\n'), {...OPTIONS, nearMinWords: 50})).toEqual([])
  })
})

describe('paragraphDuplicates', () => {
  it('analyses a document once per options and remembers what was reported', () => {
    const doc = new DocumentViews([reportParagraph(1), reportParagraph(1)].join('\n'), EMPTY_TREE)
    expect(reportedParagraphDuplicates(doc)).toEqual([])
    const first = paragraphDuplicates(doc, OPTIONS)
    expect(first).toHaveLength(1)
    expect(paragraphDuplicates(doc, {...OPTIONS})).toBe(first)
    expect(reportedParagraphDuplicates(doc)).toBe(first)
    const other = paragraphDuplicates(doc, {...OPTIONS, minWords: 100})
    expect(other).toEqual([])
    expect(reportedParagraphDuplicates(doc)).toBe(other)
  })
})
