/**
 * The nouns that head a news source ("a senior official", "sources close to", "a person familiar
 * with the matter"), with how much each needs before it stands for an unnamed source.
 *
 * - `informant`: the classic anonymous-source nouns; attributed, unnamed, they are the defect.
 * - `qualified`: ordinary words for people that mean "a source" only with a qualifier saying how they
 *   know ("people familiar with the matter", "a person close to the talks", "one Democrat familiar
 *   with") or a rank that places them inside ("a senior Republican said", "senior Democrats said").
 * - `individual`: a person described but not named, reported as one indefinite speaker ("a friend
 *   said", "one strategist told", and the role nouns learned from PolNeAR, "a judge said"). Their plurals
 *   are mostly crowds ("analysts say"), left to no-weasel-attribution; only insiders speaking as a group
 *   on an occasion are sources ("strategists in both parties said", INSIDER_GROUP_ROLES).
 * - `spokesperson`: speaks for a body on the record; "a ministry spokesman said" is the ministry's
 *   statement, an institutional source, and is never reported. A client's lawyer is one too.
 */

import {DERIVED_REPRESENTATIVE_NOUNS, DERIVED_ROLE_NOUNS} from './derived-lexicon.js'
import {byFirstWord} from './tokens.js'

export type SourceKind = 'informant' | 'qualified' | 'individual' | 'spokesperson'

export interface SourceNoun {
  /** The singular form, so "officials" and "the official" can be matched across sentences. */
  lemma: string
  kind: SourceKind
  plural: boolean
}

function nouns(kind: SourceKind, pairs: string): Array<[string, SourceNoun]> {
  return pairs.split(' ').flatMap((pair) => {
    const [singular, plural] = pair.split('/')
    const entries: Array<[string, SourceNoun]> = [[singular, {lemma: singular, kind, plural: false}]]
    if (plural) entries.push([plural, {lemma: singular, kind, plural: true}])
    return entries
  })
}

/** Nouns with their plural: "strategist" → "strategist/strategists", "congressman" → "…/congressmen"; an irregular pair ("wife/wives") is given as such. */
function withPlurals(words: string): string {
  return words
    .split(' ')
    .map((word) => (word.includes('/') ? word : `${word}/${regularPlural(word)}`))
    .join(' ')
}

function regularPlural(word: string): string {
  if (word.endsWith('man')) return `${word.slice(0, -3)}men`
  if (/(?:s|sh|ch|x)$/.test(word)) return `${word}es`
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  return `${word}s`
}

/** The first entry for a word wins, so a plural listed with its own kind ("leaders") is not overridden by a generated one. */
function firstEntries(entries: Array<[string, SourceNoun]>): Map<string, SourceNoun> {
  const map = new Map<string, SourceNoun>()
  for (const [word, noun] of entries) if (!map.has(word)) map.set(word, noun)
  return map
}

/** Lower-case word → what it is as the head of a source. */
export const SOURCE_NOUNS: ReadonlyMap<string, SourceNoun> = firstEntries([
  ...nouns(
    'informant',
    'source/sources official/officials aide/aides adviser/advisers advisor/advisors insider/insiders ' +
      'diplomat/diplomats staffer/staffers confidant/confidants confidante/confidantes loyalist/loyalists ' +
      'ally/allies operative/operatives executive/executives'
  ),
  // The plural is an informant: "party leaders said" is a group of unnamed office-holders. The singular
  // is an individual (derived-lexicon.ts): "a party leader said" is one unnamed speaker, while "the
  // party leader said" is one known person and is not reported.
  ['leaders', {lemma: 'leader', kind: 'informant', plural: true}],
  ...nouns('qualified', 'person/people individual/individuals someone democrat/democrats republican/republicans member/members those'),
  ...nouns(
    'individual',
    withPlurals(
      'friend relative neighbour neighbor colleague associate strategist consultant donor lobbyist employee worker ' +
        'activist organiser organizer volunteer commenter attendee participant lawmaker legislator senator congressman ' +
        'congresswoman analyst expert officer investigator regulator agent reporter journalist correspondent eyewitness witness questioner resident voter'
    )
  ),
  ...nouns('individual', withPlurals(DERIVED_ROLE_NOUNS.join(' '))),
  ...nouns('spokesperson', 'spokesman/spokesmen spokeswoman/spokeswomen spokesperson/spokespeople representative/representatives'),
  ...nouns('spokesperson', DERIVED_REPRESENTATIVE_NOUNS.join(' '))
])

/**
 * Phrases that, right after a source noun, say how the source knows: they turn "people" into a source
 * and are part of the flagged noun phrase. Matched on lower-case words.
 */
const SOURCE_QUALIFIERS: ReadonlyArray<readonly string[]> = [
  ['familiar', 'with'],
  ['close', 'to'],
  ['closest', 'to'],
  ['with', 'knowledge', 'of'],
  ['with', 'direct', 'knowledge'],
  ['with', 'first-hand', 'knowledge'],
  ['knowledgeable', 'about'],
  ['briefed', 'on'],
  ['involved', 'in'],
  ['involved', 'with'],
  ['privy', 'to'],
  ['aware', 'of'],
  ['in', 'the', 'room'],
  ['in', 'attendance'],
  ['at', 'the', 'meeting'],
  ['present', 'at'],
  ['with', 'ties', 'to'],
  ['who', 'spoke'],
  ['who', 'asked'],
  ['who', 'declined'],
  ['who', 'requested'],
  ['who', 'insisted'],
  ['who', 'was', 'not'],
  ['who', 'were', 'not'],
  ['speaking', 'on'],
  ['speaking', 'under'],
  ['speaking', 'anonymously']
]

