/**
 * `npx tsx bench/derive-attribution-lexicon.ts [cues|phrases|nouns]`: the frequency lists behind the
 * data-derived parts of the attribution lexicon (src/rules/attribution/derived-lexicon.ts), counted
 * over every annotated attribution of PolNeAR's train and dev splits (never test).
 *
 * - `cues`: the head of each annotated Cue span (its first word that is not an auxiliary or adverb:
 *   "has also said" → "said"), kept when annotated at least CUE_THRESHOLD times and not already in
 *   one of the cue lists of cue-verbs.ts.
 * - `phrases`: a cue head with the one or two words after it, from the Cue span or the text right
 *   after it ("weighed" + "in", "declined" + "to comment"), kept at PHRASE_THRESHOLD; a phrasal cue is
 *   the head and the words that recur with it.
 * - `nouns`: the head noun of each annotated Source span (its last lower-case word before a
 *   post-modifier: "a senior official in Kabul" → "official"), kept at NOUN_THRESHOLD and when not
 *   already a source noun.
 *
 * The counts are printed for a person to read: which of the frequent candidates are verbs of
 * communication or nouns for a person by role is a semantic judgement the counts cannot make, and
 * the criteria for it are written beside the lists in derived-lexicon.ts.
 */
import {BELIEF_VERBS, QUOTE_ONLY_VERBS, SPEECH_VERBS} from '../src/rules/attribution/cue-verbs.js'
import {DERIVED_REPRESENTATIVE_NOUNS, DERIVED_ROLE_NOUNS, DERIVED_SPEECH_VERBS, SOURCE_CUE_PHRASES} from '../src/rules/attribution/derived-lexicon.js'
import {SOURCE_NOUNS} from '../src/rules/attribution/source-nouns.js'
import {readPolnearSplit, type PolnearArticle, type Span} from './polnear.js'

const CUE_THRESHOLD = 10
const PHRASE_THRESHOLD = 5
const NOUN_THRESHOLD = 3
/** A phrase is the head with one or two words after it: "weighed in", "declined to comment". */
const PHRASE_TAILS = [1, 2]

/** Words before a cue's head verb: auxiliaries, negation, adverbs of time and manner. */
const CUE_PREFIX = new Set(
  'has have had also is was were are will would could can may might did do does not never be been being to just then still now later first recently often once reportedly publicly privately repeatedly previously already even long'.split(
    ' '
  )
)
/** Words after a source's head noun that start its post-modifier: "officials in", "people familiar with". */
const POST_MODIFIER = new Set('of in at for from who whom whose which that with on to close familiar involved and or'.split(' '))
const WORD = /[\p{L}][\p{L}'’-]*/gu
const LOWER_CASE_WORD = /^\p{Ll}[\p{Ll}-]*$/u

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((word) => word.replace(/['’]s?$/u, ''))
}

function spanText(article: PolnearArticle, span: Span): string {
  return span.fragments.map(({start, end}) => article.text.slice(start, end)).join(' ')
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

/** The source span's head noun as written (case kept, so names can be left out), or undefined. */
function sourceHead(source: string): string | undefined {
  let head: string | undefined
  for (const word of source.replace(/[’']s\b/gu, '').split(/[\s,;:()]+/u)) {
    if (POST_MODIFIER.has(word.toLowerCase())) break
    if (word !== '') head = word
  }
  return head
}

function deriveCounts(): {cues: Map<string, number>; phrases: Map<string, number>; nouns: Map<string, number>; attributions: number} {
  const cues = new Map<string, number>()
  const phrases = new Map<string, number>()
  const nouns = new Map<string, number>()
  let attributions = 0
  for (const split of ['train', 'dev'] as const) {
    for (const article of readPolnearSplit(split)) {
      for (const attribution of article.attributions) {
        attributions++
        if (attribution.cue) {
          const cue = words(spanText(article, attribution.cue))
          const headAt = cue.findIndex((word) => !CUE_PREFIX.has(word))
          if (headAt !== -1) {
            count(cues, cue[headAt])
            const following = [...cue.slice(headAt + 1), ...words(article.text.slice(attribution.cue.end, attribution.cue.end + 40))]
            for (const length of PHRASE_TAILS) if (following.length >= length) count(phrases, [cue[headAt], ...following.slice(0, length)].join(' '))
          }
        }
        if (attribution.source) {
          const head = sourceHead(spanText(article, attribution.source))
          if (head && LOWER_CASE_WORD.test(head)) count(nouns, head)
        }
      }
    }
  }
  return {cues, phrases, nouns, attributions}
}

/** What derived-lexicon.ts took from these counts, so a rerun prints those entries (marked) beside the candidates it left out. */
const DERIVED = {
  cues: new Set(DERIVED_SPEECH_VERBS.flatMap((forms) => forms.split(' '))),
  phrases: new Set(SOURCE_CUE_PHRASES.map((phrase) => phrase.join(' '))),
  nouns: new Set([...DERIVED_ROLE_NOUNS, ...DERIVED_REPRESENTATIVE_NOUNS].flatMap((pair) => pair.split('/')))
}

function main(): void {
  const what = process.argv[2] ?? 'cues'
  if (what !== 'cues' && what !== 'phrases' && what !== 'nouns') throw new Error(`derive-attribution-lexicon: expected cues, phrases or nouns, got ${JSON.stringify(what)}`)
  const {cues, phrases, nouns, attributions} = deriveCounts()
  const derived = DERIVED[what]
  const handWritten = (word: string) => !DERIVED.cues.has(word) && (SPEECH_VERBS.has(word) || BELIEF_VERBS.has(word) || QUOTE_ONLY_VERBS.has(word))
  const [map, threshold, candidate] =
    what === 'nouns'
      ? [nouns, NOUN_THRESHOLD, (word: string) => derived.has(word) || !SOURCE_NOUNS.has(word)]
      : what === 'phrases'
        ? [phrases, PHRASE_THRESHOLD, (phrase: string) => !handWritten(phrase.split(' ')[0])]
        : [cues, CUE_THRESHOLD, (word: string) => !handWritten(word)]
  console.log(`# PolNeAR train+dev, ${attributions} attributions: ${what} annotated at least ${threshold} times and not in the hand-written lexicon; * = taken into derived-lexicon.ts`)
  for (const [key, value] of [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    if (value >= threshold && candidate(key)) console.log(`${value}\t${derived.has(key) ? '*' : ' '} ${key}`)
  }
}

main()
