/**
 * `npm run eval:attribution [-- --split train+dev|test] [--verbose] [--show-held-out] [--list-planted]`: measures the attribution rules
 * on PolNeAR (../shared/labels/polnear).
 *
 * 1. no-anonymous-source against the hand labels in fixtures/attribution/polnear-sources.tsv (see the
 *    README there). A labelled attribution counts as flagged when a no-anonymous-source message
 *    overlaps its annotated Source span or its Cue span (the rule flags the source phrase with its cue,
 *    so overlap with either means the rule judged this attribution's source). Precision and recall are
 *    over the labelled attributions only, with `anonymous` + `informant` as the positive class (the
 *    defect the rule is for); figures counting crowds ("critics say") as positives are printed too.
 * 2. no-unattributed-quote against every annotated attribution of the split whose Content span holds
 *    a quotation of at least 5 words and that has a Source: the share of those quotations a message
 *    overlaps is the share wrongly flagged (the annotators found their speaker).
 *
 * 3. no-unattributed-quote on planted defects: in bbc-fulltext, the first sentence of an article that
 *    is exactly one quotation followed by its attribution ('"…," he said.') loses the attribution
 *    ('"…."'); recall is the share of those stripped quotations the rule flags.
 *
 * Tune on train+dev (the default); run `--split test` once, at the end.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {createLinter} from '../src/engine/linter.js'
import type {LintMessage} from '../src/engine/types.js'
import {REPO_ROOT, SHARED_MISSING_MESSAGE, readCorpus, sharedAvailable} from './corpora.js'
import {readPolnearSplit, type PolnearArticle, type PolnearSplit, type Span} from './polnear.js'

type Group = 'train+dev' | 'test'

interface Label {
  split: PolnearSplit
  article: string
  relation: string
  source: Span
  cue?: Span
  stratum: string
  label: 'named' | 'anonymous' | 'not-a-person'
  kind: '' | 'informant' | 'crowd'
  sourceText: string
  /** The labelling round (column `round`). */
  round: string
  /** Labelled in round HELD_OUT_ROUND: after the rest of the test split had been measured, before any rule ran on it. */
  heldOut: boolean
}

