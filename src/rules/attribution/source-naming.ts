/**
 * Whether the text names an attributed source. A source counts as named when:
 * - a name follows its noun ("spokesman Adnan Qureshi") or stands in apposition after it ("a
 *   spokesman, Adnan Qureshi,"), or an example is named ("officials, including John Kirby,");
 * - a name stands in apposition before it ("Adnan Qureshi, a spokesman for the port trust, said";
 *   "…," said Adnan Qureshi, a spokesman);
 * - a modifier makes its role one of a kind ("its chief executive", "Brown's closest ally");
 * - it is one described speaker and the next sentence names them, as a delayed lede does;
 * - it is definite ("the official") and the same noun was named in this sentence or the one before
 *   ("John Kirby, a State Department official, … The official said"); sources.ts keeps that memory,
 *   and the memory of speakers introduced unnamed ("a witness said … The witness said": not named).
 * Names come from the names family's shared mention view, so both families agree on what a name is.
 */
import type {NameMention} from '../names/mentions.js'
import {TITLES} from '../names/titles.js'
import {SPEECH_VERBS} from './cue-verbs.js'
import {isDeterminer, PHRASE_BOUNDARY_WORDS, SOURCE_NOUNS, UNIQUE_ROLE_MODIFIERS, type SourceNoun} from './source-nouns.js'
import type {AttributedSource, SourceContext} from './sources.js'
import {gapBefore, joinedToPrevious, tokenAtOrAfter, type Token} from './tokens.js'

