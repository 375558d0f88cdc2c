/**
 * `no-unattributed-quote`: a direct quotation with no speaker. Quotation marks promise the reader
 * somebody's exact words; without a speaker the promise cannot be checked, and a quotation that
 * lost its attribution in an edit or a scrape is a common defect of archived copy.
 *
 * A quotation (see `quotations.ts`: straight or curly marks, and the news convention of a quotation
 * running over several paragraphs, each opening with a quotation mark) of at least `minWords` words
 * is attributed when, outside quotation marks, one of these appears in its paragraphs or in the
 * sentence just before or after it: a speech cue ("said", "told", "added", "wrote", "asked"…),
 * "according to", a colon right before the quotation (`Smith: "…"`), or a dash and a name right after
 * it (`"…" — Smith`). Titles and terms are not speech and are left alone: a quotation introduced by
 * "so-called", "titled", "the slogan"…, or written in title case.
 */
import {defineRule} from '../../engine/rule.js'
import type {Paragraph} from '../../engine/document.js'
import {attributionAnalysis, type AttributionAnalysis} from './analysis.js'
import {QUOTE_ONLY_VERBS, QUOTE_PHRASES, SPEAKER_PRONOUNS, SPEECH_VERBS} from './cue-verbs.js'
import type {Quotation} from './quotations.js'
import {TERM_INTRODUCERS, TITLE_SMALL_WORDS} from './quote-terms.js'
import {phraseAt, tokenAtOrAfter} from './tokens.js'

export interface NoUnattributedQuoteOptions {
  /** Quotations shorter than this many words are not judged (scare quotes, single terms). */
  minWords: number
}

