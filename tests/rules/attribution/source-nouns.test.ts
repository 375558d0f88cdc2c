import {expect, it} from 'vitest'
import {INSIDER_GROUP_ROLES, SOURCE_NOUNS} from '../../../src/rules/attribution/source-nouns.js'

it('gives role nouns their plurals, regular and listed', () => {
  expect(SOURCE_NOUNS.get('strategists')).toEqual({lemma: 'strategist', kind: 'individual', plural: true})
  expect(SOURCE_NOUNS.get('congressmen')).toEqual({lemma: 'congressman', kind: 'individual', plural: true})
  expect(SOURCE_NOUNS.get('secretaries')).toEqual({lemma: 'secretary', kind: 'individual', plural: true})
  expect(SOURCE_NOUNS.get('witnesses')).toEqual({lemma: 'witness', kind: 'individual', plural: true})
  expect(SOURCE_NOUNS.get('wives')).toEqual({lemma: 'wife', kind: 'individual', plural: true})
})

it('keeps a plural listed with its own kind over a generated one', () => {
  // "leaders" is an informant ("party leaders said"); "a party leader" is one individual.
  expect(SOURCE_NOUNS.get('leaders')?.kind).toBe('informant')
  expect(SOURCE_NOUNS.get('leader')?.kind).toBe('individual')
})

it('lists only insider roles that are individual nouns with a plural, so no group role is a dead entry', () => {
  const pluralIndividuals = new Set([...SOURCE_NOUNS.values()].filter((noun) => noun.kind === 'individual' && noun.plural).map((noun) => noun.lemma))
  for (const role of INSIDER_GROUP_ROLES) expect(pluralIndividuals, role).toContain(role)
})
