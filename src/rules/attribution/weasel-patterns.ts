/**
 * The vocabulary of weasel attribution: claims pinned on no one ("it is believed that"), on an
 * unspecified crowd ("critics say", "many people believe"), on unnamed research ("studies show") or
 * on unnamed reports ("reportedly"). The detectors in no-weasel-attribution.ts match these around a
 * trigger word, so each list is a set looked up once per word.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean))
}

/** Participles of the impersonal passive: "it is believed", "it has been reported", "it is understood". */
export const IMPERSONAL_PARTICIPLES = set(
  'believed said thought reported claimed rumoured rumored alleged suggested argued understood assumed feared whispered known felt'
)

/** Forms of "be" that carry the impersonal passive: "it is", "it was", "it has been". */
export const IMPERSONAL_BE = set('is was has had been being')

/** Adverbs that may stand inside the passive: "it is widely believed", "it is now understood". */
export const HEDGE_ADVERBS = set('widely generally commonly often long now also increasingly well largely privately')

/** Words after the participle that give the passive an agent or a plain meaning ("it was reported by the BBC", "it is known as"). */
export const AGENT_OR_OTHER_SENSE = set('by in to at on for with from as of into about out up')

/** Participles that report hearsay before "to": "he is said to have", "she was reported to be". */
export const HEARSAY_PARTICIPLES = set('said reported rumoured rumored')

/** Participles that spread a view over everyone after "widely": "widely believed", "widely regarded as". */
export const WIDELY_PARTICIPLES = set('believed thought regarded seen considered viewed expected tipped acknowledged accepted held known assumed reported')

/** Plural nouns for a crowd a claim is pinned on: "critics say", "some experts believe". */
export const CROWD_NOUNS = set(
  'critics experts observers analysts commentators pundits scientists economists researchers historians scholars ' +
    'sceptics skeptics opponents detractors supporters campaigners activists environmentalists conservationists ' +
    'academics specialists watchers strategists insiders'
)

/** Singulars of the crowd nouns, to spot a named member nearby ("John Smith, an analyst at Moody's"). */
export const CROWD_SINGULARS: ReadonlyMap<string, string> = new Map(
  [...CROWD_NOUNS].map((plural) => [plural, plural.endsWith('ies') ? plural.slice(0, -3) + 'y' : plural.slice(0, -1)])
)

/** Quantifiers that leave a crowd unspecified: "some argue", "many people believe", "others say". */
export const CROWD_QUANTIFIERS = set('some many most others several numerous various countless')

/** People words a quantifier may take before the verb: "many people", "some Americans", "most voters". */
export const CROWD_PEOPLE = set('people folks americans britons voters citizens residents observers commentators')

/** Verbs a crowd makes a claim with. */
export const CROWD_VERBS = set(
  'say says said argue argues argued believe believes believed claim claims claimed contend contends contended ' +
    'suggest suggests suggested warn warns warned fear fears feared think thinks thought agree agreed maintain maintains ' +
    'insist insists insisted predict predicts predicted worry worries worried complain complains complained feel feels felt ' +
    'point charge charges charged allege alleges alleged accuse accuses accused question questions questioned note notes noted'
)

/** Auxiliaries between a crowd and its verb: "critics have long argued". */
export const CROWD_AUXILIARIES = set('have has had will would may might also long often still now increasingly privately')

/** Words before a crowd that make it specific, so not a weasel: "the critics", "two experts". ("His critics say" is still a crowd.) */
export const SPECIFIC_DETERMINERS = set('the these those this that two three four five six seven eight nine ten both')

/** Nouns for research: "studies show", "research suggests", "a study found". */
export const RESEARCH_NOUNS = set('study studies research survey surveys')

/** Verbs research shows things with. */
export const RESEARCH_VERBS = set(
  'show shows showed shown suggest suggests suggested find finds found indicate indicates indicated prove proves proved proven ' +
    'demonstrate demonstrates demonstrated confirm confirms confirmed reveal reveals revealed'
)

/** Words that tie research or reports to a named origin: "a study by Harvard", "reports in the Guardian". */
export const NAMING_PREPOSITIONS = set('by from in at of published conducted commissioned carried led')

/** Modifiers that leave reports unnamed: "media reports", "unconfirmed reports". */
export const REPORT_MODIFIERS = set('media press news local unconfirmed recent earlier several some many numerous multiple widespread')

/** Modifiers that leave research unnamed: "recent studies show", "new research suggests". */
export const RESEARCH_MODIFIERS = set('recent new previous earlier scientific numerous several many some other multiple independent academic medical published')

/** Determiners of a single unnamed study: "a study found", "one survey suggests". */
export const SINGLE_RESEARCH_DETERMINERS = set('a an one another')

/** Verbs reports say things with. */
export const REPORT_VERBS = set('say says said suggest suggests suggested indicate indicates indicated claim claims claimed allege alleges alleged')

/**
 * Words that put "allegedly" in a legal context, where it is the accepted way to report an
 * unproven charge: it is then left alone unless the `strict` option is on.
 */
export const LEGAL_CONTEXT = set(
  'police court courts charged charge charges accused accusation accusations trial prosecutor prosecutors prosecution ' +
    'lawsuit lawsuits suit sued arrested arrest indicted indictment jury judge magistrate magistrates case crime crimes criminal ' +
    'murder murdered killed killing assault assaulted fraud theft stole stolen robbery abuse abused offence offense offences offenses ' +
    'investigation investigators investigating complaint plaintiff defendant lawyer lawyers attorney attorneys guilty convicted ' +
    'sentenced detectives officers officer custody bail hearing tribunal inquiry allegation allegations victim victims rape raped ' +
    'harassment harassed bribery bribe bribes corruption smuggling trafficking laundering ' +
    'punished punishment disciplinary misconduct fined suspended suspension banned sanctions sanctioned breach breached doping'
)

/** Words after which "by" names the origin of a report or study: "a report compiled by Transparency International". */
export const ORIGIN_WORDS = set(
  'report reports study studies research survey surveys poll analysis review compiled published conducted commissioned released issued carried produced'
)
