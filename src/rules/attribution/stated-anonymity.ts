/**
 * Sources the text itself says it does not name: "one dealer, who asked not to be named, told
 * Reuters", "the analyst, who requested anonymity, said", "the people said on condition of anonymity".
 * A stated anonymity is the defect's own signature, so it settles what the source noun alone cannot:
 * - it makes any person noun a source, not only the listed ones ("dealer", "banker", "trader");
 * - it admits what the noun's kind would turn away: one described person after "the" ("The analyst,
 *   who asked not to be identified, said"), a plural crowd noun ("Two traders, who asked not to be
 *   named, said") and a spokesperson who is not speaking on the record ("a spokesman for the bank who
 *   declined to be named said");
 * - a definite phrase is then not the person named in the sentence before: that person would not
 *   need to ask.
 * The anonymity must be stated in the clause that describes the source or right after its cue, never
 * in the claim: "officials said the witness asked not to be named" is about the witness.
 */
import {ANONYMITY_REASON, REASON_LINK} from './anonymity-reasons.js'
import {isDeterminer, PHRASE_BOUNDARY_WORDS, SOURCE_NOUNS, type SourceNoun} from './source-nouns.js'
import {CUE_AUXILIARIES} from './cue-verbs.js'
import {CLAUSE_BREAK, isAdverb, isDateWord} from './source-cues.js'
import type {AttributedSource, SourceContext} from './sources.js'
import {gapBefore, type Token} from './tokens.js'

