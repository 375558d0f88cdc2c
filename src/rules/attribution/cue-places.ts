/**
 * Where no-unattributed-quote looks for a quotation's speaker, outside quotation marks: sentences
 * and paragraphs holding a speech cue ("said", "asked", "pointed out"), sentences and paragraphs
 * with a person as subject (a name, "he", "they", "For Barry McGovern, …") or naming a document,
 * sentences and paragraphs asking a question (an interview), and sentences that open with a name.
 *
 * Read lazily, one sentence at a time, and only for the sentences around a quotation: most of a
 * document is never read, and no sentence is read twice, so the cost stays linear in the document
 * and small where quotations are few.
 */
import type {AttributionAnalysis} from './analysis.js'
import {QUOTE_ONLY_VERBS, QUOTE_PHRASES, SPEAKER_PRONOUNS, SPEECH_VERBS} from './cue-verbs.js'
import {lowerBound} from '../../engine/lower-bound.js'
import {gapBefore, phraseAt, type Token} from './tokens.js'

/** Words that may open a sentence before its subject: "And he is scathing of the Tory party." */
const SENTENCE_CONNECTIVES: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet', 'still', 'now', 'then'])
/** Documents that speak for their authors: "Following are extracts from the communique …". */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'communique', 'letter', 'extract', 'extracts', 'transcript', 'memo', 'release', 'text', 'speech', 'interview'])
/** First words of the phrasal cues, so most words are ruled out with one look-up. */
const QUOTE_PHRASE_STARTS: ReadonlySet<string> = new Set(QUOTE_PHRASES.map((phrase) => phrase[0]))

/**
 * What a sentence may show:
 * - `cue`: a speech cue ("said", "asked", "pointed out");
 * - `speaker`: a person as its subject (a name, "he", "they", "For Barry McGovern, …"), or a document named;
 * - `opener`: a name opening it ("Xu Jinfeng, a village official, sums up the dilemma.");
 * - `question`: a question (an interview's, answered by the quotation after it).
 */
export type Place = 'cue' | 'speaker' | 'opener' | 'question'

const COMMA = /,/
const READ = 1
const CUE = 2
const SPEAKER = 4
const OPENER = 8
const QUESTION = 16
const PLACE_FLAGS: Readonly<Record<Place, number>> = {cue: CUE, speaker: SPEAKER, opener: OPENER, question: QUESTION}
/** How far "For …," may run before its comma: "For dolphin expert and University of Queensland PhD student Barry McGovern,". */
const FOR_PHRASE_REACH = 12

export class CuePlaces {
  readonly #analysis: AttributionAnalysis
  readonly #sentences: Uint8Array
  readonly #paragraphs: Uint8Array

  constructor(analysis: AttributionAnalysis) {
    this.#analysis = analysis
    this.#sentences = new Uint8Array(analysis.doc.sentences.length)
    this.#paragraphs = new Uint8Array(analysis.doc.paragraphs.length)
  }

  /** Whether the sentence shows `place` outside quotation marks. */
  sentenceHas(sentence: number, place: Place): boolean {
    return (this.#read(sentence) & PLACE_FLAGS[place]) !== 0
  }

  /** Whether some sentence of the paragraph shows `place` outside quotation marks. */
  paragraphHas(paragraph: number, place: Place): boolean {
    return (this.#readParagraph(paragraph) & PLACE_FLAGS[place]) !== 0
  }

  /** The sentence flags of a paragraph, or-ed together. */
  #readParagraph(paragraph: number): number {
    if (this.#paragraphs[paragraph] === 0) {
      const sentences = this.#analysis.doc.sentences
      let flags = READ
      for (let sentence = firstSentenceOf(sentences, paragraph); sentence < sentences.length && sentences[sentence].paragraph === paragraph; sentence++) {
        flags |= this.#read(sentence)
      }
      this.#paragraphs[paragraph] = flags
    }
    return this.#paragraphs[paragraph]
  }

  #read(sentence: number): number {
    if (this.#sentences[sentence] === 0) this.#sentences[sentence] = readSentence(this.#analysis, sentence)
    return this.#sentences[sentence]
  }
}

function readSentence(analysis: AttributionAnalysis, sentence: number): number {
  const {tokens, names, text} = analysis
  const first = analysis.sentenceStart(sentence)
  const end = analysis.sentenceStart(sentence + 1)
  let flags = READ
  const last = analysis.doc.sentences[sentence].end - 1
  if (text[last] === '?' && !analysis.quotedAt(last)) flags |= QUESTION
  if (first < end && tokens[first].bare === 'for' && forPerson(analysis, first, end)) flags |= SPEAKER
  for (let index = first; index < end; index++) {
    const token = tokens[index]
    if (analysis.quotedAt(token.start)) continue
    const opening = index - first
    if (opening <= 1) {
      // The subject opens the sentence, after at most a connective ("And he …") or a title ("Mr Wong …").
      const subject = opening === 0 || SENTENCE_CONNECTIVES.has(tokens[index - 1].bare) || tokens[index - 1].capitalised
      const named = names.byStart.has(token.start)
      if (subject && (named || SPEAKER_PRONOUNS.has(token.bare))) flags |= SPEAKER
      if (opening === 0 && named) flags |= OPENER
    }
    if (DOCUMENT_NOUNS.has(token.bare)) flags |= SPEAKER
    if (isQuoteCue(tokens, index)) flags |= CUE
  }
  return flags
}

/** Whether the sentence opens with "For" and a person, as features introduce a view: "For Barry McGovern, the explanation is mundane." */
function forPerson(analysis: AttributionAnalysis, first: number, end: number): boolean {
  const {tokens, names, text} = analysis
  for (let index = first + 1; index < end && index <= first + FOR_PHRASE_REACH; index++) {
    if (index + 1 < end && COMMA.test(gapBefore(text, tokens, index + 1))) return names.byEnd.has(tokens[index].end)
  }
  return false
}

/** Whether a speech cue starts at token `index`: a verb ("said", "asked") or a phrase ("pointed out", "according to"). */
function isQuoteCue(tokens: readonly Token[], index: number): boolean {
  const bare = tokens[index].bare
  // "said.In" (a lost space) is still "said".
  const stop = bare.indexOf('.')
  const word = stop === -1 ? bare : bare.slice(0, stop)
  if (SPEECH_VERBS.has(word) || QUOTE_ONLY_VERBS.has(word)) return true
  return QUOTE_PHRASE_STARTS.has(word) && QUOTE_PHRASES.some((phrase) => phraseAt(tokens, index, phrase))
}

/** Index of the first sentence of `paragraph` (sentences are in document order). */
function firstSentenceOf(sentences: ReadonlyArray<{paragraph: number}>, paragraph: number): number {
  return lowerBound(sentences.length, (index) => sentences[index].paragraph < paragraph)
}
