/**
 * Finding dictionary phrases in a document by lemma, in one pass over its text.
 *
 * Lemmatising every word of every document would cost more than the rest of the rule, so each
 * phrase is given an anchor: its longest word key (the rarest, as a rule). A word is lemmatised
 * only when it starts with an anchor's first three or four letters, which a table look-up and an
 * integer set decide without building a string; nearly every word of an article fails that test.
 * Around a word that holds an anchor, the words within the phrases' reach on each side are matched in full: phrases
 * are indexed by the key of their first word, so each token costs one map look-up plus a check of
 * the few phrases that start with it. Every match contains its phrase's anchor, so it lies inside
 * such a window, and the result is the same as matching every word: linear in the text, whatever
 * the size of the dictionary.
 *
 * A phrase only matches words that follow each other with nothing but spaces, one line break or
 * hyphens between them ("a conciliatory source, told" matches; "source. Told" would not match a
 * phrase running across the full stop).
 */
import {lowerAscii} from '../../engine/characters.js'
import type {Word} from '../../engine/document.js'
import {carryInflection, IRREGULAR_KEYS, lemmaKey, matchCase} from './lemma.js'
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
/**
 * Shorter keys may come from `…ies` words that do not start with their first three letters ("flies"
 * → `fly`). Keys one letter longer than a prefix start like every word they come from.
 */
const MIN_ANCHOR_LENGTH = 4
const SHORT_PREFIX = 3
const LONG_PREFIX = 4
const HYPHEN = 0x2d

/** Splits a phrase the way the text's words are split: at white space and hyphens. */
function phraseWords(phrase: string): string[] {
  return phrase.split(/[\s\-‐–]+/u).filter((word) => word !== '')
}

function isAsciiWordCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

function isHyphen(code: number): boolean {
  return code === HYPHEN || code === 0x2010 || code === 0x2013
}

/**
 * The first `length` characters of `value` from `start`, lower-cased, as one number; -1 when one
 * of them is not ASCII (its lower case, or its Unicode case folding, may be an ASCII letter).
 */
function prefixCode(value: string, start: number, length: number): number {
  let code = 0
  for (let index = start; index < start + length; index++) {
    const char = lowerAscii(value.charCodeAt(index))
    if (char >= 0x80) return -1
    code = (code << 7) | char
  }
  return code
}

/** How many tokens a window must reach before and after a word holding an anchor. */
interface Reach {
  before: number
  after: number
}

/** A key can anchor a phrase when every word with that key starts with its first three letters. */
function canAnchor(key: string): boolean {
  return key.length >= MIN_ANCHOR_LENGTH && !IRREGULAR_KEYS.has(key) && /^[\x20-\x7e]+$/u.test(key)
}

