/**
 * Attributed sources: noun phrases headed by a source noun ("a senior official", "people familiar
 * with the matter") that a cue ties to a claim, as its subject ("… officials said") or after the cue
 * ("…," said a senior official; "according to sources"), and whether the text names them.
 *
 * The phrase is read outwards from its noun over the word view, without a parser: leftwards over
 * modifiers to a determiner ("the senior foreign office official"), rightwards over a qualifier
 * ("familiar with the matter"), a short prepositional phrase ("at the ministry") and a comma-delimited
 * relative clause (", who spoke on condition of anonymity,"), then past a few auxiliaries to the cue.
 * Each noun is visited once and each step is bounded, so the pass is linear in the document.
 *
 * Which cues tie a phrase to a claim is source-cues.ts's concern; whether the text names the source
 * is source-naming.ts's.
 */
import type {NameIndex} from './analysis.js'
import {AUXILIARY_VERBS, CATENATIVES, CUE_AUXILIARIES, NOUN_LIKE_CUES, PRECEDING_CUES, SPEAKER_PRONOUNS, SPEECH_PARTICIPLES, SPEECH_VERBS} from './cue-verbs.js'
import {
  DEFINITE_DETERMINERS,
  INDEFINITE_DETERMINERS,
  POSSESSIVE_DETERMINERS,
  isDeterminer,
  NAMING_LINKS,
  NON_PERSON_SOURCE_MODIFIERS,
  OBJECT_PREPOSITIONS,
  PHRASE_BOUNDARY_WORDS,
  PHRASE_PREPOSITIONS,
  RANK_MODIFIERS,
  SINGLE_DETERMINERS,
  SOURCE_NOUNS,
  INSIDER_GROUP_ROLES,
  NO_GROUP_OPENERS,
  PARTY_NOUNS,
  RELATIONAL_NOUNS,
  QUALIFIERS_BY_FIRST_WORD,
  TIME_IN_OFFICE,
  type SourceNoun
} from './source-nouns.js'
import {
  CLAUSE_BREAK,
  COMMA,
  construesAs,
  cueAfter,
  cueBefore,
  cuePhraseLength,
  datingLength,
  introducesThatClause,
  isAdverb,
  isCue,
  isInfinitive,
  isPastVerb,
  isQuotingVerb,
  isReported,
  isSpeechCue,
  participleCue,
  RELATIVE_PRONOUNS
} from './source-cues.js'
import {sentenceStatesAnonymity, statesAnonymity, withheldSpeakerNoun} from './stated-anonymity.js'
import {hasUniqueRole, isTitle, namedInNextSentence, nameFollowsNoun, nameStandsBefore, nameWithin, refersToUnnamed} from './source-naming.js'
import {gapBefore, joinedInPhrase, joinedToPrevious, phraseAt, type Token} from './tokens.js'

export interface AttributedSource {
  /** Token index of the source noun. */
  head: number
  noun: SourceNoun
  /** First and one-past-last token of the noun phrase. */
  phraseStart: number
  phraseEnd: number
  /** First and one-past-last token of the cue. */
  cueStart: number
  cueEnd: number
  named: boolean
  /** One past the last token of a clause describing the source (", who spoke on condition of anonymity,"), or `phraseEnd`. */
  descriptionEnd: number
  /** The phrase carries a qualifier ("familiar with the matter") or a rank ("a senior Republican"). */
  qualified: boolean
  /** The text says the source's name is withheld (", who asked not to be named,"): stated-anonymity.ts. */
  anonymityStated: boolean
  /** A definite phrase that points back to one the text introduced unnamed ("a witness" … "the witness said"). */
  refersToUnnamed: boolean
  determiner?: string
  sentence: number
}

/** At most this many modifiers between determiner and noun: "the senior foreign office official". */
const MAX_MODIFIERS = 6
const MAX_QUALIFIER = 10
const MAX_PREPOSITIONAL = 7
/** A comma-delimited clause describing a source is at most this long (", who spoke … publicly,"). */
const MAX_RELATIVE_CLAUSE = 25
const SENTENCE_STOP = /[.!?]/
const SINGULAR_ONLY_DETERMINERS = new Set(['that', 'this', 'a', 'an', 'another'])
/** Particles of phrasal verbs: "walked back the comments", "handed out". */
const PARTICLES: ReadonlySet<string> = new Set(['back', 'out', 'up', 'down', 'off', 'away'])
/** Source nouns that are also adjectives before a noun: "an official statement", "an executive order". */
const ADJECTIVE_NOUNS: ReadonlySet<string> = new Set(['official', 'executive'])

