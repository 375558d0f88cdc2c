/**
 * The attribution family's view of words: the shared retext words with what the attribution
 * heuristics ask of every word (its lower-case form without a possessive ending, whether it is
 * capitalised, which sentence and paragraph it is in), computed once per document. The punctuation
 * between two words ("," ':' '"') is read from the text gap between them rather than stored.
 */
import type {DocumentViews, Word} from '../../engine/document.js'
import {lowerBound} from '../../engine/lower-bound.js'
import {isWhiteSpace} from '../../engine/characters.js'

export interface Token {
  index: number
  start: number
  end: number
  /** The word as written. */
  value: string
  /** Lower case, without a possessive ending or a final full stop: "Trump's" → "trump", "Mr." → "mr". */
  bare: string
  capitalised: boolean
  sentence: number
  paragraph: number
}

const CAPITALISED = /^\p{Lu}/u
const POSSESSIVE_GAP = /^['’]\s+$/u
const FULL_STOP = 46
const LOWER_S = 115
const UPPER_A = 65
const UPPER_Z = 90

/**
 * One pass over the shared words. Runs on every word of every document, so the per-word work is
 * character tests rather than regular expressions, and one object per word.
 */
export function buildTokens(doc: DocumentViews): Token[] {
  const {sentences, words, text} = doc
  const tokens = new Array<Token>(words.length)
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    tokens[index] = {
      index: word.index,
      start: word.start,
      end: word.end,
      value: word.value,
      bare: bareForm(lowerCase(text, word)),
      capitalised: isCapitalised(word.value),
      sentence: word.sentence,
      paragraph: sentences[word.sentence]?.paragraph ?? 0
    }
  }
  return tokens
}

/**
 * The word in lower case. Most words already are: reading their characters from the (flat) document
 * text avoids `toLowerCase`, which copies every word.
 */
function lowerCase(text: string, {start, end, value}: Word): string {
  if (end - start !== value.length) return value.toLowerCase()
  for (let position = start; position < end; position++) {
    const code = text.charCodeAt(position)
    if ((code >= UPPER_A && code <= UPPER_Z) || code >= 0x80) return value.toLowerCase()
  }
  return value
}

/** Without a possessive ending or a final full stop: "trump's" → "trump", "voters'" → "voters", "mr." → "mr". */
function bareForm(lower: string): string {
  const last = lower.length - 1
  const code = lower.charCodeAt(last)
  if (code === FULL_STOP || isQuoteMark(code)) return lower.slice(0, last)
  if (code === LOWER_S && last > 0 && isQuoteMark(lower.charCodeAt(last - 1))) return lower.slice(0, last - 1)
  return lower
}

/** ' ’ " */
function isQuoteMark(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x22
}

function isCapitalised(value: string): boolean {
  const code = value.charCodeAt(0)
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITALISED.test(value)
}

/** The text between token `index - 1` and token `index` (empty for the first token). */
export function gapBefore(text: string, tokens: readonly Token[], index: number): string {
  return index <= 0 ? '' : text.slice(tokens[index - 1].end, tokens[index].start)
}

/** Whether tokens `index - 1` and `index` are in one sentence with only white space between them. */
export function joinedToPrevious(text: string, tokens: readonly Token[], index: number): boolean {
  if (index <= 0 || index >= tokens.length || tokens[index - 1].sentence !== tokens[index].sentence) return false
  for (let position = tokens[index - 1].end; position < tokens[index].start; position++) {
    if (!isWhiteSpace(text.charCodeAt(position))) return false
  }
  return true
}

/**
 * Like `joinedToPrevious`, but also across a possessive apostrophe: "Sanders' senior adviser" is one
 * phrase although retext puts the apostrophe of a plural possessive between the words.
 */
export function joinedInPhrase(text: string, tokens: readonly Token[], index: number): boolean {
  if (joinedToPrevious(text, tokens, index)) return true
  if (index <= 0 || index >= tokens.length || tokens[index - 1].sentence !== tokens[index].sentence) return false
  return POSSESSIVE_GAP.test(text.slice(tokens[index - 1].end, tokens[index].start))
}

/** Index of the first token whose start is at or after `offset` (binary search; `tokens.length` when none). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens.length, (index) => tokens[index].start < offset)
}

/** Whether the tokens from `index` spell `phrase` (lower-case, possessives stripped), within one sentence. */
export function phraseAt(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  if (index < 0 || index + phrase.length > tokens.length) return false
  const sentence = tokens[index].sentence
  return phrase.every((word, offset) => tokens[index + offset].bare === word && tokens[index + offset].sentence === sentence)
}

/** Phrases grouped by their first word, so a word that opens none is passed over with one look-up before any phraseAt. */
export function byFirstWord(phrases: ReadonlyArray<readonly string[]>): ReadonlyMap<string, ReadonlyArray<readonly string[]>> {
  const groups = new Map<string, Array<readonly string[]>>()
  for (const phrase of phrases) {
    const group = groups.get(phrase[0])
    if (group) group.push(phrase)
    else groups.set(phrase[0], [phrase])
  }
  return groups
}