export class PhraseDictionary {
  readonly #byFirstKey = new Map<string, Entry[]>()
  /** Each anchor key with the reach of the phrases it anchors. */
  readonly #anchors = new Map<string, Reach>()
  /** First three letters of the four-letter anchors, first four of the longer ones. */
  readonly #shortPrefixes = new Set<number>()
  readonly #longPrefixes = new Set<number>()
  /** Every pair of first two letters of an anchor, as a table indexed by their codes. */
  readonly #firstPairs = new Uint8Array(0x80 * 0x80)
  #shortestAnchor = Number.POSITIVE_INFINITY
  /** Set when some phrase has no word that can anchor it: then every word is lemmatised. */
  #matchEveryWord = false

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
      this.#addAnchor(entry.keys)
    }
  }

  #addAnchor(keys: readonly string[]): void {
    const anchor = keys.filter(canAnchor).sort((left, right) => right.length - left.length)[0]
    if (anchor === undefined) {
      this.#matchEveryWord = true
      return
    }
    const position = keys.indexOf(anchor)
    const reach = this.#anchors.get(anchor) ?? {before: 0, after: 0}
    reach.before = Math.max(reach.before, position)
    reach.after = Math.max(reach.after, keys.length - 1 - position)
    this.#anchors.set(anchor, reach)
    this.#firstPairs[(anchor.charCodeAt(0) << 7) | anchor.charCodeAt(1)] = 1
    if (anchor.length > LONG_PREFIX) this.#longPrefixes.add(prefixCode(anchor, 0, LONG_PREFIX))
    else this.#shortPrefixes.add(prefixCode(anchor, 0, SHORT_PREFIX))
    this.#shortestAnchor = Math.min(this.#shortestAnchor, anchor.length)
  }

  /** Every non-overlapping dictionary phrase in `text`, given its words. */
  find(text: string, words: readonly Word[]): PhraseMatch[] {
    if (this.#matchEveryWord) return this.#findIn(text, toTokens(words, 0, words.length))
    const found: PhraseMatch[] = []
    const window = {start: 0, end: -1}
    const shortest = this.#shortestAnchor
    let wordIndex = 0
    let afterWordCharacter = false
    // The text is scanned rather than the word list: its characters lie together in memory, and
    // a word object is only touched where a part of a word starts with an anchor's letters. A part
    // starts at the start of a word or after a hyphen, so never right after an ASCII letter or
    // digit (retext does not start a word inside a run of them: checked on the 6.2 million words
    // of ../shared); every position that follows anything else is tested.
    for (let offset = 0; offset + shortest <= text.length; offset++) {
      const startsPart = !afterWordCharacter
      afterWordCharacter = isAsciiWordCharacter(text.charCodeAt(offset))
      if (!startsPart || !this.#mayStartAnchor(text, offset)) continue
      while (wordIndex < words.length && words[wordIndex].end <= offset) wordIndex++
      const word = words[wordIndex]
      if (!word) break
      if (word.start > offset) continue
      const anchored = word.value.length < shortest ? undefined : this.#anchorIn(word.value)
      if (anchored) this.#widen(text, words, window, wordIndex, anchored, found)
      // The whole word has been looked at: go on after it.
      offset = word.end - 1
      afterWordCharacter = isAsciiWordCharacter(text.charCodeAt(offset))
      wordIndex++
    }
    if (window.end >= 0) found.push(...this.#findIn(text, toTokens(words, window.start, window.end)))
    return found
  }

  /**
   * Extends the current window of words over the anchor at `index`, or, when the anchor's reach
   * does not meet it, matches the phrases in the current window and opens a new one.
   */
  #widen(text: string, words: readonly Word[], window: {start: number; end: number}, index: number, anchored: Reach, found: PhraseMatch[]): void {
    const start = reach(words, index, -1, anchored.before)
    const end = reach(words, index, 1, anchored.after) + 1
    if (start <= window.end) {
      window.end = Math.max(window.end, end)
      return
    }
    if (window.end >= 0) found.push(...this.#findIn(text, toTokens(words, window.start, window.end)))
    window.start = start
    window.end = end
  }

  /**
   * Whether a part starting at `offset` can have an anchor's key, judged by its first letters: a
   * table of the first two, then sets of the first three or four. A letter outside ASCII may fold
   * to an ASCII one, so it always passes.
   */
  #mayStartAnchor(text: string, offset: number): boolean {
    const first = lowerAscii(text.charCodeAt(offset))
    const second = lowerAscii(text.charCodeAt(offset + 1))
    if (first >= 0x80 || second >= 0x80) return true
    if (this.#firstPairs[(first << 7) | second] === 0) return false
    const short = prefixCode(text, offset, SHORT_PREFIX)
    if (short === -1 || this.#shortPrefixes.has(short)) return true
    if (offset + LONG_PREFIX > text.length) return false
    const long = prefixCode(text, offset, LONG_PREFIX)
    return long === -1 || this.#longPrefixes.has(long)
  }

  /**
   * The widest reach of the anchors among the word's hyphen-separated parts, or undefined when it
   * holds none. Cheap for nearly every word: a length test, then a prefix look-up per part.
   */
  #anchorIn(value: string): Reach | undefined {
    let widest: Reach | undefined
    let partStart = 0
    for (let index = 0; index <= value.length; index++) {
      if (index < value.length && !isHyphen(value.charCodeAt(index))) continue
      const reach = index - partStart >= this.#shortestAnchor ? this.#anchorAt(value, partStart, index) : undefined
      if (reach) widest = {before: Math.max(reach.before, widest?.before ?? 0), after: Math.max(reach.after, widest?.after ?? 0)}
      partStart = index + 1
    }
    return widest
  }

  /** The reach of the anchor that `value[start..end)` is, if it is one. */
  #anchorAt(value: string, start: number, end: number): Reach | undefined {
    const short = prefixCode(value, start, SHORT_PREFIX)
    const long = end - start > LONG_PREFIX ? prefixCode(value, start, LONG_PREFIX) : -2
    const mayBe = short === -1 || long === -1 || this.#shortPrefixes.has(short) || this.#longPrefixes.has(long)
    return mayBe ? this.#anchors.get(lemmaKey(value.slice(start, end))) : undefined
  }

  /** The phrases in a run of tokens, left to right, longest first at each token, without overlaps. */
  #findIn(text: string, tokens: readonly Token[]): PhraseMatch[] {
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

/** How many hyphen-separated parts (tokens) a word has. */
function partCount(value: string): number {
  let count = 0
  let inPart = false
  for (let index = 0; index < value.length; index++) {
    const hyphen = isHyphen(value.charCodeAt(index))
    if (!hyphen && !inPart) count++
    inPart = !hyphen
  }
  return count
}

/** The index of the word `tokens` tokens away from `from` in direction `step` (or the first or last word). */
function reach(words: readonly Word[], from: number, step: 1 | -1, tokens: number): number {
  let index = from
  let counted = 0
  while (counted < tokens && index + step >= 0 && index + step < words.length) {
    index += step
    counted += partCount(words[index].value)
  }
  return index
}

/** The tokens of `words[start..end)`: each word split at hyphens, with each part's key. */
function toTokens(words: readonly Word[], start: number, end: number): Token[] {
  const tokens: Token[] = []
  for (let index = start; index < end; index++) {
    const word = words[index]
    for (const part of word.value.matchAll(PART)) {
      const offset = word.start + (part.index ?? 0)
      tokens.push({start: offset, end: offset + part[0].length, value: part[0], key: lemmaKey(part[0])})
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