/** Words that open a clause describing a source in which its anonymity can be stated. */
const DESCRIBING_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'speaking'])
/** The gap between a noun and its describing clause: a space, or a comma. */
const DESCRIBING_GAP = /^\s*,?\s*$/
/** Tokens of a describing clause, or after a cue, within which the anonymity must be stated. */
const STATEMENT_REACH = 12
/** A person noun, lower-cased, is a word of letters: "dealer", "bankers", "co-worker". */
const PERSON_NOUN = /^[a-z][a-z'’-]+$/
/**
 * Words for people that are no source nouns, whose relative clause in a prepositional phrase is
 * theirs: "the lawyer for a woman who asked not to be named".
 */
const PERSON_WORDS: ReadonlySet<string> = new Set(
  'man men woman women boy boys girl girls child children family families client clients patient patients victim victims customer customers son husband parent parents'.split(' ')
)
/** A regular plural: "bankers", not "waitress", "bus" or "analysis". */
const REGULAR_PLURAL = /[^siu]s$/

/**
 * Whether a sentence says anywhere that a name is withheld: the one search that lets every other
 * step here pass over the many sentences that do not ("on condition of anonymity", "asked not to be
 * named"). sources.ts asks it once per sentence.
 */
export function sentenceStatesAnonymity({text, tokens, sentenceStart}: SourceContext, sentence: number): boolean {
  const first = sentenceStart(sentence)
  const last = sentenceStart(sentence + 1) - 1
  return last >= first && ANONYMITY_REASON.test(text.slice(tokens[first].start, tokens[last].end))
}

/**
 * The source noun for a word no list holds, when the clause right after it says its name is
 * withheld: "banker" in "a Japanese banker who declined to be named". Things do not ask for
 * anonymity, so the word is taken for a person, described but not named (a body "speaking on
 * condition of anonymity" is read as one too: its unnamed speaker is the source).
 */
export function withheldSpeakerNoun(context: SourceContext, head: number, mayStateAnonymity: (sentence: number) => boolean): SourceNoun | undefined {
  const {tokens} = context
  const token = tokens[head]
  // Most words are followed by neither "who" nor "speaking", and most sentences state no anonymity: two look-ups pass them over.
  if (!DESCRIBING_CLAUSE_OPENERS.has(tokens[head + 1]?.bare ?? '') || !mayStateAnonymity(token.sentence)) return undefined
  // A capitalised word is a name, unless it opens its sentence: "Traders, who asked not to be named, said".
  if (token.capitalised && head > 0 && tokens[head - 1].sentence === token.sentence) return undefined
  if (!PERSON_NOUN.test(token.bare) || PHRASE_BOUNDARY_WORDS.has(token.bare)) return undefined
  // Not an adverb, an auxiliary or a date: "the agency swiftly, speaking on condition of anonymity",
  // "said the official Monday night, speaking on condition of anonymity".
  if (CUE_AUXILIARIES.has(token.bare) || isAdverb(token) || isDateWord(token.bare)) return undefined
  if (!statedInClauseAfter(context, head)) return undefined
  const plural = REGULAR_PLURAL.test(token.bare)
  return {lemma: plural ? token.bare.slice(0, -1) : token.bare, kind: 'individual', plural}
}

/**
 * Whether the text says the source's name is withheld:
 * - in a clause right after its noun ("a banker who declined to be named", "one dealer, who asked not
 *   to be named,");
 * - in a comma-delimited clause after its phrase that describes it, a relative clause or an
 *   apposition ("a representative of a cannabis firm, who asked not to be named,"; "the employee, a
 *   Republican who spoke on condition of anonymity,"), not a clause of its own (", adding that his
 *   client asked not to be named");
 * - in a clause after its prepositional phrase, unless a person stands in that phrase and the clause
 *   is theirs ("a spokesman for the bank who declined to be named"; but "the lawyer for a woman who
 *   asked not to be named" is the woman's);
 * - one word after the noun ("two senators present who requested anonymity");
 * - or right after a cue that follows the phrase ("the people said on condition of anonymity"), or
 *   after the noun of an inverted cue ('"…," said the analyst on condition of anonymity').
 */
export function statesAnonymity(context: SourceContext, source: AttributedSource): boolean {
  const {text, tokens} = context
  const {head, phraseEnd, descriptionEnd, cueStart, cueEnd} = source
  if (statedInClauseAfter(context, head)) return true
  if (descriptionEnd > phraseEnd && describesSource(tokens[phraseEnd]) && ANONYMITY_REASON.test(text.slice(tokens[phraseEnd - 1].end, tokens[descriptionEnd - 1].end))) {
    return true
  }
  if (phraseEnd - 1 > head && !holdsPerson(tokens, head + 1, phraseEnd) && statedInClauseAfter(context, lastBeforeClause(tokens, head, phraseEnd))) return true
  if (phraseEnd - 1 === head && statedInClauseAfter(context, phraseEnd)) return true
  // After a cue that follows the phrase, or after the noun of an inverted one (whose phrase may have read the reason as a prepositional phrase).
  const from = cueStart > head ? cueEnd : head + 1
  if (cueStart < 0 || from >= tokens.length || tokens[from].sentence !== source.sentence) return false
  const after = text.slice(tokens[from - 1].end, tokens[lastOfClause(context, from)].end)
  const match = ANONYMITY_REASON.exec(after)
  return match !== null && REASON_LINK.test(after.slice(0, match.index))
}

/** Whether the first word of a comma-delimited clause after a phrase makes it describe the source: "who", "speaking", or an apposition's determiner. */
function describesSource(first: Token | undefined): boolean {
  return first !== undefined && (DESCRIBING_CLAUSE_OPENERS.has(first.bare) || isDeterminer(first.bare))
}

/** Whether a person word stands among tokens `from`..`to` (exclusive): a source noun or another word for people. */
function holdsPerson(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (SOURCE_NOUNS.has(tokens[index].bare) || PERSON_WORDS.has(tokens[index].bare)) return true
  return false
}

/** The word before the relative pronoun inside a phrase (the phrase reading keeps its relative clause), or the phrase's last word. */
function lastBeforeClause(tokens: readonly Token[], head: number, phraseEnd: number): number {
  for (let index = head + 1; index < phraseEnd; index++) if (DESCRIBING_CLAUSE_OPENERS.has(tokens[index].bare)) return index - 1
  return phraseEnd - 1
}

/** Whether a clause opening right after token `index` ("who …", ", speaking …") states the anonymity. */
function statedInClauseAfter(context: SourceContext, index: number): boolean {
  const {text, tokens} = context
  const opener: Token | undefined = tokens[index + 1]
  if (!opener || opener.sentence !== tokens[index].sentence || !DESCRIBING_CLAUSE_OPENERS.has(opener.bare)) return false
  if (!DESCRIBING_GAP.test(gapBefore(text, tokens, index + 1))) return false
  return ANONYMITY_REASON.test(text.slice(opener.start, tokens[lastOfClause(context, index + 1)].end))
}

/** The last token of the clause starting at `from`, within STATEMENT_REACH tokens and the sentence. */
function lastOfClause({text, tokens}: SourceContext, from: number): number {
  let last = from
  while (
    last + 1 < tokens.length &&
    last + 1 - from < STATEMENT_REACH &&
    tokens[last + 1].sentence === tokens[from].sentence &&
    !CLAUSE_BREAK.test(gapBefore(text, tokens, last + 1))
  ) {
    last++
  }
  return last
}
