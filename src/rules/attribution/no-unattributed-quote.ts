/**
 * `no-unattributed-quote`: a direct quotation with no speaker. Quotation marks promise the reader
 * somebody's exact words; without a speaker the promise cannot be checked, and a quotation that
 * lost its attribution in an edit or a scrape is a common defect of archived copy.
 *
 * A quotation (see `quotations.ts`: straight or curly marks, and the news convention of a quotation
 * running over several paragraphs, each opening with a quotation mark) of at least `minWords` words
 * is attributed when, outside quotation marks, one of these appears in its paragraphs or in the
 * sentence just before or after it (or, for a quotation opening its paragraph, in the paragraph before): a speech cue ("said", "told", "added", "wrote", "asked"…),
 * "according to", a colon right before the quotation (`Smith: "…"`), or a dash and a name right after
 * it (`"…" — Smith`). Titles and terms are not speech and are left alone: a quotation introduced by
 * "so-called", "titled", "the slogan"…, or written in title case.
 */
import {defineRule} from '../../engine/rule.js'
import type {Paragraph} from '../../engine/document.js'
import {attributionAnalysis, type AttributionAnalysis} from './analysis.js'
import {CuePlaces} from './cue-places.js'
import {SPEAKER_PRONOUNS, SPEECH_VERBS} from './cue-verbs.js'
import type {Quotation} from './quotations.js'
import {TERM_INTRODUCERS, TITLE_SMALL_WORDS} from './quote-terms.js'
import {gapBefore, phraseAt, tokenAtOrAfter} from './tokens.js'

export interface NoUnattributedQuoteOptions {
  /** Quotations shorter than this many words are not judged (scare quotes, single terms). */
  minWords: number
}

