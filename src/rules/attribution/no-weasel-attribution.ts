/**
 * `no-weasel-attribution`: a claim attributed to no one or to an unspecified crowd. Lexicon linters
 * flag "weasel words" one word at a time ("many", "some"); this rule reads the attribution around a
 * trigger word instead, so "many people believe" is flagged and "many people died" is not:
 *
 * - impersonal passive: "it is (widely) believed/said/thought/reported/understood that";
 * - hearsay: "he is said to have", "the firm is reported to be"; "widely regarded as", "widely believed";
 * - crowds: "critics say", "some experts believe", "many people think", "others argue", "…, say critics";
 * - unnamed research: "studies show", "research suggests", "a study found" (no study named);
 * - unnamed reports: "reportedly", "according to media reports", "reports suggest";
 * - "allegedly" outside a legal context (always with `strict`).
 *
 * A crowd with a named member ("critics, including Senator X, say"; "Analysts said … John Smith, an
 * analyst at Moody's, said") and research or reports with a named origin ("a study by Harvard",
 * "reports in the Guardian") are accepted.
 */
import {defineRule} from '../../engine/rule.js'
import {attributionAnalysis, type AttributionAnalysis} from './analysis.js'
import {SPEAKER_PRONOUNS, SPEECH_VERBS} from './cue-verbs.js'
import {PHRASE_BOUNDARY_WORDS} from './source-nouns.js'
import {joinedToPrevious, phraseAt, tokenAtOrAfter, type Token} from './tokens.js'
import {
  AGENT_OR_OTHER_SENSE,
  CROWD_AUXILIARIES,
  CROWD_NOUNS,
  CROWD_PEOPLE,
  CROWD_QUANTIFIERS,
  CROWD_SINGULARS,
  CROWD_VERBS,
  HEARSAY_PARTICIPLES,
  HEDGE_ADVERBS,
  IMPERSONAL_BE,
  IMPERSONAL_PARTICIPLES,
  LEGAL_CONTEXT,
  NAMING_PREPOSITIONS,
  ORIGIN_WORDS,
  REPORT_MODIFIERS,
  REPORT_VERBS,
  RESEARCH_MODIFIERS,
  RESEARCH_NOUNS,
  RESEARCH_VERBS,
  SINGLE_RESEARCH_DETERMINERS,
  SPECIFIC_DETERMINERS,
  WIDELY_PARTICIPLES
} from './weasel-patterns.js'

export interface NoWeaselAttributionOptions {
  /** Also flag "allegedly" in a legal context, where it is accepted practice. */
  strict: boolean
}

type WeaselKind = 'impersonal' | 'crowd' | 'research' | 'reports' | 'allegedly'

interface Finding {
  kind: WeaselKind
  /** First and last token of the flagged phrase. */
  first: number
  last: number
}

interface Scan {
  analysis: AttributionAnalysis
  tokens: readonly Token[]
  text: string
  options: NoWeaselAttributionOptions
  legalParagraphs?: Uint8Array
}

type Detector = (scan: Scan, index: number) => Finding | undefined

const MESSAGES: Record<WeaselKind, {message: string; note: string}> = {
  impersonal: {
    message: 'This claim is attributed to no one',
    note: 'A copy editor would ask: believed (or said, or understood) by whom? Name who holds the view, or state it on the paper\'s own authority if it is established fact.'
  },
  crowd: {
    message: 'This claim is attributed to an unspecified group',
    note: 'A copy editor would ask which critics, experts or people: name at least one of them, or say how many and who they are.'
  },
  research: {
    message: 'This claim cites research without naming it',
    note: 'A copy editor would ask which study: name its authors or publisher, or where and when it was published.'
  },
  reports: {
    message: 'This claim rests on unnamed reports',
    note: 'A copy editor would ask reported by whom: name the outlet or the source of the report.'
  },
  allegedly: {
    message: 'This claim is attributed to no one ("allegedly")',
    note: 'A copy editor would ask alleged by whom: name who makes the allegation (police, prosecutors, a plaintiff).'
  }
}

const MAX_MODIFIERS = 3
/** How far (in words) from a finding its attribution to a named source is looked for; keeps the check bounded. */
const ATTRIBUTION_REACH = 80
/** Words after "by" in which the name of a report's author is looked for. */
const NAME_REACH = 4
const MAX_OF_PHRASE = 5
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** Not "be": "could be said to be its format" is the writer's own hedge, not hearsay. */
const HEARSAY_BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been'])
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'though', 'although', 'yet', 'as', 'because', 'since', 'whereas', 'so'])
const CLAUSE_END = /[,.;:!?)"”’—–]/u
const STARTS_WITH_LETTER = /^\p{L}/u
const STARTS_WITH_DIGIT = /^\d/