/** A colon as the last thing before the quotation, even at the end of the paragraph before ("the following statement:"). */
const COLON_BEFORE = /:\s*$/
const COLON_LOOKBEHIND = 40
/** Between a closing mark and the speaker named right after it: '…," she allowed', '…” John Rogers, …'. */
const SPEAKER_AFTER = /^[\s,]*$/
/** Words that may open a sentence before its subject: "And he is scathing of the Tory party." */
const SENTENCE_CONNECTIVES: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet', 'still', 'now', 'then'])
/** Documents that speak for their authors: "Following are extracts from the communique …". */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['statement', 'communique', 'letter', 'extract', 'extracts', 'transcript', 'memo', 'release', 'text', 'speech', 'interview'])
const DASH_AFTER = /^\s*[—–―-]+\s*\p{Lu}/u
/** The end of a sentence (or nothing) right before an opening mark. */
const SENTENCE_BOUNDARY_BEFORE = /(?:^|[.!?…]["”’')\]]?)\s*$/u
const SENTENCE_END = /[.!?…]/u
const LETTER = /\p{L}/u
/** Title case: at least this share of a quotation's longer words are capitalised. */
const TITLE_CASE_SHARE = 0.75

export const noUnattributedQuote = defineRule<NoUnattributedQuoteOptions>(
  {
    id: 'no-unattributed-quote',
    family: 'attribution',
    description: 'Disallow direct quotations with no speaker',
    severity: 'warning',
    fixable: false,
    recommended: true,
    schema: {
      type: 'object',
      properties: {minWords: {type: 'integer', minimum: 1}},
      additionalProperties: false
    },
    defaultOptions: {minWords: 5}
  },
  ({doc, text, options, report}) => {
    const analysis = attributionAnalysis(doc)
    let places: CuePlaces | undefined
    /** Last paragraph of the latest quotation with a speaker: quotation paragraphs right after it continue it. */
    let speaking = -2
    for (const quotation of analysis.quotations) {
      const first = tokenAtOrAfter(analysis.tokens, quotation.innerStart)
      const end = tokenAtOrAfter(analysis.tokens, quotation.innerEnd)
      if (end === first) continue
      places ??= findCuePlaces(analysis)
      const continues = quotation.firstParagraph === speaking + 1 && quotation.start === doc.paragraphs[quotation.firstParagraph].start
      // Every attributed quotation, judged or not, lets the quotation paragraphs right after it continue it.
      if (continues || quotation.firstParagraph === speaking || isAttributed(analysis, places, quotation, first, end)) {
        speaking = quotation.lastParagraph
        continue
      }
      if (end - first < options.minWords || !standsAlone(text, doc.paragraphs[quotation.firstParagraph].start, quotation)) continue
      if (isTermOrTitle(analysis, first, end) || isHeading(text, doc.paragraphs[quotation.firstParagraph], quotation)) continue
      // One defect, one message: the quotation paragraphs right after this one continue it.
      speaking = quotation.lastParagraph
      const flaggedEnd = Math.min(quotation.end, doc.paragraphs[quotation.firstParagraph].end)
      if (analysis.repeatsReportedParagraph(quotation.start, flaggedEnd)) continue
      report({
        start: quotation.start,
        end: flaggedEnd,
        message: 'This quotation has no speaker',
        actual: text.slice(quotation.start, flaggedEnd),
        note: 'A copy editor would ask who said it: name the speaker with a cue such as "said" next to the quotation, or drop the quotation marks if these are not someone\'s words.'
      })
    }
  }
)

/**
 * Whether the quotation stands as a sentence of its own: it opens its paragraph or follows the end of
 * a sentence. A quotation woven into the writer's sentence ("the government's main problems are
 * "slumping consumption…"", "Standard Chartered sees "the opportunity…"") takes its source from that
 * sentence, and is often a document's wording or a slogan rather than speech: it is not judged.
 */
function standsAlone(text: string, paragraphStart: number, quotation: Quotation): boolean {
  return SENTENCE_BOUNDARY_BEFORE.test(text.slice(Math.max(paragraphStart, quotation.start - 12), quotation.start)) || quotation.start === paragraphStart
}

/**
 * A quotation that is a whole paragraph and does not end a sentence is a heading or a pull quote
 * ("‘This is not the time to do nothing’"), not speech left without its speaker.
 */
function isHeading(text: string, paragraph: Paragraph, quotation: Quotation): boolean {
  return quotation.start === paragraph.start && quotation.end === paragraph.end && !SENTENCE_END.test(text[quotation.innerEnd - 1] ?? '')
}

/** Whether the quotation is a name, term or title: introduced as one, or in title case. */
function isTermOrTitle(analysis: AttributionAnalysis, first: number, end: number): boolean {
  const {tokens} = analysis
  const before = first - 1
  if (before >= 0 && TERM_INTRODUCERS.some((phrase) => before - phrase.length + 1 >= 0 && phraseAt(tokens, before - phrase.length + 1, phrase))) {
    return true
  }
  let long = 0
  let capitalised = 0
  for (let index = first + 1; index < end; index++) {
    if (TITLE_SMALL_WORDS.has(tokens[index].bare) || !LETTER.test(tokens[index].value)) continue
    long++
    if (tokens[index].capitalised) capitalised++
  }
  return long >= 2 && capitalised >= TITLE_CASE_SHARE * long
}

/**
 * Where speakers are, outside quotation marks, found in one pass over the words: paragraphs and
 * sentences with a speech cue, and sentences that name a person or hold a personal pronoun.
 */
interface CuePlaces {
  paragraphs: Uint8Array
  sentences: Uint8Array
  /** Sentences whose subject is a person (a name, "he", "they") or that name a document. */
  speakers: Uint8Array
  /** Sentences that open with a name: "Xu Jinfeng, a village official, sums up the dilemma." */
  openers: Uint8Array
}

function findCuePlaces(analysis: AttributionAnalysis): CuePlaces {
  const {tokens, doc, names} = analysis
  const places: CuePlaces = {
    paragraphs: new Uint8Array(doc.paragraphs.length),
    sentences: new Uint8Array(doc.sentences.length),
    speakers: new Uint8Array(doc.sentences.length),
    openers: new Uint8Array(doc.sentences.length)
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (analysis.quotedAt(token.start)) continue
    const opening = index - analysis.sentenceStart(token.sentence)
    // The subject opens the sentence, after at most a connective ("And he …") or a title ("Mr Wong …").
    const subject = opening === 0 || (opening === 1 && (SENTENCE_CONNECTIVES.has(tokens[index - 1].bare) || tokens[index - 1].capitalised))
    const person = SPEAKER_PRONOUNS.has(token.bare) || names.byStart.has(token.start)
    if ((subject && person) || DOCUMENT_NOUNS.has(token.bare)) places.speakers[token.sentence] = 1
    if (opening === 0 && names.byStart.has(token.start)) places.openers[token.sentence] = 1
    // "said.In" (a lost space) is still "said".
    const word = token.bare.includes('.') ? token.bare.slice(0, token.bare.indexOf('.')) : token.bare
    if (SPEECH_VERBS.has(word) || QUOTE_ONLY_VERBS.has(word) || QUOTE_PHRASES.some((phrase) => phraseAt(tokens, index, phrase))) {
      places.paragraphs[token.paragraph] = 1
      places.sentences[token.sentence] = 1
    }
  }
  return places
}

/**
 * Whether a cue stands outside quotation marks in the quotation's paragraphs or in the sentence just
 * before or after it, or a colon introduces it (or opens its paragraph, as in a transcript), or a
 * dash and a name follow it, or a name or "he", "she", "they" follows its closing mark ('…," she
 * allowed'). A sentence just before whose subject is a person also gives the speaker (feature copy
 * introduces a quotation with a sentence about its speaker: "Campbell signalled his intent to move
 * abroad. "I'm 30 now…""), as does one naming a document ("Following are extracts from the
 * communique"), a question just before it (an interview's question, answered by the quotation), or a
 * sentence just after that opens with a name (a lede quotation: ""…" Xu Jinfeng, a village
 * official, sums up the dilemma").
 */
function isAttributed(analysis: AttributionAnalysis, places: CuePlaces, quotation: Quotation, first: number, end: number): boolean {
  const {text, tokens} = analysis
  if (COLON_BEFORE.test(text.slice(Math.max(0, quotation.start - COLON_LOOKBEHIND), quotation.start))) return true
  // A paragraph opening with a colon is a transcript's answer (": Bob was one of the most mesmeric people …").
  if (text[analysis.doc.paragraphs[quotation.firstParagraph].start] === ':') return true
  if (DASH_AFTER.test(text.slice(quotation.end, quotation.end + 8))) return true
  for (let paragraph = quotation.firstParagraph; paragraph <= quotation.lastParagraph; paragraph++) {
    if (places.paragraphs[paragraph]) return true
  }
  const speaker = tokens[end]
  if (speaker && speaker.sentence === tokens[end - 1].sentence && SPEAKER_AFTER.test(text.slice(quotation.end, speaker.start))) {
    if (SPEAKER_PRONOUNS.has(speaker.bare) || analysis.names.byStart.has(speaker.start)) return true
  }
  const before = tokens[first].sentence - 1
  const after = tokens[end - 1].sentence + 1
  if (before >= 0 && (places.sentences[before] === 1 || places.speakers[before] === 1 || asksQuestion(analysis, before))) return true
  return after < places.sentences.length && (places.sentences[after] === 1 || places.openers[after] === 1)
}

/** Whether a sentence asks a question outside quotation marks: an interview's question, answered by the quotation. */
function asksQuestion(analysis: AttributionAnalysis, sentence: number): boolean {
  const {text, doc} = analysis
  const {end} = doc.sentences[sentence]
  return text[end - 1] === '?' && !analysis.quotedAt(end - 1)
}
