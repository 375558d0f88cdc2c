/**
 * When are two spellings one name? The decision every part of the names family shares: the
 * in-article rule, the house list and the archive reduce.
 *
 * Two different spellings are variants when either
 * - they differ only in diacritics or letter case (`Erdogan`/`Erdoğan`);
 * - they become equal after transliteration normalisation (doubled letters, `dh`/`kh`/`gh`, `ou`/`u`,
 *   `ei`/`ai`, `-iy`/`-yy`/`-y`, `ph`/`f`, `kh`/`k`, `q`/`k`: `Gadhafi`/`Gaddafi`, `Zelenskyy`/`Zelensky`);
 * - or they are one edit apart (two for long names, a swap of neighbours counting one) AND sound the
 *   same by Double Metaphone (`Jaishankar`/`Jaishanker`, `Qaddafi`/`Gaddafi`).
 * Never by edit distance alone: `Iran`/`Iraq` and `Slovenia`/`Slovakia` are one or two edits apart
 * but sound different. A spelling that is the other plus an ending (`Russia`/`Russian`,
 * `Lavrov`/`Lavrova`, `Pakistan`/`Pakistani`, `Blair`/`Blairs`) is a derived word, not a variant,
 * unless the ending only doubles the last letter (`Zelensky`/`Zelenskyy`); so is a different final
 * vowel (`Masi`/`Maso`, `Mario`/`Maria`). Short words (under four
 * letters) and the known distinct pairs of `distinct-names.ts` are never variants.
 */
import {doubleMetaphone} from 'double-metaphone'
import {distance} from 'fastest-levenshtein'
import {DISTINCT_PAIRS, pairKey} from './distinct-names.js'
import {memoizeBySpelling} from './spelling-memo.js'

/** Names shorter than this (after folding) are too short to judge: `Ali`/`Aly`, `Lee`/`Li`. */
const MIN_COMPARABLE_LENGTH = 4
/**
 * Four-letter names one edit apart are mostly different names (`Kang`/`Kong`, `Wang`/`Wong`,
 * `Khan`/`Kahn`, `Irna`/`Iran`): below this length only diacritics and transliteration count.
 */
const MIN_EDITED_LENGTH = 5
/** A name this long survives a dropped or added letter recognisably; shorter ones become other names (`Letwin`/`Lewin`). */
const MIN_DROPPED_LETTER_LENGTH = 7
/** From this length on (after transliteration normalisation) two edits are allowed, else one. */
const TWO_EDIT_LENGTH = 9
/** Single letters that, added to a name, make another word: Lavrov-a, Russia-n, Pakistan-i, Blair-s, Malone-y. */
const DERIVING_ENDINGS = new Set(['a', 'e', 'i', 'n', 's', 'o', 'y'])
const VOWEL = /[aeiou]/

/** Letters that do not decompose under NFD. */
const SPECIAL_LETTERS: Record<string, string> = {
  ı: 'i', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ŀ: 'l', ħ: 'h'
}
const COMBINING_MARKS = /\p{M}/gu
const SPECIAL_LETTER = /[ıøßæœłđðþŀħ]/g

/** Lower case without diacritics: `Erdoğan` → `erdogan`. Comparable, never shown. */
export function fold(spelling: string): string {
  return isAscii(spelling) ? spelling.toLowerCase() : foldUnicode(spelling)
}

/** Most names in English copy are plain ASCII, which needs no Unicode normalisation. */
function isAscii(spelling: string): boolean {
  for (let index = 0; index < spelling.length; index++) if (spelling.charCodeAt(index) > 0x7f) return false
  return true
}

function foldUnicode(spelling: string): string {
  return spelling
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL_LETTER, (letter) => SPECIAL_LETTERS[letter])
}

/**
 * Transliteration rewrites, applied in order to a folded spelling, each with the substrings one of
 * which it needs to match: most names contain none, and a substring search is far cheaper than a
 * regular-expression replacement.
 */
const TRANSLITERATIONS: Array<[pattern: RegExp, replacement: string, triggers: readonly string[]]> = [
  [/(?:iy|yy|yi|ij)$/, 'y', ['iy', 'yy', 'yi', 'ij']],
  [/iy/g, 'i', ['iy']],
  [/ph/g, 'f', ['ph']],
  [/([dkg])h/g, '$1', ['dh', 'kh', 'gh']],
  [/ck/g, 'k', ['ck']],
  [/q/g, 'k', ['q']],
  [/ou/g, 'u', ['ou']],
  [/ei/g, 'ai', ['ei']],
  [/dj/g, 'j', ['dj']],
  [/tch/g, 'ch', ['tch']]
]
const NON_LETTERS = /[^a-z]/g
const DOUBLED_LETTERS = /([a-z])\1+/g

/** A folded spelling with transliteration differences removed: `Gadhafi`, `Gaddafi` → `gadafi`. */
export const skeleton = memoizeBySpelling((spelling: string): string => {
  let result = fold(spelling).replace(NON_LETTERS, '')
  for (const [pattern, replacement, triggers] of TRANSLITERATIONS) {
    if (triggers.some((trigger) => result.includes(trigger))) result = result.replace(pattern, replacement)
  }
  return hasDoubledLetter(result) ? result.replace(DOUBLED_LETTERS, '$1') : result
})