export interface SourceContext {
  text: string
  tokens: readonly Token[]
  /** Read only when a source noun needs it, so a document without sources never asks for names. */
  readonly names: NameIndex
  quoted: (offset: number) => boolean
  /** First token of a sentence (AttributionAnalysis.sentenceStart), so no step walks a sentence to find its ends. */
  sentenceStart: (sentence: number) => number
}

export function findAttributedSources(
  text: string,
  tokens: readonly Token[],
  names: () => NameIndex,
  quoted: (offset: number) => boolean,
  sentenceStart: (sentence: number) => number
): AttributedSource[] {
  const context: SourceContext = {
    text,
    tokens,
    get names() {
      return names()
    },
    quoted,
    sentenceStart
  }
  const sources: AttributedSource[] = []
  /** Source noun (lemma) → last sentence in which it was named, for "the official" after "X, an official". */
  const namedIn = new Map<string, number>()
  /** Source noun (lemma) → last sentence that introduced one unnamed ("a witness"), for "the witness said" after it. */
  const introducedUnnamedIn = new Map<string, number>()
  /** One past the last token of the phrases read so far (none yet: -1, so the first word may head one). */
  let phraseRead = -1
  /** Sentence → whether it states a withheld name anywhere, searched once per sentence that holds a source. */
  const statesAnonymityIn = new Map<number, boolean>()
  const mayStateAnonymity = (sentence: number): boolean => {
    let states = statesAnonymityIn.get(sentence)
    if (states === undefined) statesAnonymityIn.set(sentence, (states = sentenceStatesAnonymity(context, sentence)))
    return states
  }
  for (let head = 0; head < tokens.length; head++) {
    const listed = SOURCE_NOUNS.get(tokens[head].bare)
    // A word no list holds is a source only where its anonymity is stated, and neither inside another
    // source's phrase ("a representative of a cannabis firm, who asked not to be named") nor right
    // after it ("two senators present who requested anonymity").
    const noun = listed ?? (head > phraseRead ? withheldSpeakerNoun(context, head, mayStateAnonymity) : undefined)
    if (!noun) continue
    if (listed && isNamePart(context, head, noun)) {
      // A title names its holder: "Texas Judge Letitia Clark said" names the judge the text introduced.
      if (isTitle(context, head, noun)) namedIn.set(noun.lemma, tokens[head].sentence)
      continue
    }
    if (listed && !isNounUse(context, head, noun)) continue
    const source = readSource(context, head, noun)
    phraseRead = Math.max(phraseRead, source.descriptionEnd)
    source.anonymityStated = !source.named && mayStateAnonymity(source.sentence) && statesAnonymity(context, source)
    if (!source.named && !source.anonymityStated && source.determiner && DEFINITE_DETERMINERS.has(source.determiner)) {
      const sentence = namedIn.get(noun.lemma)
      if (sentence !== undefined && sentence >= source.sentence - 1) source.named = true
    }
    if (!source.named && !source.anonymityStated && noun.kind === 'individual' && source.cueStart >= 0 && namedInNextSentence(context, source)) {
      source.named = true
    }
    if (!source.named && source.determiner === 'the') source.refersToUnnamed = refersToUnnamed(source, introducedUnnamedIn, namedIn)
    // A name given inside a quotation still introduces the source ("Sanders aide Jeff Weaver told me").
    if (source.named) namedIn.set(noun.lemma, source.sentence)
    if (source.cueStart >= 0 && admits(context, source) && !quoted(tokens[head].start) && !followsSpeakersAside(context, source.phraseStart)) {
      sources.push(source)
    }
    // Only a speaker introduces one, even in a quotation: not "Jane Smith is a professor at Yale".
    if (source.cueStart >= 0 && !source.named && source.determiner && SINGLE_DETERMINERS.has(source.determiner)) introducedUnnamedIn.set(noun.lemma, source.sentence)
  }
  return sources
}

/**
 * Whether a source noun is used as a noun: "official" in "an official statement", "executive" in
 * "an executive order" and "source" in "energy source" or "source of income" are not people.
 */
