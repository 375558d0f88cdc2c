/**
 * English contractions and possessives, and the apostrophe style of a document: shared by
 * `no-broken-apostrophe` (an apostrophe turned into `"` or `?`) and `no-html-entity` (an apostrophe
 * that reached the text as `&#191;`, the BBC's `Blair&#191;s`).
 */

/** Characters conversions put where an apostrophe was: `"`, `?` and the BBC's `¿`. */
export const APOSTROPHE_STAND_INS = new Set(['"', '?', '¿'])

/** Word endings after an apostrophe: `'s`, `n't`, `'re`, `'ve`, `'ll`, `'d`, `'m`. */
export const CONTRACTION_ENDING = /^(?:s|t|re|ve|ll|d|m)(?![\p{L}\p{N}])/iu

/** Words that take the endings other than `'s` and `n't`. */
const HOSTS: Record<string, ReadonlySet<string>> = {
  m: new Set(['i']),
  re: new Set(['you', 'we', 'they', 'who', 'what', 'there', 'where', 'here']),
  ve: new Set(['i', 'you', 'we', 'they', 'who', 'could', 'would', 'should', 'might', 'must']),
  ll: new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'that', 'there', 'this']),
  d: new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'who', 'that', 'there'])
}

/** Whether `word` + apostrophe + `ending` spells an English contraction or possessive (`1985's` too). */
export function isContraction(word: string, ending: string): boolean {
  const lower = ending.toLowerCase()
  if (lower === 's') return true
  if (lower === 't') return /n$/i.test(word)
  return HOSTS[lower]?.has(word.toLowerCase()) ?? false
}

const WORD_BEFORE = /[\p{L}\p{N}]+$/u
const LOOKBACK = 64

/**
 * The contraction around a stand-in occupying `[start, end)`: the word before it and the ending after
 * it, when they spell one; otherwise undefined.
 */
export function contractionAround(text: string, start: number, end: number): {word: string; ending: string} | undefined {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - LOOKBACK), start))?.[0]
  const ending = CONTRACTION_ENDING.exec(text.slice(end, end + 3))?.[0]
  if (word === undefined || ending === undefined || !isContraction(word, ending)) return undefined
  return {word, ending}
}

const CURLY_BETWEEN_LETTERS = /\p{L}’\p{L}/gu
const STRAIGHT_BETWEEN_LETTERS = /\p{L}'\p{L}/gu

/** The apostrophe the document already uses between letters: curly (’) when it outnumbers straight ('). */
export function documentApostrophe(text: string): string {
  const curly = text.match(CURLY_BETWEEN_LETTERS)?.length ?? 0
  const straight = text.match(STRAIGHT_BETWEEN_LETTERS)?.length ?? 0
  return curly > straight ? '’' : "'"
}
