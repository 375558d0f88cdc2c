/**
 * The attribution family's view of words: the shared retext words with what the attribution
 * heuristics ask of every word (its lower-case form without a possessive ending, whether it is
 * capitalised, which sentence and paragraph it is in), computed once per document. The punctuation
 * between two words ("," ':' '"') is read from the text gap between them rather than stored.
 */
import type {DocumentViews} from '../../engine/document.js'

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

const POSSESSIVE_OR_STOP = /(?:['’"]s?|\.)$/u
const CAPITALISED = /^\p{Lu}/u
const POSSESSIVE_GAP = /^['’]\s+$/u

export function buildTokens(doc: DocumentViews): Token[] {
  const sentences = doc.sentences
  return doc.words.map((word) => ({
    index: word.index,
    start: word.start,
    end: word.end,
    value: word.value,
    bare: word.value.toLowerCase().replace(POSSESSIVE_OR_STOP, ''),
    capitalised: CAPITALISED.test(word.value),
    sentence: word.sentence,
    paragraph: sentences[word.sentence]?.paragraph ?? 0
  }))
}

/** The text between token `index - 1` and token `index` (empty for the first token). */
export function gapBefore(text: string, tokens: readonly Token[], index: number): string {
  return index <= 0 ? '' : text.slice(tokens[index - 1].end, tokens[index].start)
}

/** Whether tokens `index - 1` and `index` are in one sentence with only white space between them. */
export function joinedToPrevious(text: string, tokens: readonly Token[], index: number): boolean {
  if (index <= 0 || index >= tokens.length || tokens[index - 1].sentence !== tokens[index].sentence) return false
  for (let position = tokens[index - 1].end; position < tokens[index].start; position++) {
    if (!/\s/.test(text[position])) return false
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
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle].start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether the tokens from `index` spell `phrase` (lower-case, possessives stripped), within one sentence. */
export function phraseAt(tokens: readonly Token[], index: number, phrase: readonly string[]): boolean {
  if (index < 0 || index + phrase.length > tokens.length) return false
  const sentence = tokens[index].sentence
  return phrase.every((word, offset) => tokens[index + offset].bare === word && tokens[index + offset].sentence === sentence)
}