function isNounUse(context: SourceContext, head: number, noun: SourceNoun): boolean {
  const {text, tokens} = context
  const token = tokens[head]
  const previous = head > 0 && joinedToPrevious(text, tokens, head) ? tokens[head - 1] : undefined
  const next = head + 1 < tokens.length && joinedToPrevious(text, tokens, head + 1) ? tokens[head + 1] : undefined
  if (token.bare.startsWith('source') && (next?.bare === 'of' || (previous && NON_PERSON_SOURCE_MODIFIERS.has(previous.bare)))) {
    return false
  }
  if (!next || next.capitalised) return true
  if (NOUN_LIKE_CUES.has(next.bare)) return false
  return (
    isCue(next) ||
    construesAs(context, head + 1) ||
    introducesThatClause(context, head + 1) ||
    isVerbOfNoun(context, head, next, noun) ||
    cuePhraseLength(context, head + 1) > 0 ||
    CUE_AUXILIARIES.has(next.bare) ||
    isAdverb(next) ||
    datingLength(tokens, head + 1) > 0 ||
    PHRASE_PREPOSITIONS.has(next.bare) ||
    QUALIFIERS_BY_FIRST_WORD.has(next.bare) ||
    PHRASE_BOUNDARY_WORDS.has(next.bare)
  )
}

/**
 * Whether the phrase follows a named speaker's aside ("Already, he said, PC owning friends had
 * declared …"; "Mr Evans said, friends …"): the claim is that speaker's, passed on, not the paper's
 * attribution to unnamed people.
 */
function followsSpeakersAside({text, tokens, names}: SourceContext, phraseStart: number): boolean {
  if (phraseStart < 2 || !COMMA.test(gapBefore(text, tokens, phraseStart))) return false
  const verb = tokens[phraseStart - 1]
  const speaker = tokens[phraseStart - 2]
  if (!SPEECH_VERBS.has(verb.bare) || NOUN_LIKE_CUES.has(verb.bare) || verb.sentence !== tokens[phraseStart].sentence || !joinedToPrevious(text, tokens, phraseStart - 1)) {
    return false
  }
  return SPEAKER_PRONOUNS.has(speaker.bare) || names.byEnd.has(speaker.end)
}

/**
 * Whether the word after a source noun is its verb: a verb of quoting ("one aide jokes", "officials
 * call the plan") or a past verb ("officials released", "a judge sided"). After the nouns that are
 * also adjectives, a verb of quoting in "-s" is a plural noun ("the official demands") and a past
 * form before a noun is a participle ("an official sealed envelope"): there the past verb must be
 * followed by its object's determiner, a pronoun, a particle or punctuation ("an official released
 * the figures", "a company executive rejected the offer").
 */
function isVerbOfNoun({text, tokens}: SourceContext, head: number, next: Token, noun: SourceNoun): boolean {
  const adjective = !noun.plural && ADJECTIVE_NOUNS.has(noun.lemma)
  if (isQuotingVerb(next)) return !adjective || !next.bare.endsWith('s')
  if (!isPastVerb(next)) return false
  if (!adjective) return true
  const after = tokens[head + 2]
  return (
    after === undefined ||
    after.sentence !== next.sentence ||
    !joinedToPrevious(text, tokens, head + 2) ||
    isDeterminer(after.bare) ||
    PHRASE_BOUNDARY_WORDS.has(after.bare) ||
    PARTICLES.has(after.bare)
  )
}

/**
 * A capitalised source noun inside a sentence is part of a name ("the Scottish Executive", "Senior
 * Officials Group"), except for the party nouns, which are always capitalised ("a senior Republican").
 */
function isNamePart({tokens}: SourceContext, head: number, noun: SourceNoun): boolean {
  const token = tokens[head]
  if (!token.capitalised || PARTY_NOUNS.has(noun.lemma)) return false
  return head > 0 && tokens[head - 1].sentence === token.sentence
}