const LABELS = path.join(REPO_ROOT, 'fixtures/attribution/polnear-sources.tsv')
const RULES = ['no-anonymous-source', 'no-weasel-attribution', 'no-unattributed-quote'] as const
/** A quotation of at least 5 words inside a Content span: the quotations no-unattributed-quote judges. */
const QUOTATION = /(?:“|"|'')([^“”"]*?)(?:”|"|'')/g
const MIN_QUOTED_WORDS = 5
/**
 * The labelling round (column `round`) whose rows were labelled once the earlier test rows had been
 * used to measure the rule: the held-out set, reported apart, and its misses are listed only with
 * `--show-held-out`, so that reading them cannot steer later tuning.
 */
const HELD_OUT_ROUND = '4'

function span(start: string, end: string): Span | undefined {
  if (start === '' || end === '') return undefined
  const fragment = {start: Number(start), end: Number(end)}
  return {fragments: [fragment], ...fragment}
}

function readLabels(): Label[] {
  const [header, ...rows] = readFileSync(LABELS, 'utf8').trim().split('\n')
  const columns = header.split('\t')
  return rows.map((row, line) => {
    const cells = row.split('\t')
    if (cells.length !== columns.length) throw new Error(`${LABELS}:${line + 2}: expected ${columns.length} columns, got ${cells.length}`)
    const [split, article, relation, sourceStart, sourceEnd, cueStart, cueEnd, stratum, label, kind, sourceText, round] = cells
    const source = span(sourceStart, sourceEnd)
    if (!source) throw new Error(`${LABELS}:${line + 2}: missing source offsets`)
    const heldOut = split === 'test' && round === HELD_OUT_ROUND
    return {split, article, relation, source, cue: span(cueStart, cueEnd), stratum, label, kind, sourceText, round, heldOut} as Label
  })
}

/**
 * The canonical attribution cues: an annotated Cue span holding a form of "say" or "tell" (also
 * "declined to say", "did not tell"), or "according to". They split the positives into the plainest
 * attributions of a claim and everything else PolNeAR annotates as an attribution (acts and stances:
 * "ordered", "huddled", "are alarmed at"), with a list that owes nothing to the rule's own lexicon.
 */
const CANONICAL_CUE = /\b(?:say|says|said|saying|tell|tells|told|telling|according)\b/i

function hasCanonicalCue(label: Label, texts: ReadonlyMap<string, string>): boolean {
  const text = texts.get(label.article)
  return label.cue !== undefined && text !== undefined && CANONICAL_CUE.test(text.slice(label.cue.start, label.cue.end))
}

function overlaps(message: LintMessage, target: Span | undefined): boolean {
  return target !== undefined && message.offset < target.end && target.start < message.endOffset
}

interface Counts {
  truePositive: number
  falsePositive: number
  falseNegative: number
}

function ratio(numerator: number, denominator: number): string {
  return denominator === 0 ? 'n/a' : (numerator / denominator).toFixed(3)
}

function precisionRecall(counts: Counts): string {
  const {truePositive, falsePositive, falseNegative} = counts
  return `precision ${ratio(truePositive, truePositive + falsePositive)} (${truePositive}/${truePositive + falsePositive}), recall ${ratio(truePositive, truePositive + falseNegative)} (${truePositive}/${truePositive + falseNegative})`
}

function tally(labels: Label[], flagged: Set<Label>, positive: (label: Label) => boolean): Counts {
  const counts = {truePositive: 0, falsePositive: 0, falseNegative: 0}
  for (const label of labels) {
    const hit = flagged.has(label)
    if (hit && positive(label)) counts.truePositive++
    else if (hit) counts.falsePositive++
    else if (positive(label)) counts.falseNegative++
  }
  return counts
}

async function main(): Promise<void> {
  if (!sharedAvailable()) {
    console.log(SHARED_MISSING_MESSAGE)
    return
  }
  const args = process.argv.slice(2)
  const group: Group = args.includes('test') || args.includes('--split=test') ? 'test' : 'train+dev'
  const showHeldOut = args.includes('--show-held-out')
  const verbose = args.includes('--verbose') || showHeldOut
  const splits: PolnearSplit[] = group === 'test' ? ['test'] : ['train', 'dev']
  const linter = createLinter({config: {extends: [], rules: Object.fromEntries(RULES.map((id) => [id, 'warn']))}})

  const labels = readLabels().filter((label) => splits.includes(label.split))
  const labelsByArticle = new Map<string, Label[]>()
  for (const label of labels) labelsByArticle.set(label.article, [...(labelsByArticle.get(label.article) ?? []), label])

  const texts = new Map<string, string>()
  const flagged = new Set<Label>()
  const weaselFlagged = new Set<Label>()
  let quotations = 0
  let quotationsFlagged = 0
  const flaggedQuotations: string[] = []
  const perRule = new Map<string, number>(RULES.map((id) => [id, 0]))
  let articles = 0
  for (const split of splits) {
    for (const article of readPolnearSplit(split)) {
      articles++
      texts.set(article.name, article.text)
      const {messages} = await linter.lintText(article.text, {path: `${split}/${article.name}.txt`})
      for (const message of messages) perRule.set(message.ruleId, (perRule.get(message.ruleId) ?? 0) + 1)
      const anonymous = messages.filter((message) => message.ruleId === 'no-anonymous-source')
      const weasel = messages.filter((message) => message.ruleId === 'no-weasel-attribution')
      for (const label of labelsByArticle.get(article.name) ?? []) {
        if (anonymous.some((message) => overlaps(message, label.source) || overlaps(message, label.cue))) flagged.add(label)
        if (weasel.some((message) => overlaps(message, label.source) || overlaps(message, label.cue))) weaselFlagged.add(label)
      }
      const quoteMessages = messages.filter((message) => message.ruleId === 'no-unattributed-quote')
      for (const content of attributedQuotations(article)) {
        quotations++
        const hit = quoteMessages.find((message) => overlaps(message, content))
        if (hit) {
          quotationsFlagged++
          flaggedQuotations.push(`${split}/${article.name}@${hit.offset}-${hit.endOffset}`)
        }
      }
    }
  }

  const informant = (label: Label) => label.label === 'anonymous' && label.kind === 'informant'
  const anyAnonymous = (label: Label) => label.label === 'anonymous'
  console.log(`PolNeAR ${group}: ${articles} articles, ${labels.length} labelled attributions`)
  console.log(`no-anonymous-source, unnamed informants as positives: ${precisionRecall(tally(labels, flagged, informant))}`)
  for (const stratum of ['uniform', 'common-noun']) {
    const subset = labels.filter((label) => label.stratum === stratum)
    console.log(`  ${stratum} stratum (${subset.length}): ${precisionRecall(tally(subset, flagged, informant))}`)
  }
  for (const canonical of [true, false]) {
    const subset = labels.filter((label) => hasCanonicalCue(label, texts) === canonical)
    const name = canonical ? 'annotated cue a form of say, tell or according to' : 'any other annotated cue, or none'
    console.log(`  ${name} (${subset.length}): ${precisionRecall(tally(subset, flagged, informant))}`)
  }
  if (group === 'train+dev') {
    for (const round of new Set(labels.map((label) => label.round))) {
      const subset = labels.filter((label) => label.round === round)
      console.log(`  labelling round ${round} (${subset.length}): ${precisionRecall(tally(subset, flagged, informant))}`)
    }
  }
  if (group === 'test') {
    for (const heldOut of [false, true]) {
      const subset = labels.filter((label) => label.heldOut === heldOut)
      const name = heldOut ? `held out (labelling round ${HELD_OUT_ROUND}, before any rule ran on it)` : 'measured before'
      console.log(`  ${name} (${subset.length}): ${precisionRecall(tally(subset, flagged, informant))}`)
    }
  }
  console.log(`no-anonymous-source, every unnamed source (crowds too) as positives: ${precisionRecall(tally(labels, flagged, anyAnonymous))}`)
  const crowd = (label: Label) => label.label === 'anonymous' && label.kind === 'crowd'
  console.log(`no-weasel-attribution, unnamed crowds as positives (for reference): ${precisionRecall(tally(labels, weaselFlagged, crowd))}`)
  console.log(
    `no-unattributed-quote: ${quotationsFlagged} of ${quotations} annotated attributed quotations flagged (${((100 * quotationsFlagged) / Math.max(1, quotations)).toFixed(2)}%)`
  )
  console.log(`messages per rule: ${[...perRule].map(([id, count]) => `${id} ${count}`).join(', ')}`)
  const planted = await plantedRecall(linter, args.includes('--list-planted'))
  console.log(
    `no-unattributed-quote on planted defects (bbc-fulltext, attribution stripped from one quotation sentence per article): ${planted.found} of ${planted.planted} flagged (recall ${ratio(planted.found, planted.planted)}); of the ${planted.bySpecification} left with no cue word in the paragraph or the sentences around it, ${planted.foundBySpecification} flagged (recall ${ratio(planted.foundBySpecification, planted.bySpecification)})`
  )
  if (verbose) {
    for (const label of labels) {
      if (label.heldOut && !showHeldOut) continue
      const hit = flagged.has(label)
      if (hit !== informant(label)) console.log(`${hit ? 'FP' : 'FN'}\t${label.label}/${label.kind || '-'}\t${label.split}/${label.article}@${label.source.start}\t${label.sourceText}`)
    }
    for (const where of flaggedQuotations) console.log(`QUOTE\t${where}`)
  }
}

/** A sentence that is one quotation and its attribution: '"We will win," he said.' */
const ATTRIBUTED_SENTENCE =
  /(^|\. )(["“])([^"“”\n]{20,}?)[,.]?(["”]),? (?:(?:he|she|they|[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:said|says|added|explained)|(?:said|says|added) (?:he|she|[A-Z][a-z]+(?: [A-Z][a-z]+)?))\./m

/** Cue words anywhere in a text (a rough, rule-independent check of what the issue counts as attribution). */
const ANY_CUE = /\b(?:said|says|say|told|tells|added|adds|according to|wrote|writes|asked|explained|insisted|stressed|warned|argued|claimed|noted)\b/

/**
 * Whether the issue's definition leaves the stripped quotation without a speaker: no cue word outside
 * quotation marks in its paragraph, nor in the sentence before or after it.
 */
function unattributedBySpecification(text: string, start: number, end: number): boolean {
  const paragraphStart = text.lastIndexOf('\n\n', start) + 1
  const paragraphEnd = text.indexOf('\n\n', end) === -1 ? text.length : text.indexOf('\n\n', end)
  const before = text.slice(Math.max(0, text.lastIndexOf('. ', Math.max(0, start - 2)) - 300), start)
  const previousSentence = before.slice(before.lastIndexOf('. ', before.length - 3) + 1)
  const after = text.slice(end, end + 400)
  const nextSentence = after.slice(0, after.indexOf('. ') === -1 ? after.length : after.indexOf('. ') + 1)
  const outsideQuotes = (part: string) => part.replace(/["“][^"“”]*["”]/g, ' ')
  return ![text.slice(paragraphStart, paragraphEnd), previousSentence, nextSentence].some((part) => ANY_CUE.test(outsideQuotes(part)))
}

/**
 * With `--list-planted`, each planted quotation left with no cue word is printed (article id, offset,
 * whether the rule flagged it, the quotation's first words and the paragraph before it) so the cases
 * the rule lets through can be read by eye.
 */
async function plantedRecall(linter: ReturnType<typeof createLinter>, list: boolean): Promise<{found: number; planted: number; bySpecification: number; foundBySpecification: number}> {
  let found = 0
  let planted = 0
  let bySpecification = 0
  let foundBySpecification = 0
  for (const article of readCorpus('bbc-fulltext')) {
    const match = ATTRIBUTED_SENTENCE.exec(article.text)
    if (!match) continue
    const stripped = `${match[1]}${match[2]}${match[3]}.${match[4]}`
    const text = article.text.slice(0, match.index) + stripped + article.text.slice(match.index + match[0].length)
    planted++
    const {messages} = await linter.lintText(text)
    const hit = messages.some((message) => message.ruleId === 'no-unattributed-quote' && message.offset < match.index + stripped.length && match.index < message.endOffset)
    if (hit) found++
    if (unattributedBySpecification(text, match.index, match.index + stripped.length)) {
      bySpecification++
      if (hit) foundBySpecification++
      if (list) console.log(plantedListing(article.id, text, match.index + match[1].length, hit))
    }
  }
  return {found, planted, bySpecification, foundBySpecification}
}

const LISTED_WORDS = 12

function plantedListing(id: string, text: string, start: number, hit: boolean): string {
  const paragraphStart = text.lastIndexOf('\n\n', start) + 1
  const previousStart = paragraphStart > 1 ? text.lastIndexOf('\n\n', paragraphStart - 3) + 1 : -1
  const previous = previousStart < 0 ? '(none)' : text.slice(previousStart, paragraphStart).trim().replaceAll('\n', ' ')
  const lead = text.slice(paragraphStart, start).trim().replaceAll('\n', ' ')
  const words = text.slice(start).split(/\s+/, LISTED_WORDS).join(' ')
  return `PLANTED\t${id}@${start}\t${hit ? 'flagged' : 'missed'}\t${words}\n  before: ${previous}${lead ? `\n  same paragraph, before it: ${lead}` : ''}`
}

/** Content spans of attributions with a Source that hold a quotation of at least 5 words. */
function attributedQuotations(article: PolnearArticle): Span[] {
  const spans: Span[] = []
  for (const attribution of article.attributions) {
    if (!attribution.source || !attribution.content) continue
    const content = article.text.slice(attribution.content.start, attribution.content.end)
    for (const match of content.matchAll(QUOTATION)) {
      if ((match[1].match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_QUOTED_WORDS) {
        spans.push(attribution.content)
        break
      }
    }
  }
  return spans
}

await main()