export const noWeaselAttribution = defineRule<NoWeaselAttributionOptions>(
  {
    id: 'no-weasel-attribution',
    family: 'attribution',
    description: 'Disallow claims attributed to no one or to an unspecified crowd ("critics say", "it is believed")',
    severity: 'warning',
    fixable: false,
    recommended: true,
    schema: {
      type: 'object',
      properties: {strict: {type: 'boolean'}},
      additionalProperties: false
    },
    defaultOptions: {strict: false}
  },
  ({doc, text, options, report}) => {
    const analysis = attributionAnalysis(doc)
    const scan: Scan = {analysis, tokens: analysis.tokens, text, options}
    let reportedUntil = -1
    for (let index = 0; index < scan.tokens.length; index++) {
      const detectors = DETECTORS.get(scan.tokens[index].bare)
      if (!detectors || analysis.quotedAt(scan.tokens[index].start)) continue
      for (const detect of detectors) {
        const finding = detect(scan, index)
        if (!finding || finding.first <= reportedUntil || attributedInSentence(scan, finding)) continue
        const start = scan.tokens[finding.first].start
        const end = scan.tokens[finding.last].end
        reportedUntil = finding.last
        if (analysis.repeatsReportedParagraph(start, end)) break
        report({start, end, ...MESSAGES[finding.kind]})
        break
      }
    }
  }
)

/** "It is (widely) believed/said/thought/reported/understood (that)", not "it was reported by the BBC". */
const impersonal: Detector = ({tokens, text}, index) => {
  let next = index + 1
  if (tokens[index].value.toLowerCase().replace('’', "'") !== "it's") {
    if (!joined(text, tokens, next) || !IMPERSONAL_BE.has(tokens[next].bare)) return undefined
    if ((tokens[next].bare === 'has' || tokens[next].bare === 'had') && tokens[next + 1]?.bare !== 'been') return undefined
    next += tokens[next].bare === 'has' || tokens[next].bare === 'had' ? 2 : 1
  }
  while (joined(text, tokens, next) && HEDGE_ADVERBS.has(tokens[next].bare)) next++
  if (!joined(text, tokens, next) || !IMPERSONAL_PARTICIPLES.has(tokens[next].bare)) return undefined
  const after = tokens[next + 1]
  if (joined(text, tokens, next + 1) && AGENT_OR_OTHER_SENSE.has(after.bare)) return undefined
  return {kind: 'impersonal', first: index, last: joined(text, tokens, next + 1) && after.bare === 'that' ? next + 1 : next}
}

/** "is said to", "was reported to": hearsay with no source. */
const hearsay: Detector = ({tokens, text}, index) => {
  let be = index - 1
  if (be >= 0 && HEDGE_ADVERBS.has(tokens[be].bare) && joined(text, tokens, be)) be--
  if (be < 0 || !HEARSAY_BE_FORMS.has(tokens[be].bare) || !joined(text, tokens, be + 1)) return undefined
  if (!joined(text, tokens, index + 1) || tokens[index + 1].bare !== 'to') return undefined
  return {kind: 'impersonal', first: be, last: index + 1}
}

/** "is widely believed/regarded/expected", "widely seen as". */
const widely: Detector = ({tokens, text}, index) => {
  const participle = tokens[index + 1]
  if (!joined(text, tokens, index + 1) || !WIDELY_PARTICIPLES.has(participle.bare)) return undefined
  const before = tokens[index - 1]
  const after = tokens[index + 2]
  const predicative = index > 0 && joined(text, tokens, index) && BE_FORMS.has(before.bare)
  const complement = joined(text, tokens, index + 2) && (after.bare === 'to' || after.bare === 'that' || after.bare === 'as')
  if (!predicative && !complement) return undefined
  return {kind: 'impersonal', first: predicative ? index - 1 : index, last: index + 1}
}

