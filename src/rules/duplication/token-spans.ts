/**
 * The word tokens of a document's passages (paragraphs, sentences) as hash sequences, shared by
 * `no-duplicate-paragraph` and `no-duplicate-sentence`: the document is tokenised once
 * (`tokenTable`), and each passage is a slice of that table, not a new tokenisation with a string per
 * word. Both rules compare passages by their comparison form (`normaliseForComparison`); here the
 * form is a sequence of token hashes, and `FirstCopies` confirms a matching hash against the forms
 * themselves, so what the rules find is exactly what comparing the strings finds.
 */
import type {DocumentViews} from '../../engine/document.js'
import {documentView} from '../../engine/document.js'
import {firstAtLeast} from '../../engine/lower-bound.js'
import {hashTokens, normaliseForComparison, sequenceHash, tokenTable, tokensWithin, wordTokens, type TokenTable} from '../../engine/fingerprint.js'

/** A passage of the document: a paragraph or a sentence. */
export interface Passage {
  start: number
  end: number
  text: string
}

/** The word tokens of one passage. */
export interface PassageTokens {
  /** `hashTokens(wordTokens(passage.text))`. */
  hashes: Uint32Array
  /** How many of the tokens are all digits. */
  numbers: number
  /** Whether the passage holds two spaces in a row or a tab, without which it has no column gap (`table-layout.ts`). */
  spaced: boolean
}

const NUMBER = /^\d+$/

/** A token that is a figure ("2024", "45"): figures tell apart paragraphs that share their wording. */
export function isFigure(token: string): boolean {
  return NUMBER.test(token)
}

/**
 * The passages' tokens, and where the text has two spaces in a row or a tab: both found in one pass
 * each over the whole text, then looked up per passage, instead of searching every passage.
 */
export class TokenSpans {
  readonly #table: TokenTable
  readonly #spacing: Int32Array

  constructor(text: string) {
    this.#table = tokenTable(text)
    this.#spacing = spacingOffsets(text)
  }

  /** The one pass's tokens of the whole text. */
  get table(): TokenTable {
    return this.#table
  }

  /** How many word tokens the whole text has (as the one pass counts them). */
  get tokenCount(): number {
    return this.#table.count
  }

  /** The tokens of `passage`, a passage of the text this was built from. */
  of(passage: Passage): PassageTokens {
    const table = this.#table
    const at = firstAtLeast(this.#spacing, passage.start)
    // A passage is trimmed, so a run of spaces inside it starts and ends inside it.
    const spaced = at < this.#spacing.length && this.#spacing[at] < passage.end
    const range = tokensWithin(table, passage.start, passage.end)
    if (range) {
      const numbers = table.numbersBefore[range.last] - table.numbersBefore[range.first]
      return {hashes: table.hashes.subarray(range.first, range.last), numbers, spaced}
    }
    const tokens = wordTokens(passage.text)
    let numbers = 0
    for (const token of tokens) if (isFigure(token)) numbers++
    return {hashes: hashTokens(tokens), numbers, spaced}
  }
}

/** Ascending offsets where two spaces in a row or a tab start. */
function spacingOffsets(text: string): Int32Array {
  const offsets: number[] = []
  for (let at = text.indexOf('  '); at !== -1; at = text.indexOf('  ', at + 1)) offsets.push(at)
  for (let at = text.indexOf('\t'); at !== -1; at = text.indexOf('\t', at + 1)) offsets.push(at)
  return Int32Array.from(offsets).sort()
}

/** The token spans of a document, built the first time either rule asks. */
export const documentTokenSpans: (doc: DocumentViews) => TokenSpans = documentView((doc) => new TokenSpans(doc.text))

/**
 * Passages by comparison form, keeping the first of each: `firstCopy` answers "which earlier passage
 * has the same form as this one?". Keys are sequence hashes cut to 30 bits (small integers, fast Map
 * keys); a hit is confirmed on the token hashes and then on the forms, so a hash collision never
 * makes two different passages copies.
 */
export class FirstCopies<T extends Passage> {
  readonly #byKey = new Map<number, Array<FirstCopy<T>>>()

  /** The earlier passage with the form of `passage`; when there is none, `passage` becomes the first of its form. */
  firstCopy(passage: T, hashes: Uint32Array): T | undefined {
    const key = sequenceHash(hashes) & 0x3fffffff
    const earlier = this.#byKey.get(key)
    if (!earlier) {
      this.#byKey.set(key, [{passage, hashes}])
      return undefined
    }
    let form: string | undefined
    for (const candidate of earlier) {
      if (!equalHashes(candidate.hashes, hashes)) continue
      form ??= normaliseForComparison(passage.text)
      candidate.form ??= normaliseForComparison(candidate.passage.text)
      if (candidate.form === form) return candidate.passage
    }
    earlier.push({passage, hashes, form})
    return undefined
  }
}

interface FirstCopy<T extends Passage> {
  passage: T
  hashes: Uint32Array
  /** Its comparison form, once a later passage with the same hashes needed it. */
  form?: string
}

function equalHashes(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}
