/**
 * Ordinary English words. A capitalised word that is also a common lower-case word (`Life`, `Live`,
 * `Hall`, `Potter`, `Robin`, `Iron`) is in titles, headlines and names of things far more often than
 * it is a misspelled name, and two such words one letter apart (`Life & Death`, `Dead`) are two
 * words, not two spellings. The names family therefore never compares them as spellings of a name.
 *
 * The words are the lower-case entries of the `dictionary-en` Hunspell dictionary (SCOWL); entries
 * starting with a capital are proper nouns and stay comparable, and are known as established names. The file is read on first use, from
 * the installed package (its JavaScript entry loads asynchronously, and this check is synchronous).
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {memoizeBySpelling} from './spelling-memo.js'

interface Dictionary {
  /** Lower-case entries: ordinary words. */
  words: Set<string>
  /** Capitalised entries: established proper names (`Frederick`, `Damian`, `Paterson`). */
  names: Set<string>
}

let dictionary: Dictionary | undefined

function loadDictionary(): Dictionary {
  const entry = createRequire(import.meta.url).resolve('dictionary-en')
  const source = readFileSync(path.join(path.dirname(entry), 'index.dic'), 'utf8')
  const loaded: Dictionary = {words: new Set(), names: new Set()}
  for (const line of source.split('\n')) {
    const word = line.split('/', 1)[0].trim()
    if (/^\p{Ll}[\p{Ll}']*$/u.test(word)) loaded.words.add(word)
    else if (/^\p{Lu}\p{Ll}/u.test(word)) loaded.names.add(word)
  }
  return loaded
}

/**
 * Whether a spelling is an established proper name of its own. Across an archive, two such
 * spellings (`Damian`/`Damien`, `Beverley`/`Beverly`) are two names that different people carry.
 */
export function isEstablishedName(spelling: string): boolean {
  dictionary ??= loadDictionary()
  return dictionary.names.has(spelling)
}

/** Whether a word, folded to lower case, is a common English word or its plural. */
export function isCommonWord(folded: string): boolean {
  dictionary ??= loadDictionary()
  const {words} = dictionary
  if (words.has(folded)) return true
  if (folded.endsWith('ies') && words.has(folded.slice(0, -3) + 'y')) return true
  if (folded.endsWith('es') && words.has(folded.slice(0, -2))) return true
  return folded.endsWith('s') && words.has(folded.slice(0, -1))
}

/** Inflectional endings, with what to put back: `later` → `late`, `happily` → `happy`, `bigger` → `big`. */
const INFLECTIONS: Array<[RegExp, string]> = [
  [/ily$/, 'y'], [/ier$/, 'y'], [/iest$/, 'y'], [/ied$/, 'y'], [/ly$/, ''], [/(?:er|est|ed|ing)$/, ''], [/(?:er|est|ed|ing)$/, 'e'], [/r$/, ''], [/st$/, '']
]

/**
 * Whether a word is a common English word, also in an inflected form (`Later`, `Newly`, `Earlier`).
 * Used for sentence-initial words only: as a test of name spellings it would be too eager (`Walker`
 * would be `walk` + `-er`).
 */
export const isInflectedCommonWord = memoizeBySpelling((folded: string): boolean => {
  if (isCommonWord(folded)) return true
  for (const [ending, replacement] of INFLECTIONS) {
    if (!ending.test(folded)) continue
    const base = folded.replace(ending, replacement)
    if (base.length > 1 && (isCommonWord(base) || (/(.)\1$/.test(base) && isCommonWord(base.slice(0, -1))))) return true
  }
  return false
})