/** "critics say", "some legal experts believe", "critics of the plan have argued", "…, say critics". */
const crowd: Detector = (scan, index) => {
  const {tokens, text} = scan
  let first = index
  for (let steps = 0; steps < MAX_MODIFIERS && joined(text, tokens, first); steps++) {
    const previous = tokens[first - 1]
    if (CROWD_QUANTIFIERS.has(previous.bare)) {
      first--
      break
    }
    if (SPECIFIC_DETERMINERS.has(previous.bare) || PHRASE_BOUNDARY_WORDS.has(previous.bare) || CLAUSE_OPENERS.has(previous.bare)) break
    if (CROWD_VERBS.has(previous.bare) || !STARTS_WITH_LETTER.test(previous.value)) break
    first--
  }
  if (first > 0 && joined(text, tokens, first) && SPECIFIC_DETERMINERS.has(tokens[first - 1].bare)) return undefined
  let next = index + 1
  if (joined(text, tokens, next) && tokens[next].bare === 'of') next = skipPhrase(scan, next + 1, MAX_OF_PHRASE)
  if (namesMember(scan, index, next)) return undefined
  const verb = verbAfter(scan, next)
  if (verb !== undefined) return {kind: 'crowd', first, last: verb}
  // Inverted: "…, say critics." — the verb right before, the crowd closing the clause.
  const before = tokens[first - 1]
  const closes = next >= tokens.length || tokens[next].sentence !== tokens[index].sentence || CLAUSE_END.test(text.slice(tokens[next - 1].end, tokens[next].start))
  if (before && joined(text, tokens, first) && CROWD_VERBS.has(before.bare) && closes) return {kind: 'crowd', first: first - 1, last: next - 1}
  return undefined
}

/** "some argue", "many people believe", "others say": a quantifier as the subject of a claim. */
const quantifier: Detector = (scan, index) => {
  const {tokens, text} = scan
  if (index > 0 && joined(text, tokens, index) && !CLAUSE_OPENERS.has(tokens[index - 1].bare)) return undefined
  let next = index + 1
  if (joined(text, tokens, next) && CROWD_NOUNS.has(tokens[next].bare)) return undefined
  if (joined(text, tokens, next) && CROWD_PEOPLE.has(tokens[next].bare)) next++
  const verb = verbAfter(scan, next)
  return verb === undefined ? undefined : {kind: 'crowd', first: index, last: verb}
}

/** "studies show", "recent research suggests", "a study found" — unless the research is named. */
const research: Detector = (scan, index) => {
  const {tokens, text} = scan
  const noun = tokens[index]
  const single = noun.bare === 'study' || noun.bare === 'survey'
  let first = index
  for (let steps = 0; steps < MAX_MODIFIERS && joined(text, tokens, first); steps++) {
    const previous = tokens[first - 1]
    if (single && SINGLE_RESEARCH_DETERMINERS.has(previous.bare)) {
      first--
      break
    }
    if (SPECIFIC_DETERMINERS.has(previous.bare)) return undefined
    if (!RESEARCH_MODIFIERS.has(previous.bare) && !previous.capitalised && !STARTS_WITH_DIGIT.test(previous.value)) break
    first--
  }
  if (single && !SINGLE_RESEARCH_DETERMINERS.has(tokens[first].bare)) return undefined
  if (first > 0 && joined(text, tokens, first) && (SPECIFIC_DETERMINERS.has(tokens[first - 1].bare) || tokens[first - 1].bare === 'of')) return undefined
  let verb = index + 1
  while (joined(text, tokens, verb) && (tokens[verb].bare === 'has' || tokens[verb].bare === 'have' || tokens[verb].bare === 'also')) verb++
  if (!joined(text, tokens, verb) || !RESEARCH_VERBS.has(tokens[verb].bare)) return undefined
  for (let inner = first + 1; inner < verb; inner++) if (tokens[inner].capitalised) return undefined
  if (originNamedNearby(scan, index)) return undefined
  return {kind: 'research', first, last: verb}
}

/** "reportedly", unless the sentence names where it was reported ("according to the Times"). */
const reportedly: Detector = ({tokens}, index) => {
  const sentence = tokens[index].sentence
  for (let other = index - 12; other < index + 12; other++) {
    const token = tokens[other]
    if (!token || token.sentence !== sentence) continue
    if (phraseAt(tokens, other, ['according', 'to'])) return undefined
  }
  return {kind: 'reports', first: index, last: index}
}

