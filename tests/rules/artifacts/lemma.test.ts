import {describe, expect, it} from 'vitest'
import {carryInflection, lemmaKey, matchCase} from '../../../src/rules/artifacts/lemma.js'

describe('lemmaKey', () => {
  it.each([
    ['prolonged', 'prolonging', 'prolongs', 'prolong'],
    ['invite', 'invited', 'inviting', 'invites'],
    ['source', 'sources', "source's", 'SOURCES'],
    ['study', 'studies', 'studied', 'study'],
    ['stop', 'stopped', 'stopping', 'stops'],
    ['was', 'is', 'were', 'been'],
    ['a', 'an', 'the', 'The']
  ])('gives %s, %s, %s and %s one key', (...forms) => {
    expect(new Set(forms.map(lemmaKey)).size).toBe(1)
  })

  it('keeps different words apart', () => {
    expect(lemmaKey('proposal')).not.toBe(lemmaKey('invitation'))
    expect(lemmaKey('class')).not.toBe(lemmaKey('clasp'))
    expect(lemmaKey('this')).toBe('this')
  })
})

describe('carryInflection', () => {
  it.each([
    ['prolonged', 'prolonging', 'extended', 'extending'],
    ['prolonged', 'prolongs', 'extended', 'extends'],
    ['source', 'sources', 'cable', 'cables'],
    ['prolong', 'prolonging', 'invite', 'inviting'],
    ['prolonged', 'prolonged', 'sent', 'sent'],
    ['prolonged', 'prolonging', 'sent', 'sent']
  ])('%s → %s carries %s to %s', (from, to, replacement, expected) => {
    expect(carryInflection(from, to, replacement)).toBe(expected)
  })
})

describe('matchCase', () => {
  it('follows capitals and upper case, and leaves lower case alone', () => {
    expect(matchCase('Conciliatory', 'diplomatic')).toBe('Diplomatic')
    expect(matchCase('CONCILIATORY', 'diplomatic')).toBe('DIPLOMATIC')
    expect(matchCase('conciliatory', 'Supreme')).toBe('Supreme')
  })
})