function readSource(context: SourceContext, head: number, noun: SourceNoun): AttributedSource {
  const {text, tokens} = context
  const sentence = tokens[head].sentence
  const phraseStart = readPartitive(context, readModifiers(context, head, noun), noun)
  const determiner = phraseStart < head && isDeterminer(tokens[phraseStart].bare) ? tokens[phraseStart].bare : undefined
  let named = nameFollowsNoun(context, head) || hasUniqueRole(tokens, phraseStart, head, noun)

  let next = head + 1
  const candidates = next < tokens.length ? QUALIFIERS_BY_FIRST_WORD.get(tokens[next].bare) : undefined
  const qualifier = candidates && joinedToPrevious(text, tokens, next) ? candidates.find((phrase) => phraseAt(tokens, next, phrase)) : undefined
  if (qualifier) next = readUntilBreak(context, next + qualifier.length, MAX_QUALIFIER)
  else if (opensPrepositionalPhrase(context, next)) {
    next = readUntilBreak(context, next + 1, MAX_PREPOSITIONAL, true)
  }
  const phraseEnd = next
  let afterClause = false
  let relativeClause = false
  if (next < tokens.length && tokens[next].sentence === sentence && COMMA.test(gapBefore(text, tokens, next))) {
    if (NAMING_LINKS.has(tokens[next].bare) || phraseAt(tokens, next, ['such', 'as']) || nameWithin(context, next, 4)) named = true
    const clauseEnd = skipClause(context, next)
    afterClause = clauseEnd > next
    next = clauseEnd
  } else if (next < tokens.length && tokens[next].bare === 'who' && tokens[next].sentence === sentence) {
    next = readUntilBreak(context, next + 1, MAX_QUALIFIER)
    relativeClause = true
  }

  const source: AttributedSource = {
    head,
    noun,
    phraseStart,
    phraseEnd,
    descriptionEnd: next,
    cueStart: -1,
    cueEnd: -1,
    named,
    anonymityStated: false,
    refersToUnnamed: false,
    qualified: qualifier !== undefined || (!(determiner && DEFINITE_DETERMINERS.has(determiner)) && hasRank(tokens, phraseStart, head)),
    determiner,
    sentence
  }
  // After an inverted cue, a relative clause describes the source and its verbs are not the claim's:
  // '"It is over," said one source who was briefed on the talks'.
  const inverted = relativeClause ? cueBefore(context, phraseStart, true) : undefined
  const after =
    inverted || isPrepositionObject(context, phraseStart)
      ? undefined
      : (cueAfter(context, next, {phraseStart, sentence, afterClause, plural: noun.plural}) ?? participleCue(context, phraseStart, next, sentence))
  if (!named && !(after && isParenthetical(context, after, phraseEnd, next)) && nameStandsBefore(context, phraseStart)) source.named = true
  const cue = after ?? inverted ?? cueBefore(context, phraseStart, endsClause(context, next, sentence))
  if (cue && (noun.kind !== 'individual' || isSpeechCue(context, cue, phraseStart))) {
    source.cueStart = cue[0]
    source.cueEnd = cue[1]
  }
  return source
}

/**
 * Whether the phrase is the object of a preposition that belongs to the word before it ("the
 * interviews with chief executives suggested"), so the verb after the phrase has another subject. A
 * preposition that opens its sentence or clause, or follows a function word, opens an adverbial
 * instead, and the phrase is the subject after it ("On Monday officials said", "and during the
 * meeting officials said").
 */
function isPrepositionObject({text, tokens}: SourceContext, phraseStart: number): boolean {
  const preposition = phraseStart - 1
  if (preposition < 1 || !OBJECT_PREPOSITIONS.has(tokens[preposition].bare) || !joinedToPrevious(text, tokens, phraseStart)) return false
  const attachedTo = tokens[preposition - 1]
  return (
    joinedToPrevious(text, tokens, preposition) &&
    !attachedTo.capitalised &&
    !PHRASE_BOUNDARY_WORDS.has(attachedTo.bare) &&
    !isCue(attachedTo) &&
    !isAdverb(attachedTo)
  )
}

/**
 * Whether an attributed phrase stands for a source: any phrase whose anonymity the text states (", who
 * asked not to be named,") or that points back to a person introduced unnamed ("the witness said");
 * otherwise never a named person's company ("Cruz and his aides"); an informant noun always; a person
 * noun when qualified ("people familiar with", "a senior Republican"), or counted out after
 * "according to" ("according to numerous fellow Democrats"); an individual when one speaker is meant
 * ("a friend said", "her friend said") or when insiders speak as a group on an occasion
 * ("strategists in both parties said"); a spokesperson never.
 */
