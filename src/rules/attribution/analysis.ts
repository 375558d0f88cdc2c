/**
 * The attribution structure of a document — its words as the family reads them, its quotations and
 * its attributed sources — computed once per document and shared by no-anonymous-source,
 * no-weasel-attribution and no-unattributed-quote (a `documentView`, shared like the engine's
 * own views). Each part is computed the first time a rule asks.
 */
import {documentView, type DocumentViews, type Paragraph} from '../../engine/document.js'
import {reportedParagraphDuplicates} from '../duplication/paragraph-duplicates.js'
import {nameMentions, type NameMention} from '../names/mentions.js'
import {lowerBound} from '../../engine/lower-bound.js'
import {findQuotations, type Quotation} from './quotations.js'
import {findAttributedSources, type AttributedSource} from './sources.js'
import {buildTokens, tokenAtOrAfter, type Token} from './tokens.js'

export interface NameIndex {
  byStart: MentionLookup
  byEnd: MentionLookup
  /** 1 where a sentence holds a name. */
  sentences: Uint8Array
}

/**
 * The mentions by where they start or end. Mentions come in document order and never overlap, so
 * both offsets are sorted: a binary search answers the few look-ups a document needs without
 * building a map of every mention.
 */
export class MentionLookup {
  constructor(
    private readonly mentions: readonly NameMention[],
    private readonly edge: 'start' | 'end'
  ) {}

  get(offset: number): NameMention | undefined {
    const {mentions, edge} = this
    const mention = mentions[lowerBound(mentions.length, (index) => mentions[index][edge] < offset)]
    return mention?.[edge] === offset ? mention : undefined
  }

  has(offset: number): boolean {
    return this.get(offset) !== undefined
  }
}

export class AttributionAnalysis {
  #tokens?: Token[]
  #quotations?: Quotation[]
  #sources?: AttributedSource[]
  #sentenceStarts?: number[]
  #names?: NameIndex

  constructor(readonly doc: DocumentViews) {}

  get text(): string {
    return this.doc.text
  }

  get tokens(): Token[] {
    return (this.#tokens ??= buildTokens(this.doc))
  }

  /** Quotations in document order; they never overlap. */
  get quotations(): Quotation[] {
    return (this.#quotations ??= findQuotations(this.doc.text, this.doc.paragraphs))
  }

  /** Source noun phrases tied to a cue, named or not, outside quotations. */
  get sources(): AttributedSource[] {
    return (this.#sources ??= findAttributedSources(this.text, this.tokens, () => this.names, (offset) => this.quotedAt(offset), (sentence) => this.sentenceStart(sentence)))
  }

  /** The names family's mentions, indexed by where they start and end and (on first use) by sentence. */
  get names(): NameIndex {
    if (!this.#names) {
      const mentions = nameMentions(this.doc)
      const analysis = this
      let sentences: Uint8Array | undefined
      this.#names = {
        byStart: new MentionLookup(mentions, 'start'),
        byEnd: new MentionLookup(mentions, 'end'),
        get sentences() {
          return (sentences ??= sentencesWithNames(analysis, mentions))
        }
      }
    }
    return this.#names
  }

  /** Whether sentence `sentence` holds a name. */
  sentenceHasName(sentence: number): boolean {
    return this.names.sentences[sentence] === 1
  }

  /** The quotation whose marks enclose `offset`, if any (binary search). */
  quotationAt(offset: number): Quotation | undefined {
    const list = this.quotations
    const quotation = list[lowerBound(list.length, (index) => list[index].end <= offset)]
    return quotation && quotation.start <= offset ? quotation : undefined
  }

  quotedAt(offset: number): boolean {
    return this.quotationAt(offset) !== undefined
  }

  /** First token of sentence `sentence` (and, for `sentence + 1`, one past its last). */
  sentenceStart(sentence: number): number {
    if (!this.#sentenceStarts) {
      const starts = new Array<number>(this.doc.sentences.length + 1).fill(-1)
      const tokens = this.tokens
      for (let index = tokens.length - 1; index >= 0; index--) starts[tokens[index].sentence] = index
      let next = tokens.length
      for (let index = starts.length - 1; index >= 0; index--) {
        if (starts[index] === -1) starts[index] = next
        else next = starts[index]
      }
      this.#sentenceStarts = starts
    }
    return this.#sentenceStarts[Math.max(0, Math.min(sentence, this.#sentenceStarts.length - 1))]
  }

  /**
   * Whether the span repeats a finding in an earlier paragraph: its paragraph is a copy that
   * no-duplicate-paragraph reported, and the original holds the same words. One defect gets one
   * message; the copy itself is the duplication rule's finding.
   */
  repeatsReportedParagraph(start: number, end: number): boolean {
    const duplicates = reportedParagraphDuplicates(this.doc)
    if (duplicates.length === 0) return false
    const paragraph = this.doc.paragraphAt(start)
    if (!paragraph) return false
    const original: Paragraph | undefined = duplicates.find((duplicate) => duplicate.paragraph.index === paragraph.index)?.original
    return original !== undefined && original.text.includes(this.text.slice(start, end))
  }
}

/** The attribution analysis of `doc`, created on first use and shared by the family's rules. */
export const attributionAnalysis = documentView((doc) => new AttributionAnalysis(doc))

function sentencesWithNames(analysis: AttributionAnalysis, mentions: readonly NameMention[]): Uint8Array {
  const {tokens} = analysis
  const sentences = new Uint8Array(analysis.doc.sentences.length)
  for (const mention of mentions) {
    const token = tokens[tokenAtOrAfter(tokens, mention.start)]
    if (token) sentences[token.sentence] = 1
  }
  return sentences
}
