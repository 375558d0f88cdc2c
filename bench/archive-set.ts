/**
 * Generated archives on real text, for the archive measurements: edited copies of shared-corpus
 * articles (the near-duplicates `npm run eval:archive` must find) and an endless archive of real
 * articles repeated with light random edits (the scale benchmark), streamed, never stored.
 * Edits are the word edits of `near-duplicate-set.ts`; every draw comes from a seed.
 */
import {splitParagraphs} from '../src/engine/paragraphs.js'
import {wordTokens} from '../src/engine/fingerprint.js'
import type {Article} from './corpora.js'
import {editWords} from './near-duplicate-set.js'
import {seededRandom} from './seeded-random.js'

export interface EditedCopy {
  text: string
  /** Share of the kept words that were edited. */
  rate: number
  /** Index of the dropped paragraph, if one was. */
  dropped?: number
}

/** Words to insert or substitute: the vocabulary of the first articles of the corpus. */
export function vocabularyOf(articles: readonly Article[]): string[] {
  return [...new Set(articles.slice(0, 200).flatMap((article) => wordTokens(article.text)))]
}

/** `text` with one paragraph dropped (when `dropParagraph`) and `rate` of the remaining words edited. */
export function editedCopy(text: string, rate: number, dropParagraph: boolean, random: () => number, vocabulary: readonly string[]): EditedCopy {
  const paragraphs = splitParagraphs(text)
  const dropped = dropParagraph && paragraphs.length > 1 ? Math.floor(random() * paragraphs.length) : undefined
  const separator = text.includes('\n\n') ? '\n\n' : '\n'
  const kept = dropped === undefined ? text : paragraphs.filter((paragraph) => paragraph.index !== dropped).map((paragraph) => paragraph.text).join(separator)
  const words = wordTokens(kept).length
  const edits = Math.max(1, Math.round(rate * words))
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]
  return {text: editWords(kept, edits, random, pick), rate: edits / words, ...(dropped !== undefined && {dropped})}
}

/**
 * `count` records cycling through `articles`: the first pass as published, every later pass with
 * 1 to 3 words of each article edited, so no record is an exact copy but all are near-copies of
 * real text — the load of a real archive's duplicate detection at any size.
 */
export function* repeatedArchive(articles: readonly Article[], count: number, seed: number): Generator<{id: string; text: string}> {
  const random = seededRandom(seed)
  const vocabulary = vocabularyOf(articles)
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]
  for (let index = 0; index < count; index++) {
    const article = articles[index % articles.length]
    const pass = Math.floor(index / articles.length)
    const text = pass === 0 ? article.text : editWords(article.text, 1 + Math.floor(random() * 3), random, pick)
    yield {id: `${article.id}#${pass}`, text}
  }
}
