/**
 * Attribution rules stay linear and add little to a run. Timings from the same process:
 * - bbc-fulltext, every article linted with the cheapest rule alone (no-repeated-word: the parse, the
 *   engine and one rule — the baseline) and with the three attribution rules added;
 * - a pathological document built to hit every detector at once — one paragraph of short quotations,
 *   anonymous sources, crowds and impersonal passives, with no paragraph break to bound a scan — at
 *   two sizes: a linear pass takes about twice as long on twice the text, a quadratic one four times.
 */
import {createLinter} from '../src/engine/linter.js'
import type {BenchSection} from './index.js'
import {readCorpus} from './corpora.js'
import {medianTime} from './timing.js'

const RULES = ['no-anonymous-source', 'no-weasel-attribution', 'no-unattributed-quote']
const RUNS = 5
const PATHOLOGICAL_UNIT =
  '"We had no warning at all from anyone here," officials said, and critics say it is widely believed that a source close to the talks told Reuters "the deal is off for now". '
const SIZES = [200_000, 400_000]

export async function run(): Promise<BenchSection> {
  const articles = readCorpus('bbc-fulltext').map((article) => article.text)
  const baseline = createLinter({config: {extends: [], rules: {'no-repeated-word': 'error'}}})
  const attribution = createLinter({
    config: {extends: [], rules: {'no-repeated-word': 'error', ...Object.fromEntries(RULES.map((id) => [id, 'warn']))}}
  })
  const lintAll = (linter: typeof baseline) => async () => {
    for (const text of articles) await linter.lintText(text)
  }
  const corpusBaseline = await medianTime(lintAll(baseline), RUNS)
  const corpusRules = await medianTime(lintAll(attribution), RUNS)

  const rows: string[] = []
  const lintTimes: number[] = []
  for (const size of SIZES) {
    const text = PATHOLOGICAL_UNIT.repeat(Math.ceil(size / PATHOLOGICAL_UNIT.length)).slice(0, size)
    await attribution.lintText(text) // warm up
    const parse = await medianTime(() => baseline.lintText(text), RUNS)
    const lint = await medianTime(() => attribution.lintText(text), RUNS)
    lintTimes.push(lint)
    const messages = (await attribution.lintText(text)).messages.length
    rows.push(`| ${size / 1000} kB | ${parse.toFixed(0)} ms | ${lint.toFixed(0)} ms | ${messages} |`)
  }
  return {
    title: 'Attribution rules: cost over the parse, and a pathological document',
    markdown: [
      `bbc-fulltext (${articles.length} articles): ${corpusBaseline.toFixed(0)} ms with no-repeated-word alone, ${corpusRules.toFixed(0)} ms with the three attribution rules added (${(corpusRules / corpusBaseline).toFixed(2)}×; this includes the names family's shared mention view, which the names rules compute anyway in a full run). Median of ${RUNS} runs.`,
      '',
      '| pathological document | baseline | + attribution rules | messages |',
      '| --- | ---: | ---: | ---: |',
      ...rows,
      '',
      `Doubling the pathological document multiplies the time with the attribution rules by ${(lintTimes[1] / lintTimes[0]).toFixed(2)} (2 is linear, 4 quadratic): every detector reads a bounded window around its trigger word.`
    ].join('\n')
  }
}
