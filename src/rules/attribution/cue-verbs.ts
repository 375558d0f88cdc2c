/**
 * Attribution cues: the verbs and phrases that tie a claim or a quotation to whoever made it ("said",
 * "told", "according to"). Every inflected form is listed, because retext gives words, not lemmas,
 * and a fixed set answers "is this a cue?" in constant time.
 *
 * Speech and belief are kept apart: a quotation is attributed only by speech ("he thinks" does not
 * say who spoke the quoted words), while a claim can be attributed by either ("officials believe").
 */
import {DERIVED_SPEECH_VERBS} from './derived-lexicon.js'

function forms(...groups: string[]): Set<string> {
  return new Set(groups.flatMap((group) => group.split(' ')))
}

/** Verbs of saying and writing, as used in news copy, in every form (with those learned from PolNeAR, derived-lexicon.ts). */
export const SPEECH_VERBS: ReadonlySet<string> = forms(
  'say says said saying',
  'tell tells told telling',
  'add adds added adding',
  'note notes noted noting',
  'explain explains explained explaining',
  'stress stresses stressed stressing',
  'insist insists insisted insisting',
  'claim claims claimed claiming',
  'confirm confirms confirmed confirming',
  'deny denies denied denying',
  'argue argues argued arguing',
  'warn warns warned warning',
  'acknowledge acknowledges acknowledged acknowledging',
  'admit admits admitted admitting',
  'suggest suggests suggested suggesting',
  'reveal reveals revealed revealing',
  'disclose discloses disclosed disclosing',
  'indicate indicates indicated indicating',
  'maintain maintains maintained maintaining',
  'observe observes observed observing',
  'remark remarks remarked remarking',
  'emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing',
  'assert asserts asserted asserting',
  'contend contends contended contending',
  'predict predicts predicted predicting',
  'concede concedes conceded conceding',
  'caution cautions cautioned cautioning',
  'complain complains complained complaining',
  'describe describes described describing',
  'estimate estimates estimated estimating',
  'write writes wrote writing',
  'tweet tweets tweeted tweeting',
  'announce announces announced announcing',
  'state states stated stating',
  'reiterate reiterates reiterated reiterating',
  'recall recalls recalled recalling',
  'reply replies replied replying',
  'respond responds responded responding',
  'counter counters countered countering',
  'downplay downplays downplayed downplaying',
  'dismiss dismisses dismissed dismissing',
  'allege alleges alleged alleging',
  'accuse accuses accused accusing',
  'speculate speculates speculated speculating',
  'conclude concludes concluded concluding',
  'hint hints hinted hinting',
  'express expresses expressed expressing',
  'voice voices voiced voicing',
  'dispute disputes disputed disputing',
  'brief briefs briefed briefing',
  'recount recounts recounted recounting',
  'declare declares declared declaring',
  'quote quotes quoted quoting',
  'cite cites cited citing',
  'report reports reported reporting',
  'comment comments commented commenting',
  ...DERIVED_SPEECH_VERBS
)

/** Verbs that attribute a belief or a feeling ("officials fear"): they attribute a claim, not a quotation. */
export const BELIEF_VERBS: ReadonlySet<string> = forms(
  'believe believes believed believing',
  'think thinks thought thinking',
  'feel feels felt feeling',
  'fear fears feared fearing',
  'worry worries worried worrying',
  'expect expects expected expecting',
  'doubt doubts doubted doubting',
  'bristle bristles bristled bristling',
  'balk balks balked balking'
)

/**
 * Verbs of construal, beliefs when an "as" follows their object: "party leaders see him as an asset".
 * Not "saw", whose "as" is more often a conjunction ("officials saw prices rise as demand grew").
 */
export const CONSTRUAL_VERBS: ReadonlySet<string> = forms('see sees view views viewed regard regards regarded')

/**
 * Verbs that introduce a quotation but do not attribute a claim: "he asked", "she joked", "he
 * continued". "Officials urged residents to stay indoors" reports an instruction, not a claim.
 */
export const QUOTE_ONLY_VERBS: ReadonlySet<string> = forms(
  'ask asks asked asking',
  'continue continues continued continuing',
  'exclaim exclaims exclaimed exclaiming',
  'joke jokes joked joking',
  'quip quips quipped quipping',
  'shout shouts shouted shouting',
  'yell yells yelled yelling',
  'chant chants chanted chanting',
  'interject interjects interjected interjecting',
  'elaborate elaborates elaborated elaborating',
  'mention mentions mentioned mentioning',
  'post posts posted posting',
  'urge urges urged urging',
  'pledge pledges pledged pledging',
  'promise promises promised promising',
  'vow vows vowed vowing',
  'boast boasts boasted boasting',
  'laugh laughs laughed laughing',
  'sigh sighs sighed sighing',
  'scoff scoffs scoffed scoffing',
  'plead pleads pleaded pleading',
  'demand demands demanded demanding',
  'read reads reading',
  'begin begins began beginning',
  'speak speaks spoke speaking',
  'call calls called calling',
  'thank thanks thanked thanking',
  'praise praises praised praising',
  'criticise criticises criticised criticising criticize criticizes criticized criticizing',
  'attack attacks attacked attacking',
  'slam slams slammed slamming',
  'blast blasts blasted blasting',
  'mock mocks mocked mocking',
  'condemn condemns condemned condemning',
  'applaud applauds applauded applauding',
  'hail hails hailed hailing',
  'welcome welcomes welcomed welcoming',
  'defend defends defended defending',
  'lament laments lamented lamenting',
  'question questions questioned questioning',
  'recommend recommends recommended recommending',
  'testify testifies testified testifying',
  'vent vents vented venting',
  'dub dubs dubbed dubbing',
  'label labels labelled labeled labelling labeling',
  'brand brands branded branding'
)

