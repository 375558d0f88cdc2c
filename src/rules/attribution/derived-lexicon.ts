/**
 * The parts of the attribution lexicon learned from data: what PolNeAR's annotators marked as the
 * Cue and the Source of an attribution, counted over every annotated attribution of its train and
 * dev splits (22,061; never the test split). `npx tsx bench/derive-attribution-lexicon.ts
 * cues|phrases|nouns` reprints the counts.
 *
 * The counts propose; a reading of each frequent candidate decides, by the criterion written above
 * each list, because a frequency cannot tell "assured" (a claim put to someone) from "charged" (also
 * an indictment) or "judge" (a person) from "poll" (a document). Every candidate at or above the
 * threshold was read and kept or left out by that criterion alone, not by the labelled sample.
 */

/**
 * Verbs of communication that head an annotated Cue at least 10 times and were in no cue list:
 * verbs whose subject puts a proposition to an audience, as "say" and "tell" do. Left out at the
 * same threshold: verbs of support or evaluation ("endorsed", "denounced", "railed"), of plans and
 * wishes ("proposed", "sought", "wants"), of evidence ("found", "shows"), verbs with a common sense
 * outside speech ("charged", "raised", "pressed", "cast"), and verbs that need a particle or an
 * object to be a cue (those are phrases, below). Counts: blamed 21, echoed 18, assured 17, repeated 14.
 */
export const DERIVED_SPEECH_VERBS: readonly string[] = [
  'blame blames blamed blaming',
  'echo echoes echoed echoing',
  'assure assures assured assuring',
  'repeat repeats repeated repeating'
]

/**
 * Phrasal cues: a verb with the words that follow it in at least 5 annotated Cues (the verb alone
 * is no cue, or a different one). Kept: phrases by which a source states something. Counts:
 * pointed out 26, pointed to 21, issued a statement 17, made clear 13, put it 13 ("as one aide put
 * it"), released a statement 11, made it clear 10, weighed in 7. Left out: phrases of seeming and
 * planning ("seemed to", "plans to", "sought to"), reference ("referring to", "known as") and
 * evidence ("found that"). The refusals are kept apart, below.
 *
 * The annotated phrases were past; the present forms are added because retext gives words, not
 * lemmas, and the same cue reads in either tense ("officials point to").
 */
export const SOURCE_CUE_PHRASES: ReadonlyArray<readonly string[]> = [
  ...tenses('point points pointed', 'out'),
  ...tenses('point points pointed', 'to'),
  ...tenses('make makes made', 'clear'),
  ...tenses('make makes made', 'it clear'),
  ...tenses('issue issues issued', 'a statement'),
  ...tenses('release releases released', 'a statement'),
  ...tenses('put puts', 'it'),
  ...tenses('weigh weighs weighed', 'in')
]

/**
 * Verbs of refusal that, with "to" and a verb of saying, are a cue ("declined to comment", "refused
 * to say", "declined to confirm"): the source was asked on an occasion and answered by not answering.
 * Counts of the phrase with "to": declined to 62 (declined to comment 28), refused to 36.
 */
export const REFUSAL_VERBS: ReadonlySet<string> = new Set('decline declines declined refuse refuses refused'.split(' '))

function tenses(verbs: string, rest: string): string[][] {
  return verbs.split(' ').map((verb) => [verb, ...rest.split(' ')])
}

/**
 * Nouns for one person by occupation, office or relation that head an annotated Source at least 3
 * times and were not source nouns: with "a", "one" or "another" they describe a single speaker
 * without naming them ("a lawyer said", "one pollster told"), as "a friend said" does. Left out at
 * the same threshold: nouns for a person with no role ("man", "woman", "guy"); nouns with a common
 * sense that is not a person ("head", "chief", "general", "chair", "host", "star", "justice", "veteran",
 * "user", "guard", "post"); offices one person holds at a time and the contenders for them ("president", "governor",
 * "mayor", "chairman", "chairwoman", "nominee", "candidate", "front-runner"), whose indefinite use
 * is generic ("an effective president is acknowledging mistakes", "a winning candidate might
 * claim") and whose definite use identifies the holder; a role inside a film or an ad
 * ("narrator"); plural crowds ("experts", "voters", "pundits", "commentators": no-weasel-attribution's); and bodies and
 * documents ("campaign", "poll", "administration", "commission"). Kept although they name offices: roles that many
 * people hold at once, so that "a" picks one of them ("a secretary", "an ambassador", "a party
 * leader", "a commissioner"), and "speaker", which in the annotations is mostly someone speaking at an event ("one of
 * his warm-up speakers"). Nouns counted 3 or 4 times were taken in a second reading, by the same
 * criterion, when a larger labelled sample showed single described speakers missed for want of
 * their noun. The nouns for a client's legal representative are listed apart, below.
 */
export const DERIVED_ROLE_NOUNS: readonly string[] = (
  'professor secretary leader judge pollster supporter manager businessman editor economist founder minister delegate ' +
  'father wife/wives mother daughter mogul neurosurgeon author actor doctor owner partner scientist speaker actress ambassador ' +
  'backer pastor surrogate ' +
  'advocate co-author columnist historian opponent student superdelegate tycoon committeeman developer envoy commissioner ' +
  'dean moderator physician retiree treasurer'
).split(' ')

/**
 * The nouns of the same list for a legal representative ("a lawyer for the three bloggers said", "a
 * Jackson lawyer had told"): they speak for their client on the record, as a spokesperson speaks for
 * a body, so they are spokesperson nouns, never reported.
 */
export const DERIVED_REPRESENTATIVE_NOUNS: readonly string[] = ['lawyer/lawyers', 'attorney/attorneys', 'counsel']
