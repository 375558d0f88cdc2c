/**
 * The generated near-duplicate set of issue 4, on real text: for each of `count` bbc-fulltext
 * articles drawn with a seeded generator, one paragraph of at least `minWords` words is copied to a
 * later paragraph break with 1 to 3 words edited (a word replaced by another word of the corpus,
 * deleted, or a word inserted). Every draw comes from one seed, so the set is the same on every run.
 */
import {splitParagraphs} from '../src/engine/paragraphs.js'
import type {Article} from './corpora.js'
import {seededRandom, shuffleInPlace} from './seeded-random.js'

export interface PlantedCopy {
  article: Article
  /** The article with the edited copy inserted. */
  text: string
  /** Offsets of the original paragraph (the same in `article.text` and `text`). */
  original: {start: number; end: number}
  /** Offsets of the inserted, edited copy in `text`. */
  copy: {start: number; end: number}
  edits: number
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu

export function plantNearDuplicates(articles: readonly Article[], count: number, seed: number, minWords: number): PlantedCopy[] {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
  const vocabulary = [...new Set(articles.slice(0, 200).flatMap((article) => article.text.match(WORD) ?? []))]
  const order = shuffleInPlace(articles.map((_, index) => index), random)
  const planted: PlantedCopy[] = []
  for (const articleIndex of order) {
    if (planted.length === count) break
    const article = articles[articleIndex]
    const paragraphs = splitParagraphs(article.text)
    const eligible = paragraphs.filter((paragraph) => (paragraph.text.match(WORD) ?? []).length >= minWords)
    if (eligible.length === 0) continue
    const original = pick(eligible)
    const edits = 1 + Math.floor(random() * 3)
    const copyText = editWords(original.text, edits, random, () => pick(vocabulary))
    // The copy goes after a paragraph from the original onwards, with the article's own separator.
    const after = paragraphs[original.index + Math.floor(random() * (paragraphs.length - original.index))]
    const separator = article.text.includes('\n\n') ? '\n\n' : '\n'
    const text = article.text.slice(0, after.end) + separator + copyText + article.text.slice(after.end)
    const copyStart = after.end + separator.length
    planted.push({
      article,
      text,
      original: {start: original.start, end: original.end},
      copy: {start: copyStart, end: copyStart + copyText.length},
      edits
    })
  }
  return planted
}

/** `count` word edits at distinct words of `text`: half replacements, a quarter deletions, a quarter insertions. */
export function editWords(text: string, count: number, random: () => number, word: () => string): string {
  const words = [...text.matchAll(WORD)].map((match) => ({start: match.index, end: match.index + match[0].length}))
  const chosen = new Set<number>()
  while (chosen.size < Math.min(count, words.length)) chosen.add(Math.floor(random() * words.length))
  let edited = text
  // Right to left, so earlier offsets stay valid.
  for (const index of [...chosen].sort((a, b) => b - a)) {
    const {start, end} = words[index]
    const roll = random()
    if (roll < 0.5) edited = edited.slice(0, start) + otherWord(text.slice(start, end), word) + edited.slice(end)
    else if (roll < 0.75) edited = edited.slice(0, start) + edited.slice(end).replace(/^\s+/, '')
    else edited = edited.slice(0, start) + word() + ' ' + edited.slice(start)
  }
  return edited.trim()
}

/** A replacement that really differs from `current`, so every edit changes the paragraph. */
function otherWord(current: string, word: () => string): string {
  let replacement = word()
  while (replacement.toLowerCase() === current.toLowerCase()) replacement = word()
  return replacement
}