/** Phrasal cues for a quotation: "she went on", "he pointed out". */
export const QUOTE_PHRASES: ReadonlyArray<readonly string[]> = [
  ['went', 'on'],
  ['goes', 'on'],
  ['pointed', 'out'],
  ['points', 'out'],
  ['according', 'to'],
  ['in', 'a', 'statement'],
  ['in', 'an', 'interview'],
  ['in', 'an', 'email'],
  ['in', 'a', 'tweet'],
  ['in', 'a', 'letter']
]

/** Auxiliary verbs. */
export const AUXILIARY_VERBS: ReadonlySet<string> = forms('has have had is are was were will would could may might did do does', ...negated('has have had is are was were would could did do does'), "won't won’t")

/** The negated contractions of auxiliaries, with either apostrophe: "didn't", "aren’t". */
function negated(auxiliaries: string): string[] {
  return auxiliaries.split(' ').flatMap((auxiliary) => [`${auxiliary}n't`, `${auxiliary}n’t`])
}

/** Forms of "be": a past participle after them is passive ("500 officials are accused", "aides weren’t told"), a present one progressive ("have been saying"). */
export const BE_FORMS: ReadonlySet<string> = forms('is are was were be been', ...negated('is are was were'))

/** Words that may stand between a source and its cue verb: "officials have long said", "a source later told". */
export const CUE_AUXILIARIES: ReadonlySet<string> = forms(
  ...AUXILIARY_VERBS,
  'be been not never',
  'also later earlier previously privately publicly now still recently repeatedly again long already',
  'separately initially first further quickly openly flatly reportedly once then there here even'
)

/**
 * Verbs that put a claim to a source for this rule only, not speech to the quotation and weasel
 * rules: "several aides have mentioned New Hampshire as one place he could be useful" (PolNeAR's
 * annotators mark "mentioned" as a cue 23 times), "a staffer wondered", "some senators vented
 * about", "officials concurred with the findings", "advisers discount either outcome", and the verbs
 * that characterise ("officials started to portray the shooting as …"). Those that introduce
 * quotations stay such verbs.
 */
export const CLAIM_ONLY_VERBS: ReadonlySet<string> = forms(
  'mention mentions mentioned',
  'wonder wonders wondered',
  'vent vents vented',
  'implore implores implored',
  'concur concurs concurred',
  'discount discounts discounted',
  'portray portrays portrayed',
  'depict depicts depicted',
  'characterise characterises characterised characterize characterizes characterized'
)

/**
 * Verbs that introduce quotations but say nothing of words spoken, so a quotation beside them is not
 * the subject's claim: 'delegates chanted "Lock her up"', 'friends laughed at the "joke"'.
 */
export const NON_VERBAL_QUOTING_VERBS: ReadonlySet<string> = forms(
  'laugh laughs laughed laughing',
  'sigh sighs sighed sighing',
  'scoff scoffs scoffed scoffing',
  'chant chants chanted chanting',
  'applaud applauds applauded applauding',
  'welcome welcomes welcomed welcoming',
  'thank thanks thanked thanking',
  'read reads reading'
)

/**
 * Verbs that are claims only before a "that" clause: "several officials agreed that …", "company
 * executives testified that …", "a campaign aide later clarified that …", "officials have charged
 * that …"; "agreed to release the cash", "charged him" are acts.
 */
export const THAT_CLAUSE_VERBS: ReadonlySet<string> = forms(
  'agree agrees agreed',
  'testify testifies testified',
  'clarify clarifies clarified',
  'signal signals signaled signalled',
  'charge charges charged',
  'assume assumes assumed'
)

/** Verbs and adjectives that pass their subject on to an infinitive cue: "had begun to hint", "are quick to point out". */
export const CATENATIVES: ReadonlySet<string> = forms(
  'begin begins began begun',
  'start starts started',
  'continue continues continued',
  'rush rushes rushed',
  'quick eager'
)

/**
 * Participles of saying that take the subject of the clause they close: "…, saying …", "…, adding
 * that …". Only "saying" always reports words; the others do when "that" or a quotation follows
 * ("adding that growth had slowed", not "adding to fears", "claiming a victory").
 */
export const SPEECH_PARTICIPLES: ReadonlySet<string> = forms('saying adding noting arguing insisting warning claiming explaining stressing')

/**
 * Cues that may come before their source, as in news inversion ("…," said a senior official) or
 * ("according to sources"). A verb outside this list only attributes to a subject before it.
 */
export const PRECEDING_CUES: ReadonlySet<string> = forms(
  'said says added wrote noted explained continued asked replied warned argued admitted acknowledged',
  'concluded recalled observed stressed conceded complained insisted tweeted',
  'citing quoting'
)

/** Pronouns that can stand for a speaker: "he added", "she told"; "it" is a thing or a body, not a speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = forms('he she they i we')

/** Past forms that do not end in "-ed": "a source told", "an aide said" are finite; "a colleague describe" is not. */
export const IRREGULAR_PAST: ReadonlySet<string> = forms('said told wrote thought felt spoke knew saw put held began made')

/** Cue words that are also nouns: after "official" they make it an adjective ("an official report says"). */
export const NOUN_LIKE_CUES: ReadonlySet<string> = forms('report reports statement state states claim claims estimate estimates note notes brief briefs quote quotes tweet tweets post posts comment comments')

/** Participles whose "by" names a source: "was confirmed by officials", "were described by people familiar". */
export const PASSIVE_CUES: ReadonlySet<string> = forms('confirmed reported described disclosed revealed quoted cited told stated claimed denied disputed')
