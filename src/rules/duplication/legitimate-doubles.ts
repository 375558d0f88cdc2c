/**
 * Words written twice on purpose, which `no-repeated-word` accepts on top of retext-repeated-words'
 * own exceptions (`had had`, `that that`, initials, capitalised names such as `Duran Duran`). Each
 * entry was read in context in the shared corpora (bbc-fulltext, polnear, recovery-covid-news,
 * reuters21578) and was a deliberate double more often than a slip; the counts are deliberate/slips.
 */
import {isColumnGap} from './table-layout.js'

export const DOUBLED_ON_PURPOSE: ReadonlySet<string> = new Set([
  // Emphasis in speech and quotations: "very very useful" (3/0), "really really nervous" (3/0),
  // "no no no no no" (4/0), "never ever ever" (2/0), "way way way less" (3/0), "many many people" (1/0).
  'very',
  'really',
  'no',
  'ever',
  'way',
  'many',
  // Interjections and list tails: "ha ha" (1/0), "tsk tsk" (1/0), "etc etc etc" (2/0).
  'ha',
  'tsk',
  'etc',
  // A preposition closing a phrasal verb before one opening a phrase: "placed in in the past",
  // "came in in 1979", "grew up in in Troy" (7/3).
  'in',
  // Indirect object then possessive: "give her her breakfast" (3/1).
  'her',
  // An ordinal before a title: "the first first lady to be elected" (3/0).
  'first',
  // Compass points and rating grades: "south south east" (1/0), "A plus plus" (4/0).
  'north',
  'south',
  'east',
  'west',
  'plus'
])

/**
 * Whether `word` written twice with `gap` between the copies is deliberate: a word of the list above,
 * or the two cells of a table row ("CATTLE  CATTLE", "nil      nil"; 285 of 517 flags in reuters21578
 * before this exception), not a slip of the keyboard.
 */
export function isDoubledOnPurpose(word: string, gap: string): boolean {
  return DOUBLED_ON_PURPOSE.has(word.toLowerCase()) || isColumnGap(gap)
}