function admits(context: SourceContext, source: AttributedSource): boolean {
  const {noun, determiner, qualified, cueStart} = source
  const {tokens} = context
  if (source.anonymityStated || source.refersToUnnamed) return true
  if (isNamedPersonsCompany(context, source)) return false
  switch (noun.kind) {
    case 'informant':
      return true
    case 'qualified':
      return qualified || (tokens[cueStart].bare === 'according' && determiner !== undefined && INDEFINITE_DETERMINERS.has(determiner))
    case 'individual':
      // One speaker: "a friend said", or one of a plural ("one of his warm-up speakers").
      if (determiner !== undefined && SINGLE_DETERMINERS.has(determiner)) return true
      // One of a person's circle: "his colleague wrote", "her friend said".
      if (!noun.plural && determiner !== undefined && POSSESSIVE_DETERMINERS.has(determiner) && RELATIONAL_NOUNS.has(noun.lemma)) return true
      return noun.plural && isGroupOnOccasion(context, source)
    case 'spokesperson':
      return false
  }
}

/**
 * First token of the phrase: leftwards over modifiers, stopping after a determiner or before a
 * boundary word. "that"/"this" before a plural noun is a relative pronoun, not its determiner ("a
 * point that intelligence officials have disputed").
 */
function readModifiers({text, tokens}: SourceContext, head: number, noun: SourceNoun): number {
  let start = head
  for (let steps = 0; steps < MAX_MODIFIERS && joinedInPhrase(text, tokens, start); steps++) {
    const previous = tokens[start - 1]
    if (noun.plural && SINGULAR_ONLY_DETERMINERS.has(previous.bare)) break
    if (isDeterminer(previous.bare)) return start - 1
    if (isCoordinatedTime(text, tokens, start - 1)) {
      start -= 2
      continue
    }
    if (PHRASE_BOUNDARY_WORDS.has(previous.bare) || isCue(previous) || PRECEDING_CUES.has(previous.bare) || isVerbAfterNoun(text, tokens, start - 1)) break
    start--
  }
  return start
}

/** Whether token `index` is the "and"/"or" of "current and former" inside a phrase read leftwards (no punctuation or sentence end around it). */
function isCoordinatedTime(text: string, tokens: readonly Token[], index: number): boolean {
  const conjunction = tokens[index]
  return (
    (conjunction.bare === 'and' || conjunction.bare === 'or') &&
    index > 0 &&
    TIME_IN_OFFICE.has(tokens[index - 1].bare) &&
    TIME_IN_OFFICE.has(tokens[index + 1]?.bare ?? '') &&
    joinedInPhrase(text, tokens, index) &&
    joinedInPhrase(text, tokens, index + 1)
  )
}

/**
 * Whether token `index`, read leftwards into a phrase, is a past verb after a plural noun: "sessions
 * featured" in "One of the sessions featured voters" is a clause, while "the retired officials",
 * "and elected officials" and "unnamed sources" are modifiers.
 */
function isVerbAfterNoun(text: string, tokens: readonly Token[], index: number): boolean {
  if (index < 1 || !isPastVerb(tokens[index]) || !joinedInPhrase(text, tokens, index)) return false
  const before = tokens[index - 1]
  return !before.capitalised && before.bare.length > 3 && before.bare.endsWith('s') && !PHRASE_BOUNDARY_WORDS.has(before.bare) && !CUE_AUXILIARIES.has(before.bare)
}

/**
 * Back over a partitive before a plural phrase: "one of his senior aides", "some of the officials".
 * The quantifier is then the phrase's determiner: one unnamed member of the group, not the group
 * ("according to one of his senior aides" is as anonymous as "according to a senior aide").
 */
function readPartitive({text, tokens}: SourceContext, phraseStart: number, noun: SourceNoun): number {
  if (!noun.plural || phraseStart < 2 || tokens[phraseStart - 1].bare !== 'of' || !joinedInPhrase(text, tokens, phraseStart)) return phraseStart
  const quantifier = tokens[phraseStart - 2]
  return INDEFINITE_DETERMINERS.has(quantifier.bare) && joinedToPrevious(text, tokens, phraseStart - 1) ? phraseStart - 2 : phraseStart
}

