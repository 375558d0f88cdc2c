import {describe, expect, it} from 'vitest'
import {patternNeeds, screenOf} from '../../../src/rules/artifacts/pattern-screen.js'
import {scrapePatterns, SCRAPE_KINDS} from '../../../src/rules/artifacts/scrape-patterns.js'

describe('patternNeeds', () => {
  it('reads the marks every match contains, outside alternations, classes and optional items', () => {
    expect(patternNeeds(/^[^()]{0,200}\((?:photo|image)s? ?[:/] ?[^()]{1,80}\)$/iu).requires).toEqual(['(', ')'])
    expect(patternNeeds(/^(?:Tags|Topics) ?: [^.!?]{1,90}$/iu).requires).toEqual([':'])
    expect(patternNeeds(/^© ?[^/©]{1,40} ?\/ ?[^©]{1,160}$/iu).requires).toEqual(['/', '©'])
    expect(patternNeeds(/^(?:a:|b)$/u).requires).toEqual([])
    expect(patternNeeds(/^x(?::y)?$/u).requires).toEqual([])
    expect(patternNeeds(/^x:*$/u).requires).toEqual([])
    expect(patternNeeds(/^x(?=:)/u).requires).toEqual([])
    expect(patternNeeds(/^a|b:$/u).requires).toEqual([])
  })

  it('finds an optional lead that needs a mark and the pattern without it', () => {
    expect(patternNeeds(/^(?:[\w' ]{1,60}\? )?share this$/iu).lead).toEqual({mark: '?', rest: '^share this$'})
    expect(patternNeeds(/^(?:please )?share this$/iu).lead).toBeUndefined()
  })

  it('leaves patterns with backreferences or named groups unread', () => {
    expect(patternNeeds(/^(?<q>["'])x:\k<q>$/u)).toEqual({requires: []})
  })
})

describe('screenOf', () => {
  const patterns = [/^[^()]{0,200}\((?:photo|image)s? ?[:/] ?[^()]{1,80}\)$/iu, /^(?:[\w' ]{1,60}\? )?share this$/iu, /^By [A-Z][a-z]+$/u, /(\d)\1/u]

  it('passes every text one of the patterns matches and rejects the rest', () => {
    const screen = screenOf(patterns)
    const texts = ['A man walks by (Photo: AP)', 'Liked it? Share this', 'share this', 'By Jane', 'by jane', 'room 33', 'room 34', 'A man walks by. Photo: AP', 'Share this?']
    for (const text of texts) expect(screen(text), text).toBe(patterns.some((pattern) => pattern.test(text)))
  })

  it('agrees with the furniture patterns on sample lines of furniture and prose', () => {
    const all = SCRAPE_KINDS.flatMap((kind) => [...scrapePatterns[kind].whole, ...scrapePatterns[kind].prefix])
    const screen = screenOf(all)
    const lines = [
      'Description:',
      'Tags: politics, Pakistan',
      'Follow her on Twitter: @janedoe.',
      'Think your friends would be interested? Share this story!',
      'Did someone forward this email to you? Sign up here.',
      'A man walks past a closed shop in Rome. REUTERS/Remo Casilli',
      'Protesters gather outside parliament (Photo: Jane Doe/AP)',
      '© Jane Doe / Getty Images',
      'LONDON (Reuters) - Sterling rose on Monday.',
      'Email *',
      'He urged readers to read more widely.',
      'What is next? The minister did not say.',
      'The pound fell (by 2%) on Monday.'
    ]
    for (const line of lines) expect(screen(line), line).toBe(all.some((pattern) => pattern.test(line)))
  })
})

describe('cookie banner triggers', () => {
  it('name a word that every consent-banner phrase needs', () => {
    const triggers = scrapePatterns.cookie.containsTriggers ?? []
    for (const pattern of scrapePatterns.cookie.contains) {
      expect(triggers.some((trigger) => pattern.source.toLowerCase().includes(trigger.split(' ').pop() ?? trigger)), pattern.source).toBe(true)
    }
  })
})