/** The qualifiers by their first word, so a word that opens none is passed over with one look-up. */
export const QUALIFIERS_BY_FIRST_WORD = byFirstWord(SOURCE_QUALIFIERS)

/** Words before "source(s)" that mean a supply, not a person: "energy sources", "a source of income" is caught by "of". */
export const NON_PERSON_SOURCE_MODIFIERS: ReadonlySet<string> = new Set(
  'energy power renewable fuel heat light food water protein income revenue funding data open code carbon emission emissions pollution infection ignition radiation primary secondary'.split(
    ' '
  )
)

/** Determiners that leave a source unidentified: "a", "one", "some", "two", or none at all ("officials said"). */
export const INDEFINITE_DETERMINERS: ReadonlySet<string> = new Set(
  'a an one another some several many numerous various multiple two three four five six seven eight nine ten few'.split(' ')
)

/** Determiners that point back to someone already introduced: "the official", "that source". */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those'])

/** Possessive determiners: "his aides", "their advisers" (the principal is named, the source is not). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])

/** Whether a word is a determiner of any kind: indefinite, definite or possessive. */
export function isDeterminer(word: string): boolean {
  return INDEFINITE_DETERMINERS.has(word) || DEFINITE_DETERMINERS.has(word) || POSSESSIVE_DETERMINERS.has(word)
}

/**
 * Words opening a plural phrase that make it no group on an occasion: a category counted out
 * generically ("many strategists said", "most senators"), summed up ("all", "both lawmakers"), or a
 * group pointed back to ("the senators", "these delegates").
 */
export const NO_GROUP_OPENERS: ReadonlySet<string> = new Set(['many', 'most', 'numerous', 'various', 'multiple', 'all', 'both', ...DEFINITE_DETERMINERS])

/** Modifiers of time in office that news copy coordinates: "current and former officials", "past or present aides". */
export const TIME_IN_OFFICE: ReadonlySet<string> = new Set(['current', 'former', 'past', 'present'])

/** Singular determiners an `individual` speaker needs: "a friend said" is a source; "friends said" is a crowd. */
export const SINGLE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another'])

/** Words that introduce a named example inside a noun phrase: "officials, including John Kirby,". */
export const NAMING_LINKS: ReadonlySet<string> = new Set(['including', 'like', 'namely'])

/**
 * Words a source noun phrase never runs across when read leftwards from its noun: prepositions,
 * conjunctions, pronouns, auxiliaries. "by Russian officials" stops at "by", so the phrase is
 * "Russian officials".
 */
export const PHRASE_BOUNDARY_WORDS: ReadonlySet<string> = new Set(
  (
    'to by with from at in on for of and or but nor that which who whom whose as than when while if because after before since until ' +
    'is are was were be been being has have had do does did not no it he she they we i you him them us me there here what where how why ' +
    'according across during under over into onto upon about against among between through without within'
  ).split(' ')
)

/**
 * Prepositions whose object a source phrase can be: "the interviews with chief executives
 * suggested" has "interviews" as the subject of "suggested", not the executives. Left out: "of"
 * (a partitive or a group: "a group of officials said"), "by" and "to" (cues before the phrase:
 * "confirmed by officials", "according to sources"), and words that are also conjunctions opening
 * a clause with the phrase as its subject ("before officials had weighed in", "as one aide put it").
 */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(
  'with from for against about between among at on in into onto over under through without within across during upon'.split(' ')
)

/** Prepositions that may follow a source noun inside its phrase: "officials in Washington", "a source at the ministry". */
export const PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set('in at for from with of on to inside within across'.split(' '))

/**
 * Modifiers of rank that make a party member or a member a placed insider rather than one of many:
 * "a senior Republican said", "senior Democrats said", "a high-ranking member of the committee told".
 */
export const RANK_MODIFIERS: ReadonlySet<string> = new Set(['senior', 'top', 'high-ranking', 'highranking', 'ranking', 'veteran', 'leading', 'prominent'])

/** Modifiers that make a role one of a kind, so the source is identified: "its chief executive", "Brown's closest ally". */
export const UNIQUE_ROLE_MODIFIERS: ReadonlySet<string> = new Set(['chief', 'closest'])

/**
 * Nouns of a relation that many hold to one person: "his colleague wrote", "her friend said" is one of
 * that person's colleagues or friends, as unnamed as "a colleague" (unlike "her husband", a unique role).
 */
export const RELATIONAL_NOUNS: ReadonlySet<string> = new Set(['friend', 'colleague', 'associate', 'relative', 'neighbour', 'neighbor'])

/** Party nouns, always capitalised ("a senior Republican" is no name part), and often a named politician's epithet. */
export const PARTY_NOUNS: ReadonlySet<string> = new Set(['democrat', 'republican'])

/**
 * Roles whose plural, speaking on an occasion, is a group of insiders whose members are not named
 * ("strategists in both parties said", "some senators declined to comment", "two congressmen told"):
 * people placed to know, as the informant nouns are. The plural of other roles is a crowd
 * ("analysts said", "experts warned", no-weasel-attribution's), the public ("workers", "residents",
 * "doctors in Italy") or a body's voice ("organisers said", "officers said", "regulators said",
 * "U.N. investigators have pointed to": an agency on the record).
 */
export const INSIDER_GROUP_ROLES: ReadonlySet<string> = new Set(
  'strategist consultant lobbyist donor colleague associate friend lawmaker legislator senator congressman congresswoman delegate ambassador surrogate'.split(' ')
)