/** "according to (media) reports", "reports suggest" — unless named ("reports in the Guardian"). */
const reports: Detector = ({tokens, text}, index) => {
  let first = index
  while (joined(text, tokens, first) && REPORT_MODIFIERS.has(tokens[first - 1].bare) && index - first < MAX_MODIFIERS) first--
  if (first > 0 && joined(text, tokens, first) && tokens[first - 1].capitalised && !phraseAt(tokens, first - 2, ['according', 'to'])) return undefined
  const after = tokens[index + 1]
  if (joined(text, tokens, index + 1) && NAMING_PREPOSITIONS.has(after.bare) && tokens[index + 2]?.capitalised) return undefined
  if (first >= 2 && phraseAt(tokens, first - 2, ['according', 'to']) && joined(text, tokens, first - 1) && joined(text, tokens, first)) {
    return {kind: 'reports', first: first - 2, last: index}
  }
  if (first === index && index > 0 && joined(text, tokens, index) && !CLAUSE_OPENERS.has(tokens[index - 1].bare)) return undefined
  if (joined(text, tokens, index + 1) && REPORT_VERBS.has(after.bare)) return {kind: 'reports', first, last: index + 1}
  return undefined
}

/** "allegedly", outside a legal context unless `strict`. */
const allegedly: Detector = (scan, index) => {
  if (!scan.options.strict && inLegalContext(scan, scan.tokens[index].paragraph)) return undefined
  return {kind: 'allegedly', first: index, last: index}
}

const DETECTORS: ReadonlyMap<string, readonly Detector[]> = new Map<string, Detector[]>([
  ['it', [impersonal]],
  ...[...HEARSAY_PARTICIPLES].map((word): [string, Detector[]] => [word, [hearsay]]),
  ['widely', [widely]],
  ...[...CROWD_NOUNS].map((word): [string, Detector[]] => [word, [crowd]]),
  ...[...CROWD_QUANTIFIERS].map((word): [string, Detector[]] => [word, [quantifier]]),
  ...[...RESEARCH_NOUNS].map((word): [string, Detector[]] => [word, [research]]),
  ['reportedly', [reportedly]],
  ['reports', [reports]],
  ['allegedly', [allegedly]]
])

function joined(text: string, tokens: readonly Token[], index: number): boolean {
  return joinedToPrevious(text, tokens, index)
}

/** Index after at most `limit` tokens of a phrase, stopping at punctuation. */
function skipPhrase({tokens, text}: Scan, from: number, limit: number): number {
  let index = from
  while (index < from + limit && joined(text, tokens, index)) index++
  return index
}

/**
 * The crowd's verb after optional auxiliaries ("critics have long argued"); not a participle that
 * raises ("others thought to be in the running").
 */
function verbAfter({tokens, text}: Scan, from: number): number | undefined {
  let index = from
  while (index < from + 2 && joined(text, tokens, index) && CROWD_AUXILIARIES.has(tokens[index].bare)) index++
  if (!joined(text, tokens, index) || !CROWD_VERBS.has(tokens[index].bare)) return undefined
  return joined(text, tokens, index + 1) && tokens[index + 1].bare === 'to' ? undefined : index
}

/**
 * Whether the crowd has a named member: "critics, including Senator X," right after it, or a name
 * with the singular noun in this sentence or the next ("John Smith, an analyst at Moody's, said").
 */
function namesMember(scan: Scan, index: number, next: number): boolean {
  const {tokens, analysis} = scan
  const link = tokens[next]
  if (link && link.sentence === tokens[index].sentence && (link.bare === 'including' || link.bare === 'like' || phraseAt(tokens, next, ['such', 'as']))) {
    return true
  }
  const singular = CROWD_SINGULARS.get(tokens[index].bare)
  const sentence = tokens[index].sentence
  for (const candidate of [sentence, sentence + 1]) {
    if (!analysis.sentenceHasName(candidate)) continue
    const end = analysis.sentenceStart(candidate + 1)
    for (let other = analysis.sentenceStart(candidate); other < end; other++) if (tokens[other].bare === singular) return true
  }
  return false
}

/**
 * Whether the text gives the claim to someone named after all, so the hedge is that source's and
 * not the paper's: in the sentence, reported speech ("…, Ms Lomax said"; "But, he added, …"),
 * "according to" a name, or a report or study "by" a name ("a report compiled by Transparency
 * International"); or "according to" a name earlier in the paragraph or in the sentence before
 * ("According to the Financial Times, … Activision is said to be one firm on its list").
 */
