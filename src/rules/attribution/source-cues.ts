/**
 * The cues that tie an attributed source to its claim, read around a source phrase that sources.ts
 * has found: the verb after the phrase ("officials said", "an aide later told", "are quick to point
 * out"), a phrasal cue ("declined to comment"), a cue before it in news inversion ('"…," said a senior
 * official', "according to sources"), a speech participle closing the source's clause ("…, saying …"),
 * and a verb of quoting beside its quotation ('one lawmaker called Trump "the orange prince"').
 * Every step reads a bounded window, so the reading stays linear in the document.
 */
import {
  BE_FORMS,
  BELIEF_VERBS,
  CATENATIVES,
  CLAIM_ONLY_VERBS,
  CONSTRUAL_VERBS,
  CUE_AUXILIARIES,
  IRREGULAR_PAST,
  NON_VERBAL_QUOTING_VERBS,
  NOUN_LIKE_CUES,
  PASSIVE_CUES,
  PRECEDING_CUES,
  QUOTE_ONLY_VERBS,
  SPEAKER_PRONOUNS,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  THAT_CLAUSE_VERBS
} from './cue-verbs.js'
import {REFUSAL_VERBS, SOURCE_CUE_PHRASES} from './derived-lexicon.js'
import {isDeterminer} from './source-nouns.js'
import type {SourceContext} from './sources.js'
import {byFirstWord, gapBefore, joinedToPrevious, phraseAt, type Token} from './tokens.js'