/**
 * Whether a prepositional phrase belonging to the source starts at `index`: "officials in
 * Washington", "advisers to Mr. Obama". "to" must lead to a name or a determiner, since "allies to
 * worry" is an infinitive.
 */
function opensPrepositionalPhrase({text, tokens}: SourceContext, index: number): boolean {
  if (index >= tokens.length || !PHRASE_PREPOSITIONS.has(tokens[index].bare) || !joinedToPrevious(text, tokens, index)) return false
  if (tokens[index].bare !== 'to') return true
  const next = tokens[index + 1]
  return next !== undefined && (next.capitalised || isDeterminer(next.bare) || next.bare === 'both' || next.bare === 'all')
}

/**
 * Index after reading at most `limit` tokens of the phrase from `from`. Stops at punctuation, the
 * sentence end, or a cue (a word or a phrase), except a cue in an infinitive inside a clause of the
 * phrase, which belongs to it ("officials who were not authorized to comment said", "sources briefed
 * on efforts to confirm the deal said"). A qualifier or a relative clause is such a clause from its
 * start; a `prepositional` phrase becomes one at a relative pronoun ("officials in areas that were
 * hit said", with MAX_QUALIFIER more tokens to read). Outside such a clause, a prepositional phrase
 * also ends where the source's own clause starts: at a pronoun, an auxiliary, "but", or a past verb
 * after a name ("officials in Bern were", "a judge in Ohio sided"; not "a house involved in the deal").
 */
function readUntilBreak(context: SourceContext, from: number, limit: number, prepositional = false): number {
  const {text, tokens} = context
  const sentence = tokens[Math.max(0, from - 1)].sentence
  let insideClause = !prepositional
  let end = from + limit
  let index = from
  for (; index < tokens.length && index < end && tokens[index].sentence === sentence; index++) {
    const token = tokens[index]
    if (index > from) {
      if (CLAUSE_BREAK.test(gapBefore(text, tokens, index))) break
      if (!insideClause && opensRelativeClause(tokens, index - 1)) {
        insideClause = true
        end = index + MAX_QUALIFIER
      }
    }
    if (!(insideClause && isInfinitive(tokens, index))) {
      // A cue word that is also a noun is one inside the phrase after a lower-case word ("for making
      // exaggerated claims", "in all 50 states"), and the source's verb after a name ("diplomats in
      // Rangoon estimate").
      if (isCue(token) && !CUE_AUXILIARIES.has(token.bare) && !(index > from && NOUN_LIKE_CUES.has(token.bare) && !tokens[index - 1].capitalised)) break
      if (index > from && cuePhraseLength(context, index) > 0) break
    }
    if (!insideClause && index > from && startsOwnClause(tokens, index)) break
  }
  return index
}

/** Whether token `index` opens a relative clause: "who", "which" …, or "that" before a verb or a subject ("areas that were hit", not "that region"). */
function opensRelativeClause(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index].bare
  if (word !== 'that') return RELATIVE_PRONOUNS.has(word)
  const next = tokens[index + 1]
  return next !== undefined && (AUXILIARY_VERBS.has(next.bare) || SPEAKER_PRONOUNS.has(next.bare) || next.bare === 'it' || isPastVerb(next))
}

/** Whether token `index`, inside a prepositional phrase after a source, starts the source's own clause. */
function startsOwnClause(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  return (
    SPEAKER_PRONOUNS.has(token.bare) ||
    AUXILIARY_VERBS.has(token.bare) ||
    token.bare === 'but' ||
    (isPastVerb(token) && tokens[index - 1].capitalised)
  )
}

/** Past a comma-delimited clause starting at `from` (", who spoke on condition of anonymity,"), to the token after its closing comma. */
function skipClause({text, tokens}: SourceContext, from: number): number {
  const sentence = tokens[from].sentence
  for (let index = from + 1; index - from <= MAX_RELATIVE_CLAUSE; index++) {
    if (index >= tokens.length || tokens[index].sentence !== sentence) return index
    if (COMMA.test(gapBefore(text, tokens, index))) return index
  }
  return from
}

/**
 * Whether the phrase and its cue stand between commas inside another clause, as a parenthetical
 * attribution ("Mr. Obama, officials said, has become sceptical"; "Clinton, a top aide said, “is
 * confident”"): the name before the comma is then the subject of that clause, not an apposition
 * naming the source, which would close with a comma before its cue ("Adnan Qureshi, a spokesman, said").
 */