function hasDoubledLetter(word: string): boolean {
  for (let index = 1; index < word.length; index++) if (word.charCodeAt(index) === word.charCodeAt(index - 1)) return true
  return false
}

/** Double Metaphone codes of a folded spelling (one or two distinct codes). */
export const phoneticCodes = memoizeBySpelling((spelling: string): readonly string[] => {
  const [primary, secondary] = doubleMetaphone(fold(spelling))
  return primary === secondary ? [primary] : [primary, secondary]
})

/** Whether a spelling can be compared at all: long enough, not an acronym, not an abbreviation without a vowel (`Stks`). */
export const isComparable = memoizeBySpelling((spelling: string): boolean => {
  const letters = fold(spelling).replace(/[^a-z]/g, '')
  return letters.length >= MIN_COMPARABLE_LENGTH && /[aeiouy]/.test(letters) && /\p{Ll}/u.test(spelling)
})

/**
 * Whether `a` and `b` are two spellings of one name (see the module comment). Equal spellings are
 * not variants.
 */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b || !isComparable(a) || !isComparable(b)) return false
  if (DISTINCT_PAIRS.has(pairKey(a, b))) return false
  const foldedA = fold(a)
  const foldedB = fold(b)
  if (foldedA === foldedB) return true
  if (isDerivedForm(foldedA, foldedB) || isOtherEnding(foldedA, foldedB)) return false
  const skeletonA = skeleton(a)
  const skeletonB = skeleton(b)
  if (skeletonA === skeletonB) return true
  if (isDerivedForm(skeletonA, skeletonB)) return false
  if (!sameInitialSound(skeletonA, skeletonB)) return false
  const shortest = Math.min(foldedA.length, foldedB.length)
  if (shortest < MIN_EDITED_LENGTH) return false
  const foldedEdits = editDistance(foldedA, foldedB)
  if (soundAlike(a, b)) return Math.min(foldedEdits, editDistance(skeletonA, skeletonB)) <= (Math.min(skeletonA.length, skeletonB.length) >= TWO_EDIT_LENGTH ? 2 : 1)
  // A letter dropped or added in a longer name changes its Double Metaphone code by one sound
  // (`Presley`/`Pesley`: PRSL/PSL); a substituted one changes what it is (`Slovenia`/`Slovakia`).
  return shortest >= MIN_DROPPED_LETTER_LENGTH && Math.abs(foldedA.length - foldedB.length) === 1 && foldedEdits === 1 && soundsNear(a, b)
}

/** Whether two spellings share a Double Metaphone code. */
function soundAlike(a: string, b: string): boolean {
  const codesB = phoneticCodes(b)
  return phoneticCodes(a).some((code) => codesB.includes(code))
}

/** Whether the primary Double Metaphone codes are one edit apart (or equal): a near sound. */
function soundsNear(a: string, b: string): boolean {
  return distance(phoneticCodes(a)[0], phoneticCodes(b)[0]) <= 1
}

/** One is the other plus an ending that makes another word (see `DERIVING_ENDINGS`). */
function isDerivedForm(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  if (!longer.startsWith(shorter) || longer === shorter) return false
  const ending = longer.slice(shorter.length)
  if (ending.length > 1) return true
  return ending !== shorter.at(-1) && DERIVING_ENDINGS.has(ending)
}

/** First letters that transliteration and misspelling interchange: `Gaddafi`/`Qaddafi`/`Kadhafi`, `Yeltsin`/`Jeltsin`. */
const INITIAL_CLASSES = ['ckqg', 'jy', 'aeiou', 'sz']

/** A respelling keeps the first sound: `Venice`/`Fenice` or `Wire`/`Fire` are two words. */
function sameInitialSound(a: string, b: string): boolean {
  return a[0] === b[0] || INITIAL_CLASSES.some((group) => group.includes(a[0]) && group.includes(b[0]))
}

/** Only the final vowel differs: Italian, Spanish and Slavic forms of different people (`Masi`/`Maso`, `Mario`/`Maria`). */
function isOtherEnding(a: string, b: string): boolean {
  return a.length === b.length && a.slice(0, -1) === b.slice(0, -1) && VOWEL.test(a.at(-1) ?? '') && VOWEL.test(b.at(-1) ?? '')
}

/** Levenshtein distance, with a swap of two neighbouring letters counted as one edit (`Khan`/`Kahn`). */
function editDistance(a: string, b: string): number {
  const plain = distance(a, b)
  return plain === 2 && isAdjacentSwap(a, b) ? 1 : plain
}

function isAdjacentSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let first = -1
  for (let index = 0; index < a.length; index++) {
    if (a[index] === b[index]) continue
    if (first !== -1) return index === first + 1 && a[first] === b[index] && a[index] === b[first] && a.slice(index + 1) === b.slice(index + 1)
    first = index
  }
  return false
}
