/**
 * Each distinct spelling of a name word in one article, with where it is written and the company it
 * keeps. "Company" is the other words of the full name it belongs to (its entity's longest form):
 * `Lavrov` in an article about Sergei Lavrov keeps company with `sergei`, even where it stands alone.
 * Two close spellings that keep different company name different people (`Brian Hassell`, `Tom
 * Hassel`); the in-article check and the archive state both rely on this, so it is computed once
 * per document and shared.
 */
import {documentView, type DocumentViews} from '../../engine/document.js'
import {nameEntities, nameWords} from './entities.js'
import {isCommonWord} from './common-words.js'
import {DEMONYMS} from './demonyms.js'
import type {NameToken} from './mentions.js'
import {fold, isComparable, isSpellingVariant} from './spelling.js'
import {memoizeBySpelling} from './spelling-memo.js'

/** Where in a name a spelling is used: as a given name (first of several name words), or otherwise. */
export const AS_GIVEN_NAME = 1
export const AS_OTHER_NAME = 2

/** What is known about a spelling's use, in one article or over an archive. */
export interface SpellingUse {
  spelling: string
  /**
   * The other words of the full names this spelling appears in: folded words, and initials as a
   * single lower-case letter. Empty when it only ever stands alone or in an ambiguous short form.
   */
  companions: Iterable<string>
  /** `AS_GIVEN_NAME | AS_OTHER_NAME` bits. */
  roles: number
}

export interface ArticleSpelling extends SpellingUse {
  spelling: string
  /** Every occurrence, in document order. */
  tokens: NameToken[]
  companions: Set<string>
  /** Offset of the first occurrence. */
  order: number
}

/** The article's comparable name-word spellings, in order of first use. */
export const articleSpellings = documentView(collectSpellings)

function collectSpellings(doc: DocumentViews): ArticleSpelling[] {
  // `null`: a spelling seen and not checked (see `isCheckedSpelling`).
  const bySpelling = new Map<string, ArticleSpelling | null>()
  const spellings: ArticleSpelling[] = []
  for (const entity of nameEntities(doc)) {
    const founderWords = entity.ambiguous ? [] : companionWords(entity.founder.tokens)
    for (const mention of entity.mentions) {
      const names = mention.tokens.length === 1 ? mention.tokens : mention.tokens.filter((token) => token.kind === 'name')
      for (const token of names) {
        let entry = bySpelling.get(token.text)
        if (entry === undefined) {
          entry = isCheckedSpelling(token.text) ? {spelling: token.text, tokens: [], companions: new Set(), roles: 0, order: token.start} : null
          bySpelling.set(token.text, entry)
          if (entry) spellings.push(entry)
        }
        if (entry === null) continue
        entry.tokens.push(token)
        entry.roles |= names.length > 1 && token === names[0] ? AS_GIVEN_NAME : AS_OTHER_NAME
        if (founderWords.length === 0) continue
        const own = fold(token.text)
        for (const word of founderWords) if (word !== own) entry.companions.add(word)
      }
    }
  }
  for (const entry of spellings) {
    entry.tokens.sort((a, b) => a.start - b.start)
    entry.order = entry.tokens[0].start
  }
  return spellings.sort((a, b) => a.order - b.order)
}

/**
 * Name words whose spelling is checked: long enough, not an acronym, not a nationality adjective and
 * not an ordinary English word (see `common-words.ts`).
 */
export const isCheckedSpelling = memoizeBySpelling(
  (word: string): boolean => isComparable(word) && !DEMONYMS.has(word) && !DEMONYMS.has(word.replace(/e?s$/, '')) && !isCommonWord(fold(word))
)

function companionWords(tokens: NameToken[]): string[] {
  const words = nameWords(tokens)
  for (const token of tokens) if (token.kind === 'initial') words.push(token.text[0].toLowerCase())
  return words
}

/**
 * Whether a minority spelling and a majority spelling, each with the company it keeps, can name one
 * person. Not when one keeps company with the other (`Chang Chi-Cheng`: two parts of one name); not
 * when one is only ever a given name and the other never is (`Richie Byrne` and the player
 * `Ritchie`); when both come with full names, only if these share a word, an initial and a word it
 * abbreviates, or two spellings of one word (`Brian Hassell` and `Tom Hassel` are two people).
 */
export function mayBeOnePerson(minority: SpellingUse, majority: SpellingUse): boolean {
  if ((minority.roles & majority.roles) === 0) return false
  const listA = [...minority.companions]
  const listB = [...majority.companions]
  if (listA.includes(fold(majority.spelling)) || listB.includes(fold(minority.spelling))) return false
  if (listA.length === 0 || listB.length === 0) return true
  return listA.some((x) => listB.some((y) => companionMatch(x, y)))
}

function companionMatch(a: string, b: string): boolean {
  if (a === b) return true
  if (a.length === 1 || b.length === 1) return a[0] === b[0]
  return isSpellingVariant(a, b)
}
