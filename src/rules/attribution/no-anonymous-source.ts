/**
 * `no-anonymous-source`: a claim attributed to a source the text does not name — "a source close to
 * the minister told", "according to sources", "officials said", "people familiar with the matter
 * said". The reader cannot judge a claim whose source they cannot identify, so editors treat an
 * unexplained anonymous source as the first thing to query.
 *
 * Named and institutional sources pass: "Adnan Qureshi, a spokesman for the port trust, said", "the
 * ministry said in a statement", "a ministry spokesman said" (the body speaks on the record), and
 * "the official said" after "John Kirby, a State Department official," in the sentence before. With
 * `allowWithReason` (the default), a source whose anonymity the text explains ("speaking on condition
 * of anonymity because he was not authorised to speak publicly", "while seeking anonymity") is
 * reported at `info`: AP style's requirement is met, but the editor may still want to know.
 */
import {defineRule} from '../../engine/rule.js'
import {attributionAnalysis, type AttributionAnalysis} from './analysis.js'
import {ANONYMITY_REASON, REASON_LINK} from './anonymity-reasons.js'
import type {AttributedSource} from './sources.js'
import {joinedToPrevious} from './tokens.js'

export interface NoAnonymousSourceOptions {
  /** Report a source whose anonymity the text explains at `info` instead of the rule's severity. */
  allowWithReason: boolean
}

export const noAnonymousSource = defineRule<NoAnonymousSourceOptions>(
  {
    id: 'no-anonymous-source',
    family: 'attribution',
    description: 'Disallow claims attributed to unnamed sources ("a source said", "officials said")',
    severity: 'warning',
    fixable: false,
    recommended: true,
    schema: {
      type: 'object',
      properties: {allowWithReason: {type: 'boolean'}},
      additionalProperties: false
    },
    defaultOptions: {allowWithReason: true}
  },
  ({doc, text, options, report}) => {
    const analysis = attributionAnalysis(doc)
    // One search per sentence, however many sources it holds: a long list sentence stays linear.
    const reasonsBySentence = new Map<number, Span | undefined>()
    for (const source of analysis.sources) {
      if (source.named) continue
      if (!reasonsBySentence.has(source.sentence)) reasonsBySentence.set(source.sentence, anonymityReason(analysis, source.sentence))
      const reason = reasonsBySentence.get(source.sentence)
      const [start, end] = flaggedSpan(analysis, source, reason)
      if (analysis.repeatsReportedParagraph(start, end)) continue
      if (reason && options.allowWithReason) {
        report({
          start,
          end,
          message: 'The source of this claim is not named; the text says why',
          note: 'AP style allows an anonymous source when the story explains the anonymity, as this one does. A copy editor would still ask whether the source can be described more precisely (position, how they know).',
          severity: 'info'
        })
      } else {
        report({
          start,
          end,
          message: `The source of this claim is not named (${describe(text, analysis, source)})`,
          note: reason
            ? 'A copy editor would ask for the source by name, or for the reason the source cannot be named.'
            : 'A copy editor would ask for the source by name, or, if anonymity was granted, for the reason (e.g. "because he was not authorised to speak publicly").'
        })
      }
    }
  }
)

interface Span {
  start: number
  end: number
}

/** Where the sentence explains the anonymity, if it does. */
function anonymityReason(analysis: AttributionAnalysis, sentenceIndex: number): Span | undefined {
  const sentence = analysis.doc.sentences[sentenceIndex]
  if (!sentence) return undefined
  const match = ANONYMITY_REASON.exec(sentence.text)
  return match ? {start: sentence.start + match.index, end: sentence.start + match.index + match[0].length} : undefined
}

/**
 * The phrase and its cue, in text order; after "told", the recipient when it is a name ("told The
 * Express Tribune"); and the explanation of the anonymity when it follows the cue directly
 * ("stressed while seeking anonymity") or stands in the clause describing the source ("…," said one
 * Democrat, who requested anonymity).
 */
function flaggedSpan(analysis: AttributionAnalysis, source: AttributedSource, reason: Span | undefined): [number, number] {
  const {tokens, text} = analysis
  const first = Math.min(source.phraseStart, source.cueStart)
  let last = Math.max(source.phraseEnd, source.cueEnd) - 1
  if (source.cueStart > source.head && tokens[source.cueStart].bare === 'told') last = Math.max(last, recipientEnd(analysis, source.cueEnd))
  let end = tokens[last].end
  if (reason && reason.start >= end) {
    const describes = source.descriptionEnd > source.phraseEnd && reason.end <= tokens[source.descriptionEnd - 1].end
    if (describes || REASON_LINK.test(text.slice(end, reason.start))) end = reason.end
  }
  return [tokens[first].start, end]
}

/** Last token of a capitalised recipient right after "told" ("The Express Tribune"), or the token before `from`. */
function recipientEnd(analysis: AttributionAnalysis, from: number): number {
  const {tokens, text} = analysis
  let index = from
  while (index < tokens.length && tokens[index].capitalised && joinedToPrevious(text, tokens, index)) index++
  return index - 1
}

function describe(text: string, analysis: AttributionAnalysis, source: AttributedSource): string {
  const {tokens} = analysis
  const phrase = text.slice(tokens[source.phraseStart].start, tokens[source.phraseEnd - 1].end)
  return `\`${phrase}\``
}
