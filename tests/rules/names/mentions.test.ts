import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {DocumentViews} from '../../../src/engine/document.js'
import {nameEntities} from '../../../src/rules/names/entities.js'
import {nameMentions, nameWordSpellings} from '../../../src/rules/names/mentions.js'

const views = (text: string) => new DocumentViews(text, unified().use(retextEnglish).parse(text) as Root)
const mentionTexts = (text: string) => nameMentions(views(text)).map((mention) => mention.text)

describe('nameMentions', () => {
  it('strips titles, honorifics and nationality adjectives', () => {
    expect(mentionTexts('Russian Foreign Minister Sergei Lavrov met Mr. Blair and Pakistani Prime Minister Imran Khan.')).toEqual([
      'Sergei Lavrov',
      'Blair',
      'Imran Khan'
    ])
  })

  it('keeps a title that ends a name', () => {
    expect(mentionTexts('The novelist Stephen King met John Major.')).toEqual(['Stephen King', 'John Major'])
  })

  it('drops possessive endings, including the scraped `"s`', () => {
    expect(mentionTexts(`It was Lavrov's plan and Lavrov"s delay.`)).toEqual(['Lavrov', 'Lavrov'])
  })

  it('joins particles and initials inside a name', () => {
    expect(mentionTexts('Osama bin Laden, Bashar al-Assad and S. Jaishankar spoke.')).toEqual(['Osama bin Laden', 'Bashar al-Assad', 'S. Jaishankar'])
  })

  it('drops a sentence-initial English word unless it is capitalised mid-sentence too', () => {
    expect(mentionTexts('However Lavrov said no. Showers continued.')).toEqual(['Lavrov'])
    expect(mentionTexts('Lavrov arrived. Then came Lavrov.')).toEqual(['Lavrov', 'Lavrov'])
  })

  it("joins `O'` written apart from the rest of the name, instead of taking it for an initial", () => {
    expect(mentionTexts("Rory O' Neill, editor of Hazards, spoke.")).toEqual(["Rory O' Neill", 'Hazards'])
    // Like any particle, it does not start a mention.
    expect(mentionTexts('Ms O’ Brien spoke.')).toEqual(['Brien'])
  })

  it('keeps capitalised words with apostrophes, hyphens, full stops and diacritics', () => {
    expect(mentionTexts('Mr. Lavrov’s aide met Jean-Claude Juncker, Recep Erdoğan and Kremlin-backed Ramzan Kadyrov in the U.S.')).toEqual([
      'Lavrov',
      'Jean-Claude Juncker',
      'Recep Erdoğan',
      'Kremlin',
      'Ramzan Kadyrov'
    ])
  })

  it('is computed once per document', () => {
    const doc = views('Sergei Lavrov spoke.')
    expect(nameMentions(doc)).toBe(nameMentions(doc))
  })
})

describe('nameWordSpellings', () => {
  it('holds every name-word spelling of the mentions, in order, and may hold more', () => {
    const text = "However, Lavrov's aide met Jean-Claude Juncker and Bashar al-Assad. Showers followed Mr Blair."
    const doc = views(text)
    const spellings = nameWordSpellings(doc)
    for (const mention of nameMentions(doc)) {
      for (const token of mention.tokens) if (token.kind === 'name') expect(spellings).toContain(token.text)
    }
    expect(spellings).toEqual(['However', 'Lavrov', 'Jean', 'Claude', 'Juncker', 'Bashar', 'Assad', 'Showers', 'Mr', 'Blair'])
  })
})

describe('nameEntities', () => {
  it('groups short forms with the longer name they belong to', () => {
    const entities = nameEntities(views('Imran Khan spoke. Imran said no. Khan left. Bilawal Bhutto Zardari met Bilawal.'))
    expect(entities.map((entity) => [entity.founder.text, entity.mentions.map((mention) => mention.text)])).toEqual([
      ['Bilawal Bhutto Zardari', ['Bilawal Bhutto Zardari', 'Bilawal']],
      ['Imran Khan', ['Imran Khan', 'Imran', 'Khan']]
    ])
  })

  it('keeps a short form that fits two people apart from both', () => {
    const entities = nameEntities(views('Serena Williams beat Venus Williams. Williams said it was hard.'))
    const williams = entities.find((entity) => entity.founder.text === 'Williams')
    expect(williams?.ambiguous).toBe(true)
  })
})
