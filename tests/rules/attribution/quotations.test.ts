import {describe, expect, it} from 'vitest'
import {splitParagraphs} from '../../../src/engine/paragraphs.js'
import {findQuotations} from '../../../src/rules/attribution/quotations.js'

function quoted(text: string): string[] {
  return findQuotations(text, splitParagraphs(text)).map((quotation) => text.slice(quotation.innerStart, quotation.innerEnd))
}

describe('findQuotations', () => {
  it('pairs straight, curly, guillemet and doubled-apostrophe marks', () => {
    expect(quoted('He said "yes" and “no” and «peut-être» and \'\'maybe\'\'.')).toEqual(['yes', 'no', 'peut-être', 'maybe'])
  })

  it('ignores a straight quote between letters, a mangled apostrophe', () => {
    expect(quoted('Lavrov"s late arrival and the office"s letter, then "a real quote" here.')).toEqual(['a real quote'])
  })

  it('reads curly single quotes as quotations but leaves possessives alone', () => {
    expect(quoted('The voters’ view was ‘we want change now’, and Trump’s too.')).toEqual(['we want change now'])
  })

  it('continues a quotation into a paragraph that reopens it, as news copy does', () => {
    const text = '"We had no warning.\n\n"It was a shock," she said.'
    const [quotation] = findQuotations(text, splitParagraphs(text))
    expect(quotation).toMatchObject({firstParagraph: 0, lastParagraph: 1, closed: true})
    expect(text.slice(quotation.start, quotation.end)).toBe('"We had no warning.\n\n"It was a shock,"')
  })

  it('ends a quotation left open at its paragraph when the next does not reopen it', () => {
    const text = '"We had no warning.\n\nThe plant closed.'
    expect(findQuotations(text, splitParagraphs(text))).toEqual([
      {start: 0, end: 19, innerStart: 1, innerEnd: 19, firstParagraph: 0, lastParagraph: 0, closed: false}
    ])
  })
})