/** "not", "never", and the negated auxiliaries: "didn't", "aren’t". */
const NEGATION = /^(?:not|never)$|n['’]t$/
/** A gap holding any of these ends a phrase read rightwards. */
export const CLAUSE_BREAK = /[,;:()"“”‘’—–]/u
export const COMMA = /,/
/** Words that open a relative clause, with its own subject and verbs. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom', 'whose', 'where', 'when'])
/** At most this many auxiliaries and adverbs between a source and its verb: "have also long said". */
const MAX_AUXILIARIES = 3
const DAYS_AND_PREPOSITIONS_AHEAD = new Set(['on', 'in', 'at'])
/** Words that date a cue without breaking the clause: "officials Tuesday said", "an aide yesterday told". */
const DATING_WORDS: ReadonlySet<string> = new Set('monday tuesday wednesday thursday friday saturday sunday yesterday today tonight'.split(' '))
/** What "this" or "last" makes a date of: "officials this week detailed", "an aide last month told". */
const DATED_PERIODS: ReadonlySet<string> = new Set('week weekend month year spring summer autumn fall winter'.split(' '))
/** Parts of a day, after a day ("officials Tuesday night said") or "this" ("officials this morning said"). */
const DAY_PARTS: ReadonlySet<string> = new Set('morning afternoon evening night'.split(' '))
/** Words after a verb of construal within which its "as" must stand: "see the Clinton campaign's new plan as". */
const CONSTRUAL_REACH = 6
/** How far after its verb a clause may reach its participle: "walked back the comments, saying". */
const PARTICIPLE_REACH = 15
const ONLY_COMMA = /^\s*,\s*$/
/** Punctuation that ends a verb's clause before a quotation could be its object ("called for calm, and … "America""). */
const CLAUSE_END = /[,;:()—–]/u
/** Tokens after a verb of quoting within which its quotation must start: 'one lawmaker called Trump "the orange prince"'. */
const QUOTATION_REACH = 8
/** What stands before an inverted cue: the end of a quotation or of the clause it attributes. */
const INVERSION_GAP = /[,"”’'—–:;]/u
/** The gap after a quotation's last word and before what follows it: a closing mark, perhaps with a comma or question mark. */
const QUOTATION_CLOSE_GAP = /["”’']/u
/** The phrasal cues by their first word, so a word that opens none is passed over with one look-up. */
const CUE_PHRASES_BY_FIRST_WORD = byFirstWord(SOURCE_CUE_PHRASES)
/** "-ly" words shorter than this are not adverbs of manner or time ("ally", "only", "rely"). */
const MIN_ADVERB_LETTERS = 5
/** Words in "-ly" that are nouns or adjectives, not adverbs: "the official daily", "a family friend". */
const NOT_ADVERBS: ReadonlySet<string> = new Set(
  'daily weekly monthly quarterly yearly hourly nightly family assembly rally supply early elderly friendly lonely costly holy silly ugly jolly'.split(' ')
)
/** Heads of phrasal cues that must close their clause: "as one aide put it". */
const CLAUSE_CLOSING_CUES: ReadonlySet<string> = new Set(['put', 'puts'])
/** How far back a verb of saying or believing makes a clause reported: "Smith said that in March officials …". */
const REPORTING_REACH = 10
/** Conjunctions that start another clause, which a reporting verb before them does not report. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or'])

/** A verb of saying, believing or claiming: a cue wherever it stands. */
export function isCue(token: Token): boolean {
  return !token.capitalised && (SPEECH_VERBS.has(token.bare) || BELIEF_VERBS.has(token.bare) || CLAIM_ONLY_VERBS.has(token.bare))
}

/** A verb that introduces quotations without attributing a claim ("called", "joked"): a cue only beside a quotation. */
export function isQuotingVerb(token: Token): boolean {
  return !token.capitalised && QUOTE_ONLY_VERBS.has(token.bare) && !NON_VERBAL_QUOTING_VERBS.has(token.bare)
}

/** A verb after "to" (not after a catenative: "are quick to point out") is an infinitive, no claim of the source's: "leaders in Illinois to point out". */
export function isInfinitive(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.bare === 'to' && !CATENATIVES.has(tokens[index - 2]?.bare ?? '')
}

/** A lower-case past form: "walked", "told"; what follows a source noun as its own verb. */
export function isPastVerb(token: Token): boolean {
  return !token.capitalised && (IRREGULAR_PAST.has(token.bare) || (token.bare.length > 3 && token.bare.endsWith('ed')))
}

/**
 * Length of the date at token `index` that may stand between a source and its verb without breaking
 * the clause, or 0: "officials Tuesday said", "officials Tuesday night said", "officials late Monday
 * said", "an aide yesterday told", "officials this week detailed", "officials this morning said".
 */
export function datingLength(tokens: readonly Token[], index: number): number {
  const word = tokens[index].bare
  const next = tokens[index + 1]?.bare ?? ''
  if (DATING_WORDS.has(word)) return DAY_PARTS.has(next) ? 2 : 1
  if ((word === 'late' || word === 'early') && DATING_WORDS.has(next)) return 2
  return (word === 'this' && DAY_PARTS.has(next)) || ((word === 'this' || word === 'last') && DATED_PERIODS.has(next)) ? 2 : 0
}

/** A word that dates: "Tuesday", "yesterday", "week", "night". */
export function isDateWord(word: string): boolean {
  return DATING_WORDS.has(word) || DATED_PERIODS.has(word) || DAY_PARTS.has(word)
}

/**
 * An adverb in "-ly" between a source and its cue ("officials subsequently told", "an aide
 * angrily denied"): it does not make a bare verb finite, so it is skipped, not counted as an
 * auxiliary as the listed adverbs of CUE_AUXILIARIES are. Short words ("ally", "only") and the
 * nouns and adjectives in "-ly" ("the official daily said", "an executive assembly") are not adverbs.
 */
export function isAdverb(token: Token): boolean {
  return !token.capitalised && token.bare.length >= MIN_ADVERB_LETTERS && token.bare.endsWith('ly') && !NOT_ADVERBS.has(token.bare)
}

/**
 * The cue after a phrase: optional auxiliaries, adverbs, a negation and a date ("have long", "later",
 * "do not", "Tuesday night"), then a cue verb in the same clause; after a negation only a belief ("do
 * not expect"; "would not say" is no claim). Punctuation in between breaks the link ("a junior
 * staffer) says", "…, warning"), except the comma that closes a clause describing the source (", who
 * spoke on condition of anonymity, said").
 */
export function cueAfter(
  context: SourceContext,
  from: number,
  {phraseStart, sentence, afterClause, plural}: {phraseStart: number; sentence: number; afterClause: boolean; plural: boolean}
): [number, number] | undefined {
  const {text, tokens} = context
  let index = from
  let be = false
  let auxiliary = false
  let negated = false
  for (let skipped = 0; index < tokens.length && skipped <= MAX_AUXILIARIES; skipped++, index++) {
    const token = tokens[index]
    if (token.sentence !== sentence) return undefined
    if (!(index === from && afterClause) && CLAUSE_BREAK.test(gapBefore(text, tokens, index))) return undefined
    if (CATENATIVES.has(token.bare) && tokens[index + 1]?.bare === 'to') {
      // "had begun to hint", "are quick to point out": the infinitive is the source's claim.
      be = false
      auxiliary = true
      index++
      continue
    }
    const phrase = cuePhraseLength(context, index)
    const construal = construesAs(context, index)
    if (phrase > 0 || construal || isCue(token) || (isQuotingVerb(token) && quotationNear(context, phraseStart, index)) || introducesThatClause(context, index)) {
      // A belief denied is still a belief ("officials do not expect"); words not said are no claim ("officials would not say").
      if (negated && !construal && !BELIEF_VERBS.has(token.bare)) return undefined
      return isClaimVerb(context, index, {be, auxiliary, plural}) ? [index, index + Math.max(1, phrase)] : undefined
    }
    if (CUE_AUXILIARIES.has(token.bare)) {
      be ||= BE_FORMS.has(token.bare)
      negated ||= NEGATION.test(token.bare)
      auxiliary = true
      continue
    }
    if (isAdverb(token)) continue
    const dating = datingLength(tokens, index)
    if (dating > 0) {
      index += dating - 1
      continue
    }
    // "officials on Friday said", "a source in Cairo told"
    if (DAYS_AND_PREPOSITIONS_AHEAD.has(token.bare) && tokens[index + 1]?.capitalised) {
      index++
      continue
    }
    return undefined
  }
  return undefined
}

/**
 * Whether a verb of construal has its "as" within CONSTRUAL_REACH words of its clause: "party leaders
 * see him as a potentially invaluable asset" is their belief; "officials see the vote on Monday" is
 * not.
 */
export function construesAs({text, tokens}: SourceContext, index: number): boolean {
  if (tokens[index].capitalised || !CONSTRUAL_VERBS.has(tokens[index].bare)) return false
  for (let next = index + 2; next < tokens.length && next <= index + CONSTRUAL_REACH && tokens[next].sentence === tokens[index].sentence; next++) {
    if (CLAUSE_BREAK.test(gapBefore(text, tokens, next))) return false
    if (tokens[next].bare === 'as') return true
  }
  return false
}

/**
 * Whether a verb that is a claim only before a "that" clause has one (THAT_CLAUSE_VERBS: "several
 * officials agreed that …"). The clause must open with its subject (a pronoun, a determiner, a name),
 * so "that" is no determiner ("agreed that plan").
 */
export function introducesThatClause({tokens}: SourceContext, index: number): boolean {
  const that = tokens[index + 1]
  const subject = tokens[index + 2]
  if (tokens[index].capitalised || !THAT_CLAUSE_VERBS.has(tokens[index].bare) || that?.bare !== 'that' || !subject || subject.sentence !== tokens[index].sentence) return false
  return opensWithSubject(subject)
}

/** Whether a word can open a clause as its subject: a pronoun, a determiner, a name ("that the law", "saying it was void"). */
function opensWithSubject(token: Token): boolean {
  return token.capitalised || isDeterminer(token.bare) || SPEAKER_PRONOUNS.has(token.bare) || token.bare === 'it' || token.bare === 'there'
}

/**
 * Whether a cue verb after a source is the source's own finite claim: not a passive ("500 officials
 * are accused"), not a bare participle ("officials worrying"), not an infinitive ("to point out", or
 * after a singular noun: "having a colleague describe the maps"), and not "responded by orchestrating".
 */
function isClaimVerb({tokens}: SourceContext, index: number, {be, auxiliary, plural}: {be: boolean; auxiliary: boolean; plural: boolean}): boolean {
  const verb = tokens[index].bare
  if (isInfinitive(tokens, index)) return false
  // "responded by saying" is speech; "responded by orchestrating" is not.
  if (tokens[index + 1]?.bare === 'by') return SPEECH_VERBS.has(tokens[index + 2]?.bare ?? '')
  if (verb.endsWith('ing')) return be
  if (be) return false
  if (!plural && !auxiliary) return verb.endsWith('s') || isPastVerb(tokens[index])
  return true
}

/**
 * Length of the phrasal cue starting at token `index` ("weighed in", "declined to comment"), or 0.
 * "put it" is a cue only where it closes its clause ("as one aide put it, …"), not in "officials put
 * it to a vote".
 */
export function cuePhraseLength({text, tokens}: SourceContext, index: number): number {
  if (index >= tokens.length) return 0
  const word = tokens[index].bare
  if (REFUSAL_VERBS.has(word)) {
    // The verb after "to" may be past the end of the text or the sentence ("Officials declined to").
    const verb = tokens[index + 2]
    return phraseAt(tokens, index + 1, ['to']) && verb?.sentence === tokens[index].sentence && SPEECH_VERBS.has(verb.bare) ? 3 : 0
  }
  let length = 0
  for (const phrase of CUE_PHRASES_BY_FIRST_WORD.get(word) ?? []) {
    if (phraseAt(tokens, index, phrase)) {
      length = phrase.length
      break
    }
  }
  if (length === 0 || !CLAUSE_CLOSING_CUES.has(word)) return length
  const after = index + length
  return after >= tokens.length || tokens[after].sentence !== tokens[index].sentence || !joinedToPrevious(text, tokens, after) ? length : 0
}

/**
 * The cue before a phrase: "…," said a senior official' (the phrase must end the clause, or "The
 * paper said Chinese officials had been irritated" would make the officials its source), "according
 * to sources", "was confirmed by officials".
 */
export function cueBefore({text, tokens}: SourceContext, phraseStart: number, closesClause: boolean): [number, number] | undefined {
  if (!joinedToPrevious(text, tokens, phraseStart)) return undefined
  const previous = tokens[phraseStart - 1]
  if (PRECEDING_CUES.has(previous.bare) && !previous.capitalised && closesClause && isInverted(text, tokens, phraseStart - 1)) return [phraseStart - 1, phraseStart]
  if (phraseStart >= 2 && phraseAt(tokens, phraseStart - 2, ['according', 'to'])) return [phraseStart - 2, phraseStart]
  if (previous.bare === 'by' && phraseStart >= 2 && joinedToPrevious(text, tokens, phraseStart - 1)) {
    if (PASSIVE_CUES.has(tokens[phraseStart - 2].bare)) return [phraseStart - 2, phraseStart]
  }
  return undefined
}

/**
 * Whether a cue before its phrase stands in news inversion: after the quotation or clause it
 * attributes ('"…," said a senior official', "…, added one aide") or opening its sentence, not after
 * a subject of its own ("Xi Jinping warned top party officials in a speech").
 */
function isInverted(text: string, tokens: readonly Token[], cue: number): boolean {
  return cue === 0 || tokens[cue - 1].sentence !== tokens[cue].sentence || INVERSION_GAP.test(gapBefore(text, tokens, cue))
}

/**
 * The speech participle that closes the source's clause: "A campaign official later walked back the
 * comments, saying …", "Officials released the figures on Monday, adding that …". The participle's
 * subject is the clause's, so:
 * - the source is the subject of a past verb right after it, past at most MAX_AUXILIARIES adverbs and
 *   auxiliaries (a passive keeps its subject: "an aide was arrested, saying he was innocent");
 * - no verb of saying or believing stands before it in the sentence (within REPORTING_REACH tokens):
 *   "Smith said officials ignored the warnings, adding that he was angry" is Smith's participle;
 * - the participle follows the first comma of that clause, with no relative pronoun before it
 *   (another clause with its own subject), and opens a clause of saying: "that", a quotation, or a
 *   subject ("saying the candidate …"), not "adding to fears", "warning signs" or "claiming asylum".
 */
export function participleCue(context: SourceContext, phraseStart: number, from: number, sentence: number): [number, number] | undefined {
  const {text, tokens} = context
  if (isReported(text, tokens, phraseStart, sentence)) return undefined
  let verb = from
  while (verb < tokens.length && verb - from < MAX_AUXILIARIES && tokens[verb].sentence === sentence) {
    const skipped = CUE_AUXILIARIES.has(tokens[verb].bare) || isAdverb(tokens[verb]) ? 1 : datingLength(tokens, verb)
    if (skipped === 0) break
    verb += skipped
  }
  if (verb >= tokens.length || tokens[verb].sentence !== sentence || !isPastVerb(tokens[verb]) || CLAUSE_BREAK.test(gapBefore(text, tokens, verb))) return undefined
  for (let index = verb + 1; index < tokens.length && index <= verb + PARTICIPLE_REACH && tokens[index].sentence === sentence; index++) {
    const gap = gapBefore(text, tokens, index)
    if (CLAUSE_BREAK.test(gap)) {
      return ONLY_COMMA.test(gap) && SPEECH_PARTICIPLES.has(tokens[index].bare) && opensClauseOfSaying(context, index + 1) ? [index, index + 1] : undefined
    }
    if (RELATIVE_PRONOUNS.has(tokens[index].bare)) return undefined
  }
  return undefined
}

/**
 * Whether what follows a participle of saying is what was said: "that" or a quotation; after
 * "saying", also a clause's subject (a pronoun, a determiner, a name: "saying the law was void").
 */
function opensClauseOfSaying({tokens, quoted}: SourceContext, index: number): boolean {
  const token = tokens[index]
  if (!token || token.sentence !== tokens[index - 1].sentence) return false
  if (token.bare === 'that' || quoted(token.start)) return true
  return tokens[index - 1].bare === 'saying' && opensWithSubject(token)
}

/**
 * Whether a verb of saying or believing stands before the phrase in its clause (within
 * REPORTING_REACH tokens, with no punctuation or "and"/"but"/"or" between), so the clause is
 * reported: "Smith said that in March officials …", not "it was reported in May and some lawmakers …".
 */
export function isReported(text: string, tokens: readonly Token[], phraseStart: number, sentence: number): boolean {
  for (let index = phraseStart - 1; index >= 0 && index >= phraseStart - REPORTING_REACH && tokens[index].sentence === sentence; index--) {
    if (CLAUSE_BREAK.test(gapBefore(text, tokens, index + 1)) || COORDINATORS.has(tokens[index].bare)) return false
    if (isCue(tokens[index]) && !NOUN_LIKE_CUES.has(tokens[index].bare)) return true
  }
  return false
}

/**
 * Whether an individual's cue reports words: a verb of saying, a phrasal cue, or a verb of quoting
 * with its quotation ("one lawmaker called Trump "the orange prince""); "believes" and a verb of quoting
 * without one ("where is the money, asked a lawmaker") do not make one described person a source.
 */
export function isSpeechCue(context: SourceContext, [cueStart, cueEnd]: [number, number], phraseStart: number): boolean {
  const verb = context.tokens[cueStart]
  return SPEECH_VERBS.has(verb.bare) || CLAIM_ONLY_VERBS.has(verb.bare) || cueEnd - cueStart > 1 || (isQuotingVerb(verb) && quotationNear(context, phraseStart, cueStart))
}

/**
 * Whether a verb that introduces quotations without attributing a claim ("called", "joked") has its
 * quotation: one that ends right before the phrase and its verb, whichever comes first ('"We will
 * win," one lawmaker quipped', '"Where is the money?" asked a lawmaker'), or starts in the verb's
 * clause within QUOTATION_REACH tokens ('one lawmaker called Trump "the orange prince"'; not 'called
 * for calm, and the crowd sang "America"'). Quoted, the source's words are the claim.
 */
function quotationNear({text, tokens, quoted}: SourceContext, phraseStart: number, verb: number): boolean {
  // A question or exclamation inside the quotation ends its sentence there, so the next sentence
  // counts when it goes on in lower case.
  const first = Math.min(phraseStart, verb)
  if (
    first > 0 &&
    quoted(tokens[first - 1].start) &&
    QUOTATION_CLOSE_GAP.test(gapBefore(text, tokens, first)) &&
    (tokens[first - 1].sentence === tokens[first].sentence || !tokens[first].capitalised)
  ) {
    return true
  }
  const sentence = tokens[verb].sentence
  for (let next = verb + 1; next < tokens.length && next <= verb + QUOTATION_REACH && tokens[next].sentence === sentence; next++) {
    if (quoted(tokens[next].start)) return true
    if (CLAUSE_END.test(gapBefore(text, tokens, next)) || tokens[next].bare === 'and') return false
  }
  return false
}
