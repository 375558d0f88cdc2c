/**
 * Finding dictionary phrases in a document by lemma, in one pass over its words.
 *
 * Phrases are indexed by the key of their first word, so each word of the text costs one map
 * look-up plus a check of the few phrases that start with it: linear in the text, whatever the
 * size of the dictionary. A phrase only matches words that follow each other with nothing but
 * spaces, one line break or hyphens between them ("a conciliatory source, told" matches; "source.
 * Told" would not match a phrase running across the full stop).
 */
import type {Word} from '../../engine/document.js'
import {carryInflection, lemmaKey, matchCase} from './lemma.js'
import type {PhrasePair} from './tortured-phrases.js'

export interface PhraseMatch {
  start: number
  end: number
  pair: PhrasePair
  /** The original phrase in the text's inflection and capitals, where they can be carried over. */
  expected: string
}

interface Entry {
  pair: PhrasePair
  keys: string[]
  /**
   * Set when tortured and original phrases pair word for word (and neither has a hyphen the
   * word-by-word answer would lose), so inflections and capitals can be carried over.
   */
  aligned?: {tortured: string[]; original: string[]}
}

interface Token {
  start: number
  end: number
  value: string
  key: string
}

const PART = /[^-‐–]+/gu
const WORD_GAP = /^[ \t\-‐–]*(?:\r?\n[ \t]*)?$/u

/** Splits a phrase the way the text's words are split: at white space and hyphens. */
function phraseWords(phrase: string): string[] {
  return phrase.split(/[\s\-‐–]+/u).filter((word) => word !== '')
}

export class PhraseDictionary {
  readonly #byFirstKey = new Map<string, Entry[]>()

  constructor(pairs: readonly PhrasePair[]) {
    for (const pair of pairs) {
      const tortured = phraseWords(pair.tortured)
      const original = phraseWords(pair.original)
      if (tortured.length === 0) continue
      const entry: Entry = {pair, keys: tortured.map(lemmaKey)}
      if (tortured.length === original.length && !/[-‐–]/u.test(pair.tortured + pair.original)) entry.aligned = {tortured, original}
      const list = this.#byFirstKey.get(entry.keys[0]) ?? []
      list.push(entry)
      // Longest first, so "the proposal was prolonged" wins over a shorter phrase at the same word.
      list.sort((left, right) => right.keys.length - left.keys.length)
      this.#byFirstKey.set(entry.keys[0], list)
    }
  }

  /** Every non-overlapping dictionary phrase in `text`, given its words. */
  find(text: string, words: readonly Word[]): PhraseMatch[] {
    const tokens = toTokens(words)
    const found: PhraseMatch[] = []
    for (let index = 0; index < tokens.length; index++) {
      const entry = this.#byFirstKey.get(tokens[index].key)?.find((candidate) => matchesAt(text, tokens, index, candidate))
      if (!entry) continue
      const matched = tokens.slice(index, index + entry.keys.length)
      found.push({start: matched[0].start, end: matched[matched.length - 1].end, pair: entry.pair, expected: expectedFor(entry, matched)})
      index += entry.keys.length - 1
    }
    return found
  }
}

function toTokens(words: readonly Word[]): Token[] {
  const tokens: Token[] = []
  for (const word of words) {
    for (const part of word.value.matchAll(PART)) {
      const start = word.start + (part.index ?? 0)
      tokens.push({start, end: start + part[0].length, value: part[0], key: lemmaKey(part[0])})
    }
  }
  return tokens
}

function matchesAt(text: string, tokens: readonly Token[], index: number, entry: Entry): boolean {
  if (index + entry.keys.length > tokens.length) return false
  for (let offset = 1; offset < entry.keys.length; offset++) {
    const token = tokens[index + offset]
    if (token.key !== entry.keys[offset] || !WORD_GAP.test(text.slice(tokens[index + offset - 1].end, token.start))) return false
  }
  return true
}

function expectedFor(entry: Entry, matched: readonly Token[]): string {
  if (!entry.aligned) return matchCase(matched[0].value, entry.pair.original)
  const {tortured, original} = entry.aligned
  return original
    .map((word, index) => {
      const written = matched[index].value
      if (lemmaKey(word) === lemmaKey(tortured[index])) return written
      return matchCase(written, carryInflection(tortured[index], written, word))
    })
    .join(' ')
}