function isParenthetical({text, tokens}: SourceContext, [cueStart, cueEnd]: [number, number], phraseEnd: number, next: number): boolean {
  if (next !== phraseEnd || cueEnd >= tokens.length || tokens[cueEnd].sentence !== tokens[cueStart].sentence) return false
  // With the cue right after the phrase, cueAfter has already refused a comma before it: only the comma after it is left to see.
  return COMMA.test(gapBefore(text, tokens, cueEnd))
}

/**
 * Whether the source's clause ends at `next`, past a date that closes it ('"…," said the official
 * Monday night, speaking …'): punctuation, the sentence end, or a participle about it ("one analyst
 * quoted by AFP").
 */
function endsClause({text, tokens}: SourceContext, next: number, sentence: number): boolean {
  if (next < tokens.length && tokens[next].sentence === sentence) next += datingLength(tokens, next)
  if (next >= tokens.length || tokens[next].sentence !== sentence) return true
  const gap = gapBefore(text, tokens, next)
  return CLAUSE_BREAK.test(gap) || SENTENCE_STOP.test(gap) || SPEECH_VERBS.has(tokens[next].bare)
}

/** A modifier of rank: "a senior Republican", "top Democrats" ("the top Democrats in the state" is a known group, checked by the caller). */
function hasRank(tokens: readonly Token[], phraseStart: number, head: number): boolean {
  for (let index = phraseStart; index < head; index++) if (RANK_MODIFIERS.has(tokens[index].bare)) return true
  return false
}

/**
 * Whether the phrase is a named person's company, coordinated with them (a name or a pronoun for a
 * speaker before "and"): "Cruz and his aides signaled", "Alexander and his colleagues wrote", and,
 * without a possessive, the named person's circle: "Zabrina Brumme and colleagues said" (not "Pelosi
 * and senators said", nor "senators and their aides said"). The claim is the named person's as much
 * as theirs.
 */
function isNamedPersonsCompany({tokens, names}: SourceContext, {head, noun, phraseStart}: AttributedSource): boolean {
  const and = phraseStart - 1
  if (and < 1 || tokens[and].bare !== 'and') return false
  const before = tokens[and - 1]
  if (!names.byEnd.has(before.end) && !SPEAKER_PRONOUNS.has(before.bare)) return false
  return POSSESSIVE_DETERMINERS.has(tokens[phraseStart].bare) || (phraseStart === head && RELATIONAL_NOUNS.has(noun.lemma))
}

/**
 * Whether a plural of people described by role speaks as a group on an occasion ("strategists in both
 * parties said", "two Democratic lawmakers told", "his campaign aides said") rather than as a category
 * holding a view ("strategists say", "many lawmakers believe", a crowd for no-weasel-attribution): the
 * role is an insider's (INSIDER_GROUP_ROLES), the cue is past or perfect, and the group is not counted
 * out generically ("many"), pointed back to ("the", "both") or summed up ("all").
 */
function isGroupOnOccasion({text, tokens}: SourceContext, {noun, phraseStart, cueStart, sentence}: AttributedSource): boolean {
  if (!INSIDER_GROUP_ROLES.has(noun.lemma)) return false
  // A group in a clause another speaker reports is that speaker's claim: "McClure said senators told him".
  if (isReported(text, tokens, Math.min(phraseStart, cueStart), sentence)) return false
  // The opener, or the word after an adverb before it: "most senators", "almost all senators".
  const opener = isAdverb(tokens[phraseStart]) || tokens[phraseStart].bare === 'almost' ? tokens[phraseStart + 1] : tokens[phraseStart]
  if (NO_GROUP_OPENERS.has(opener.bare)) return false
  const cue = tokens[cueStart]
  // "according to", and a participle closing a clause whose verb participleCue found past.
  if (cue.bare === 'according' || (SPEECH_PARTICIPLES.has(cue.bare) && COMMA.test(gapBefore(text, tokens, cueStart)))) return true
  // After a catenative the tense is the catenative's: "senators continued to insist".
  const catenative = cueStart >= 2 && tokens[cueStart - 1].bare === 'to' && CATENATIVES.has(tokens[cueStart - 2].bare)
  return isPastVerb(catenative ? tokens[cueStart - 2] : cue)
}