/** A colon as the last thing before the quotation, even at the end of the paragraph before ("the following statement:"). */
const COLON_BEFORE = /:\s*$/
const COLON_LOOKBEHIND = 40
/** Between a closing mark and the speaker named right after it: '…," she allowed', '…” John Rogers, …'. */
const SPEAKER_AFTER = /^[\s,]*$/
/** A dash and a name after the quotation, as an epigraph or an embedded post signs it, past the post's link: '"…" — Jane Smith', '"…" https://t.co/x — Mark Krikorian'. */
const DASH_AFTER = /^\s*(?:https?:\/\/\S+\s*)?[—–―-]+\s*\p{Lu}/u
const DASH_LOOKAHEAD = 80
/** A citation in brackets right after the quotation: '"…" (Ray A. Smith / Wall Street Journal)', a footnote '"…" (27)'. */
const CITATION_AFTER = /^\s*\((?:\p{Lu}|\d{1,3}\))/u
/** The last character of a quotation of speech: the end of a sentence or of a clause. */
const SPEECH_ENDING = /[.!?,;:…—–\-'"’”)\]]\s*$/u
/** What follows a quotation that is a phrase within a sentence: a lower-case word, a bracket or a colon ('"If it ain't broke, don't fix it" applies to …'). */
const PHRASE_CONTINUES = /^\s*[\p{Ll}(:]/u
/** Paragraphs of narrative that may separate a speaker's quotation paragraphs. */
const NARRATIVE_GAP = 1
/** How far around a quotation a pull quote's repeated words are looked for. */
const PULL_QUOTE_REACH = 4000
/** Fewer characters than this repeat by chance. */
const MIN_PULL_QUOTE = 20
const COMMA_GAP = /,/
const TRAILING_PUNCTUATION = /[\s.!?,;:…]+$/u
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
      places ??= new CuePlaces(analysis)
      // The last speaker goes on in a quotation paragraph right after, or after one paragraph of narrative ("She pauses.").
      const continues = quotation.firstParagraph <= speaking + 1 + NARRATIVE_GAP && opensParagraph(doc.paragraphs, quotation)
      // Every attributed quotation, judged or not, lets the quotation paragraphs right after it continue it.
      if (continues || quotation.firstParagraph === speaking || isAttributed(analysis, places, quotation, first, end)) {
        speaking = quotation.lastParagraph
        continue
      }
      if (end - first < options.minWords || !standsAlone(text, doc.paragraphs[quotation.firstParagraph].start, quotation)) continue
      if (isTermOrTitle(analysis, first, end) || isHeading(text, doc.paragraphs[quotation.firstParagraph], quotation)) continue
      if (isPhraseInSentence(text, quotation) || isPullQuote(text, quotation)) continue
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

/** Whether the quotation's opening mark starts its (first) paragraph. */
function opensParagraph(paragraphs: readonly Paragraph[], quotation: Quotation): boolean {
  return quotation.start === paragraphs[quotation.firstParagraph].start
}

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
  const after = text.slice(quotation.end, quotation.end + DASH_LOOKAHEAD)
  if (DASH_AFTER.test(after) || CITATION_AFTER.test(after)) return true
  if (cueInside(analysis, first, end)) return true
  // News convention: a quotation opening the paragraph after one that quotes someone is theirs; feature
  // convention: a quotation opening the paragraph after one about a person ("Reese misses the
  // visitors.") is theirs. A quotation after sentences of narrative in its own paragraph is not: the
  // narrative comes between ("The club is funding its move …. "We have two executives …"").
  const previousParagraph = quotation.firstParagraph - 1
  if (previousParagraph >= 0 && opensParagraph(analysis.doc.paragraphs, quotation) && (places.paragraphHas(previousParagraph, 'cue') || places.paragraphHas(previousParagraph, 'speaker') || places.paragraphHas(previousParagraph, 'question'))) {
    return true
  }
  if (places.paragraphHas(quotation.firstParagraph, 'speaker')) return true
  for (let paragraph = quotation.firstParagraph; paragraph <= quotation.lastParagraph; paragraph++) {
    if (places.paragraphHas(paragraph, 'cue')) return true
  }
  const speaker = tokens[end]
  if (speaker && speaker.sentence === tokens[end - 1].sentence && SPEAKER_AFTER.test(text.slice(quotation.end, speaker.start))) {
    if (SPEAKER_PRONOUNS.has(speaker.bare) || analysis.names.byStart.has(speaker.start)) return true
  }
  const previous = tokens[first].sentence - 1
  const next = tokens[end - 1].sentence + 1
  if (previous >= 0 && (places.sentenceHas(previous, 'cue') || places.sentenceHas(previous, 'speaker') || places.sentenceHas(previous, 'question'))) return true
  return next < analysis.doc.sentences.length && (places.sentenceHas(next, 'cue') || places.sentenceHas(next, 'opener'))
}

/**
 * Whether a quotation holds its own attribution because a closing mark was lost or misplaced: a cue
 * after a comma inside it ('"There wasn't a lot of education …, said
 * Kessel', '"The need for connection is …, says humanistic psychologist Dr. Scott Barry Kaufman').
 */
function cueInside(analysis: AttributionAnalysis, first: number, end: number): boolean {
  const {text, tokens, names} = analysis
  for (let index = first + 1; index < end; index++) {
    if (!SPEECH_VERBS.has(tokens[index].bare)) continue
    const subject = tokens[index - 1]
    const speakerBefore = SPEAKER_PRONOUNS.has(subject.bare) || names.byEnd.has(subject.end)
    if (COMMA_GAP.test(gapBefore(text, tokens, speakerBefore ? index - 1 : index))) return true
  }
  return false
}

/**
 * A quotation that is a phrase within the writer's sentence — a saying, a title, a slogan, a headline
 * before its colon — rather than a sentence of speech: it ends without punctuation and the sentence
 * goes on after it ('"If it ain't broke, don't fix it" applies to patent law', '"Mechanical Ventilation
 * for COVID-19" takes two to five hours', '"Lose safety? Lose work? No to Schengen" (2005)').
 */
function isPhraseInSentence(text: string, quotation: Quotation): boolean {
  if (!quotation.closed || SPEECH_ENDING.test(text.slice(Math.max(quotation.innerStart, quotation.innerEnd - 4), quotation.innerEnd))) return false
  return PHRASE_CONTINUES.test(text.slice(quotation.end, quotation.end + 4))
}

/**
 * A pull quote: a web page repeats a sentence of the body in quotation marks as a display quote
 * ('“This isn’t the way you want to see pollution to be reduced.”' before '… this isn’t the way you
 * want to see pollution to be reduced.'). Its words are in the text nearby; they are not lost speech.
 */
function isPullQuote(text: string, quotation: Quotation): boolean {
  // Past the first letter, which the body may write in lower case ("But certainly, this isn’t …").
  const words = text.slice(quotation.innerStart, quotation.innerEnd).replace(TRAILING_PUNCTUATION, '').trim().slice(1)
  if (words.length < MIN_PULL_QUOTE) return false
  // Bounded windows keep the search linear however many quotations a document holds.
  return (
    text.slice(quotation.end, quotation.end + PULL_QUOTE_REACH).includes(words) ||
    text.slice(Math.max(0, quotation.start - PULL_QUOTE_REACH), quotation.start).includes(words)
  )
}
