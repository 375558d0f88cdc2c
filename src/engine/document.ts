/**
 * The shared, lazily computed views of one document.
 *
 * The engine parses each document once (retext-english); every rule then reads the views it needs
 * from here. A view is computed the first time a rule asks for it and cached on the object, which is
 * itself cached on the vfile (`file.data.copydesk`), so ten rules asking for sentences cost one
 * sentence walk.
 */
import type {Root, Sentence as SentenceNode} from 'nlcst'
import type {VFile} from 'vfile'
import {LineIndex} from './line-index.js'
import {lowerBound} from './lower-bound.js'
import {splitParagraphs, type Paragraph} from './paragraphs.js'
import {trimmedSpan} from './characters.js'

export type {Paragraph} from './paragraphs.js'

export interface Sentence {
  index: number
  /** Index of the paragraph the sentence lies in. */
  paragraph: number
  start: number
  end: number
  text: string
  /** The retext node; several sentences share it when retext ran one across a paragraph break. */
  node: SentenceNode
}

export interface Word {
  index: number
  /** Index of the sentence the word lies in. */
  sentence: number
  start: number
  end: number
  value: string
}

declare module 'vfile' {
  interface DataMap {
    copydesk: DocumentViews
  }
}

export class DocumentViews {
  #lines?: LineIndex
  #paragraphs?: Paragraph[]
  #sentences?: Sentence[]
  #words?: Word[]

  constructor(
    readonly text: string,
    readonly tree: Root
  ) {}

  /** Offset ↔ line/column conversion. */
  get lines(): LineIndex {
    return (this.#lines ??= new LineIndex(this.text))
  }

  /** Paragraphs as a reader sees them (see `paragraphs.ts`). */
  get paragraphs(): Paragraph[] {
    return (this.#paragraphs ??= this.tree.data?.readerParagraphs ?? splitParagraphs(this.text))
  }

  /** Sentences, never crossing a paragraph boundary, trimmed of surrounding white space. */
  get sentences(): Sentence[] {
    return (this.#sentences ??= this.#computeSentences())
  }

  /** Every word (retext WordNode) in document order, tagged with its sentence. */
  get words(): Word[] {
    return (this.#words ??= this.#computeWords())
  }

  /** The paragraph that contains `offset`, or undefined between paragraphs. */
  paragraphAt(offset: number): Paragraph | undefined {
    const list = this.paragraphs
    const paragraph = list[lowerBound(list.length, (index) => list[index].end <= offset)]
    return paragraph && paragraph.start <= offset ? paragraph : undefined
  }

  #computeSentences(): Sentence[] {
    const paragraphs = this.paragraphs
    const sentences: Sentence[] = []
    let paragraphIndex = 0
    for (const block of this.tree.children) {
      if (block.type !== 'ParagraphNode') continue
      for (const node of block.children) {
        if (node.type !== 'SentenceNode') continue
        let start = node.position?.start.offset ?? 0
        const end = node.position?.end.offset ?? start
        while (start < end) {
          while (paragraphIndex < paragraphs.length && paragraphs[paragraphIndex].end <= start) paragraphIndex++
          const paragraph = paragraphs[paragraphIndex]
          if (!paragraph) break
          const pieceStart = Math.max(start, paragraph.start)
          const pieceEnd = Math.min(end, paragraph.end)
          if (pieceStart >= end) break
          this.#pushSentence(sentences, node, paragraph.index, pieceStart, pieceEnd)
          start = pieceEnd
        }
      }
    }
    return sentences
  }

  #pushSentence(out: Sentence[], node: SentenceNode, paragraph: number, rawStart: number, rawEnd: number): void {
    const text = this.text
    const [start, end] = trimmedSpan(text, rawStart, rawEnd)
    if (end > start) out.push({index: out.length, paragraph, start, end, text: text.slice(start, end), node})
  }

  #computeWords(): Word[] {
    const words: Word[] = []
    const sentences = this.sentences
    let sentenceIndex = 0
    let previous: SentenceNode | undefined
    for (const sentence of sentences) {
      if (sentence.node === previous) continue
      previous = sentence.node
      for (const child of sentence.node.children) {
        if (child.type !== 'WordNode') continue
        const start = child.position?.start.offset ?? 0
        const end = child.position?.end.offset ?? start
        while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex].end <= start) sentenceIndex++
        // The word's text is the document's text at its position (parse-latin keeps every character).
        words.push({index: words.length, sentence: sentenceIndex, start, end, value: this.text.slice(start, end)})
      }
    }
    return words
  }
}

/** The views of the document in `file`, created on first use and shared by every rule. */
export function documentViews(tree: Root, file: VFile): DocumentViews {
  const cached = file.data.copydesk
  if (cached && cached.tree === tree) return cached
  const views = new DocumentViews(String(file.value ?? ''), tree)
  file.data.copydesk = views
  return views
}

/**
 * A derived view that a rule family adds (name mentions, attribution structure, mojibake spans):
 * computed the first time any rule asks for it on a document and then shared, like the built-in
 * views, so rules of one family never recompute what another already has.
 */
export function documentView<T>(compute: (doc: DocumentViews) => T): (doc: DocumentViews) => T {
  const cache = new WeakMap<DocumentViews, T>()
  return (doc) => {
    if (cache.has(doc)) return cache.get(doc) as T
    const value = compute(doc)
    cache.set(doc, value)
    return value
  }
}