function attributedInSentence(scan: Scan, finding: Finding): boolean {
  const {tokens, analysis} = scan
  const sentence = tokens[finding.first].sentence
  const paragraphStart = tokenAtOrAfter(tokens, analysis.doc.paragraphs[tokens[finding.first].paragraph].start)
  const from = Math.max(finding.first - ATTRIBUTION_REACH, Math.min(paragraphStart, analysis.sentenceStart(sentence - 1)))
  for (let index = from; index < finding.first; index++) {
    if (phraseAt(tokens, index, ['according', 'to']) && namesAhead(tokens, index + 2)) return true
  }
  const end = Math.min(analysis.sentenceStart(sentence + 1), finding.last + ATTRIBUTION_REACH)
  for (let index = Math.max(analysis.sentenceStart(sentence), finding.first - ATTRIBUTION_REACH); index < end; index++) {
    if ((index >= finding.first && index <= finding.last) || analysis.quotedAt(tokens[index].start)) continue
    const token = tokens[index]
    if (SPEECH_VERBS.has(token.bare) && speakerBeside(scan, index)) return true
    if (phraseAt(tokens, index, ['according', 'to']) && namesAhead(tokens, index + 2)) return true
    if (token.bare === 'by' && ORIGIN_WORDS.has(tokens[index - 1]?.bare) && capitalisedWithin(tokens, index + 1, NAME_REACH)) return true
  }
  // A lede that hedges, then names its source in the next sentence: "Brando is said to have turned
  // the role down. His friend Budd Schulberg told Vanity Fair …".
  if (finding.kind !== 'impersonal' && finding.kind !== 'reports') return false
  const following = Math.min(analysis.sentenceStart(sentence + 2), finding.last + 2 * ATTRIBUTION_REACH)
  for (let index = analysis.sentenceStart(sentence + 1); index < following; index++) {
    if (analysis.quotedAt(tokens[index].start)) continue
    if (SPEECH_VERBS.has(tokens[index].bare) && speakerBeside(scan, index)) return true
    if (phraseAt(tokens, index, ['according', 'to']) && namesAhead(tokens, index + 2)) return true
  }
  return false
}

/** Whether a capitalised word stands within `reach` words from `from`: "compiled by anti-corruption body Transparency International". */
function capitalisedWithin(tokens: readonly Token[], from: number, reach: number): boolean {
  for (let index = from; index < from + reach && index < tokens.length; index++) if (tokens[index].capitalised) return true
  return false
}

/** A name or a personal pronoun right before or after a speech verb: "Ms Lomax said", "said Smith", "he added". */
function speakerBeside({tokens, text, analysis}: Scan, index: number): boolean {
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (before && joined(text, tokens, index) && (SPEAKER_PRONOUNS.has(before.bare) || analysis.names.byEnd.has(before.end))) return true
  return after !== undefined && joined(text, tokens, index + 1) && (SPEAKER_PRONOUNS.has(after.bare) || analysis.names.byStart.has(after.start))
}

/**
 * Research with a named origin in this sentence or the next: "Research by firms Earthlink and
 * Webroot revealed", "The Forum for the Future research found".
 */
function originNamedNearby({tokens, analysis}: Scan, index: number): boolean {
  const sentence = tokens[index].sentence
  const start = analysis.sentenceStart(sentence)
  const end = Math.min(analysis.sentenceStart(sentence + 2), index + 2 * ATTRIBUTION_REACH)
  for (let other = Math.max(start, index - ATTRIBUTION_REACH); other < end; other++) {
    if (other === index || !RESEARCH_NOUNS.has(tokens[other].bare)) continue
    if (NAMING_PREPOSITIONS.has(tokens[other + 1]?.bare ?? '') && capitalisedWithin(tokens, other + 2, NAME_REACH)) return true
    const sentenceStart = analysis.sentenceStart(tokens[other].sentence)
    for (let before = Math.max(sentenceStart + 1, other - 3); before < other; before++) if (tokens[before].capitalised) return true
  }
  return false
}

/** A name at `index`, after an optional "the": "according to Reuters", "according to the Financial Times". */
function namesAhead(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]?.bare === 'the' ? tokens[index + 1] : tokens[index]
  return token?.capitalised === true
}

function inLegalContext(scan: Scan, paragraph: number): boolean {
  if (!scan.legalParagraphs) {
    const flags = new Uint8Array(scan.analysis.doc.paragraphs.length)
    for (const token of scan.tokens) if (LEGAL_CONTEXT.has(token.bare)) flags[token.paragraph] = 1
    scan.legalParagraphs = flags
  }
  return scan.legalParagraphs[paragraph] === 1
}