/** Punctuation that sets an apposition off: "Adnan Qureshi, a spokesman", "Andrei Illarionov - then economic adviser". */
const APPOSITION_MARK = /[,(—–-]/u
const APPOSITION_GAP = /[,"“”:(—–]/u
/** How many words of the next sentence may hold the named person's role: "Bill Armstrong, a retail analyst at". */
const ROLE_REACH = 10
/** Words that open a sentence about something else: "Meanwhile John Smith said" names another person. */
const CONNECTIVES: ReadonlySet<string> = new Set(
  'meanwhile then however also still yet instead later earlier now separately elsewhere similarly likewise moreover furthermore indeed so thus therefore nonetheless nevertheless besides today yesterday afterwards finally next again'.split(
    ' '
  )
)
/** One-word titles ("Mr", "Dr", "Judge"), which stand before a name without being part of it. */
const SINGLE_WORD_TITLES: ReadonlySet<string> = new Set(TITLES.filter((title) => title.length === 1).map(([title]) => title.toLowerCase()))
/** At most this many words of a name after a title: "Judge Amy Berman Jackson". */
const TITLED_NAME_WORDS = 4
/** A name opening the next sentence identifies a described speaker only when it has at least this many words ("Hazel Blears"). */
const MIN_DELAYED_NAME_WORDS = 2

/**
 * Whether the sentence after a described speaker names them, as a delayed lede does ("…, a Home
 * Office minister has said. Hazel Blears said …"; the guide counts such a source as named): it opens
 * with a full name, and either the speaker stands in the lede (the first sentence of the first or
 * second paragraph, after a headline) or the named person carries the speaker's role ("a judge
 * claimed … Judge Charles Harris QC made his remarks"; "One analyst suggested … Bill Armstrong, a
 * retail analyst, said"). Elsewhere a name after an unnamed speaker is usually someone else ("one
 * analyst said. James Voytko at Paine Webber believes"). The name may start after a capitalised word
 * the mention leaves out (a title, or a first name that is also a common word: "Hazel Blears"), but
 * not after a connective ("However, Matt Williams" names someone else).
 */
export function namedInNextSentence(context: SourceContext, source: AttributedSource): boolean {
  const {text, tokens, names} = context
  const first = context.sentenceStart(source.sentence + 1)
  if (first >= tokens.length || tokens[first].sentence !== source.sentence + 1) return false
  let mention = names.byStart.get(tokens[first].start)
  // A word the mention leaves out counts towards the name unless it is a title: "Mr Smith" is one name word.
  let leftOut = 0
  if (!mention) {
    const word = tokens[first]
    if (!word.capitalised || PHRASE_BOUNDARY_WORDS.has(word.bare) || CONNECTIVES.has(word.bare) || isDeterminer(word.bare) || !joinedToPrevious(text, tokens, first + 1)) {
      return false
    }
    mention = names.byStart.get(tokens[first + 1].start)
    leftOut = SINGLE_WORD_TITLES.has(word.bare) ? 0 : 1
  }
  if (!mention || leftOut + nameWords(mention) < MIN_DELAYED_NAME_WORDS) return false
  return inLede(context, source.phraseStart) || carriesRole(tokens, first, source.noun)
}

/** Whether token `index` is in the first sentence of the first or second paragraph: its sentence opens its paragraph. */
function inLede({tokens, sentenceStart}: SourceContext, index: number): boolean {
  const {paragraph, sentence} = tokens[index]
  if (paragraph > tokens[0].paragraph + 1) return false
  const first = sentenceStart(sentence)
  return first === 0 || tokens[first - 1].paragraph !== paragraph
}

/** Whether the opening words of the sentence from `first` hold the speaker's role noun ("Judge …", ", a retail analyst,"). */
function carriesRole(tokens: readonly Token[], first: number, noun: SourceNoun): boolean {
  const sentence = tokens[first].sentence
  for (let index = first; index < tokens.length && index < first + ROLE_REACH && tokens[index].sentence === sentence; index++) {
    if (SOURCE_NOUNS.get(tokens[index].bare)?.lemma === noun.lemma) return true
  }
  return false
}

function nameWords(mention: NameMention): number {
  let count = 0
  for (const token of mention.tokens) if (token.kind === 'name') count++
  return count
}

/** A modifier that makes the role one of a kind: "its chief executive", "his chief economic adviser". */
export function hasUniqueRole(tokens: readonly Token[], phraseStart: number, head: number, noun: SourceNoun): boolean {
  // One of a kind only in the singular: "her closest advisers" are several people, none of them named.
  if (noun.plural) return false
  for (let index = phraseStart; index < head; index++) if (UNIQUE_ROLE_MODIFIERS.has(tokens[index].bare)) return true
  return false
}

/** A name right after the noun, past at most a title or two: "spokesman Adnan Qureshi", "official Dr. Ana Ruiz". */
export function nameFollowsNoun(context: SourceContext, head: number): boolean {
  const {text, tokens} = context
  return head + 1 < tokens.length && joinedToPrevious(text, tokens, head + 1) && nameWithin(context, head + 1, 3)
}

/** Whether a name mention starts within `span` tokens from `from`, over capitalised words only. */
export function nameWithin({tokens, names}: SourceContext, from: number, span: number): boolean {
  for (let index = from; index < tokens.length && index < from + span && tokens[index].capitalised; index++) {
    if (names.byStart.has(tokens[index].start)) return true
    if (index > from && tokens[index].sentence !== tokens[from].sentence) return false
  }
  return false
}

/**
 * A name in apposition before the phrase: "Adnan Qureshi, a spokesman", "…," said Adnan Qureshi, a
 * spokesman", "Andrei Illarionov - then economic adviser". The name must open its clause, so "In
 * Washington, officials said" is not one.
 */
export function nameStandsBefore(context: SourceContext, phraseStart: number): boolean {
  const {text, tokens, names} = context
  if (phraseStart === 0 || !APPOSITION_MARK.test(gapBefore(text, tokens, phraseStart))) return false
  const last = tokens[phraseStart - 1]
  if (last.sentence !== tokens[phraseStart].sentence) return false
  const mention = names.byEnd.get(last.end)
  if (!mention) return false
  // Back over the capitalised run the mention ends (titles such as "Sen." that the mention leaves out).
  let first = tokenAtOrAfter(tokens, mention.start)
  while (first > 0 && tokens[first - 1].capitalised && joinedToPrevious(text, tokens, first)) first--
  if (PHRASE_BOUNDARY_WORDS.has(tokens[first].bare)) return false
  return (
    first === 0 ||
    tokens[first - 1].sentence !== tokens[first].sentence ||
    APPOSITION_GAP.test(gapBefore(text, tokens, first)) ||
    SPEECH_VERBS.has(tokens[first - 1].bare)
  )
}

/**
 * Whether a capitalised role noun is the title of the person named after it ("Texas Judge Letitia
 * Clark said", "U.S. District Judge Amy Berman Jackson"), so it names the holder of that role: a name
 * the names view holds takes in the word after it (the view may start the name before the title). A
 * title is one person's role: not a plural ("the Senior Officials Group") nor an informant noun
 * ("Source Code Inc.").
 */
export function isTitle({tokens, names}: SourceContext, head: number, noun: SourceNoun): boolean {
  if (noun.kind !== 'individual' || noun.plural) return false
  const sentence = tokens[head].sentence
  for (let index = head + 1; index <= head + TITLED_NAME_WORDS && index < tokens.length && tokens[index].capitalised && tokens[index].sentence === sentence; index++) {
    const mention = names.byEnd.get(tokens[index].end)
    if (mention) return mention.start <= tokens[head + 1].start
  }
  return false
}

/**
 * Whether "the witness" points back to a witness the text introduced as an unnamed speaker ("a
 * witness said he saw gunfire … The witness said …"; also inside a quotation) and has not named since,
 * by name or by title ("Judge Clark"): one described person, still unnamed. Only the nouns of a
 * single described speaker, whose introduction the rule reports too: "a person at the scene said …
 * The person said" reports neither, and a party noun, often a named politician's epithet ("the
 * California Republican said", for McCarthy), is no such noun. Only the singular ("the analysts" are
 * not "an analyst"). An informant noun needs no antecedent, and a spokesperson speaks for a body on
 * the record.
 */
export function refersToUnnamed(
  {noun, sentence}: AttributedSource,
  introducedUnnamedIn: ReadonlyMap<string, number>,
  namedIn: ReadonlyMap<string, number>
): boolean {
  if (noun.kind !== 'individual' || noun.plural) return false
  const introduced = introducedUnnamedIn.get(noun.lemma)
  return introduced !== undefined && introduced < sentence && introduced > (namedIn.get(noun.lemma) ?? -1)
}
