/**
 * Draws the PolNeAR attributions that were labelled by hand for `npm run eval:attribution`, and prints
 * each with enough context to judge its source. It never runs a rule: the labels must come from
 * reading, not from the detector they measure.
 *
 *   npx tsx bench/sample-attributions.ts <train+dev|test> > /tmp/sample.txt
 *
 * Two strata, drawn with a fixed seed so the sample can be redrawn exactly:
 * - `uniform`: attributions drawn uniformly from every attribution that has a Source span;
 * - `common-noun`: attributions whose source span holds a lower-case content word ("officials",
 *   "a senior aide", "the campaign"), drawn from what `uniform` did not take. Unnamed sources are
 *   rare among all attributions (most are "he", "Trump"), so this stratum gives the labelled set
 *   enough of them without picking them by the rule's own cues.
 * Output: a TSV skeleton (one row per drawn attribution, label empty) on stdout after a `#` line, and
 * a reading view on stderr. The labels were written into fixtures/attribution/polnear-sources.tsv.
 */
import {readPolnearSplit, type PolnearArticle, type PolnearAttribution, type PolnearSplit} from './polnear.js'
import {seededRandom, seededSample} from './seeded-random.js'

/**
 * Sample sizes per group and stratum. Test `common-noun` is its whole pool (689): rows 401–689 were
 * added as a held-out set after rows 1–400 had been used to measure the rule. Train + dev
 * `common-noun` rows 261–860 (round 5), 861–1460 (round 6) and 1461–2060 (round 7) were added to
 * tune on more unnamed informants, each measured before the rule was tuned on it. The draw is a full
 * shuffle followed by a slice, so enlarging a stratum keeps every earlier row as it was drawn.
 */
const SAMPLE_SIZES = {
  'train+dev': {uniform: 220, 'common-noun': 2060},
  test: {uniform: 80, 'common-noun': 689}
} as const

type SampleGroup = keyof typeof SAMPLE_SIZES
type Stratum = 'uniform' | 'common-noun'

interface SampledAttribution {
  split: PolnearSplit
  article: PolnearArticle
  attribution: PolnearAttribution & {source: NonNullable<PolnearAttribution['source']>}
  stratum: Stratum
}

/** Words that do not make a source span "common-noun": pronouns, determiners, quantifiers. */
const FUNCTION_WORDS = new Set(
  (
    'he she they i we you it who which that his her their him them us me its one those these some many ' +
    'others both all another each whom whose our my your someone anyone everyone nobody none either ' +
    'neither most few several this the and for of with from said'
  ).split(' ')
)

function hasCommonNoun(source: string): boolean {
  for (const word of source.match(/[A-Za-z’'-]+/g) ?? []) {
    if (/^[a-z]/.test(word) && word.length >= 3 && !FUNCTION_WORDS.has(word)) return true
  }
  return false
}

function sampleAttributions(group: SampleGroup): SampledAttribution[] {
  const splits: PolnearSplit[] = group === 'test' ? ['test'] : ['train', 'dev']
  const pool: Array<Omit<SampledAttribution, 'stratum'>> = []
  for (const split of splits) {
    for (const article of readPolnearSplit(split)) {
      for (const attribution of article.attributions) {
        if (attribution.source) pool.push({split, article, attribution: attribution as SampledAttribution['attribution']})
      }
    }
  }
  const next = seededRandom(group === 'test' ? 20_161_108 : 20_151_108)
  const sizes = SAMPLE_SIZES[group]
  const uniform = seededSample(pool, sizes.uniform, next)
  const taken = new Set(uniform)
  const commonPool = pool.filter((item) => !taken.has(item) && hasCommonNoun(sourceText(item)))
  const common = seededSample(commonPool, sizes['common-noun'], next)
  return [
    ...uniform.map((item) => ({...item, stratum: 'uniform' as const})),
    ...common.map((item) => ({...item, stratum: 'common-noun' as const}))
  ]
}

function sourceText({article, attribution}: Omit<SampledAttribution, 'stratum'>): string {
  return article.text.slice(attribution.source.start, attribution.source.end).replace(/\s+/g, ' ')
}

/** Key of a labelled attribution: stable across runs and independent of the sample order. */
function labelKey(split: string, article: string, start: number, end: number): string {
  return `${split}/${article}@${start}-${end}`
}

function readingView(item: SampledAttribution, index: number): string {
  const {article, attribution} = item
  const text = article.text
  const cue = attribution.cue
  const first = Math.min(attribution.source.start, cue?.start ?? Infinity)
  const last = Math.max(attribution.source.end, cue?.end ?? 0)
  // Pronouns and relative pronouns need their antecedent; a named or common-noun source needs less.
  const before = /^(?:he|she|they|who|i|we|it|his|her|their|that|which|you)$/i.test(sourceText(item)) ? 450 : 220
  const from = Math.max(0, first - before)
  const to = Math.min(text.length, last + 100)
  const marks = [
    {at: attribution.source.start, text: '[['},
    {at: attribution.source.end, text: ']]'},
    ...(cue ? [{at: cue.start, text: '{{'}, {at: cue.end, text: '}}'}] : [])
  ].sort((a, b) => b.at - a.at)
  let context = text.slice(from, to)
  for (const mark of marks) context = context.slice(0, mark.at - from) + mark.text + context.slice(mark.at - from)
  return `#${index} ${item.stratum} SOURCE «${sourceText(item)}»\n  …${context.replace(/\s+/g, ' ')}…\n`
}

const group = process.argv[2] as SampleGroup | undefined
if (group) {
  if (!(group in SAMPLE_SIZES)) throw new Error(`sample-attributions: unknown group ${JSON.stringify(group)} (train+dev or test)`)
  const sample = sampleAttributions(group)
  sample.forEach((item, index) => process.stderr.write(readingView(item, index)))
  console.log('#key\tstratum\tsource')
  for (const item of sample) {
    const {split, article, attribution} = item
    console.log(`${labelKey(split, article.name, attribution.source.start, attribution.source.end)}\t${item.stratum}\t${sourceText(item)}`)
  }
}
