/**
 * `npm run bench -- rule-cost`: what each rule of the recommended preset costs, as a share of bare
 * retext-english parsing of the same texts (issue 6's floor), to show where a lint's time goes.
 *
 * Every text is parsed once by the engine and its shared views built; then each rule's check runs
 * on those views, timed on its own. The first rule of a family to ask for a family view (the
 * attribution structure, name mentions, the duplication token pass) pays for computing it, as it
 * does in a real run. Two rounds; the second is reported, so no figure pays for compiling the code.
 */
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'
import {resolveConfig} from '../src/engine/config/resolve.js'
import {DocumentViews} from '../src/engine/document.js'
import {parseByParagraph} from '../src/engine/parser.js'
import type {Rule} from '../src/engine/rule.js'
import {allRules} from '../src/rules/index.js'
import type {BenchSection} from './index.js'
import {readCorpus, type CorpusName} from './corpora.js'

const CORPORA: CorpusName[] = ['bbc-fulltext', 'recovery-covid-news', 'reuters21578', 'polnear']
const PER_CORPUS = 1000

function texts(): string[] {
  return CORPORA.flatMap((name) =>
    readCorpus(name)
      .filter((article) => typeof article.text === 'string' && article.text.trim() !== '')
      .slice(0, PER_CORPUS)
      .map((article) => article.text)
  )
}

function time(work: () => void): number {
  const started = performance.now()
  work()
  return performance.now() - started
}

function round(sample: readonly string[], rules: ReadonlyArray<{rule: Rule; options: unknown}>): Map<string, number> {
  const bare = unified().use(retextEnglish)
  const costs = new Map<string, number>([['bare retext-english parse', time(() => sample.forEach((text) => bare.parse(text)))]])
  const add = (name: string, ms: number) => costs.set(name, (costs.get(name) ?? 0) + ms)
  for (const text of sample) {
    let views!: DocumentViews
    add('engine parse (paragraph by paragraph)', time(() => void (views = new DocumentViews(text, parseByParagraph(text)))))
    add('shared views (lines, sentences, words)', time(() => void (views.lines, views.sentences, views.words)))
    const file = new VFile({value: text})
    for (const {rule, options} of rules) add(rule.meta.id, time(() => rule.check({doc: views, text, options, file, report: () => {}})))
  }
  return costs
}

export async function run(): Promise<BenchSection> {
  const sample = texts()
  const config = resolveConfig({})
  const rules = allRules
    .filter((rule) => config.rules[rule.meta.id] && config.rules[rule.meta.id].severity !== 'off')
    .map((rule) => ({rule, options: {...rule.meta.defaultOptions, ...(config.rules[rule.meta.id].options ?? {})}}))
  round(sample, rules)
  const costs = round(sample, rules)
  const floor = costs.get('bare retext-english parse')!
  const rows = [...costs].sort((a, b) => b[1] - a[1])
  const ruleTotal = rows.filter(([name]) => rules.some(({rule}) => rule.meta.id === name)).reduce((sum, [, ms]) => sum + ms, 0)
  const markdown = [
    `${sample.length.toLocaleString('en-US')} articles (the first ${PER_CORPUS} with a body of each shared corpus), second of two rounds.`,
    '',
    '| step | time (ms) | share of bare parse |',
    '| --- | ---: | ---: |',
    ...rows.map(([name, ms]) => `| ${name} | ${ms.toFixed(0)} | ${(ms / floor).toFixed(2)} |`),
    `| **all ${rules.length} rules** | ${ruleTotal.toFixed(0)} | ${(ruleTotal / floor).toFixed(2)} |`,
    '',
    'Rules run one after another on each document, so garbage collection caused by one may be paid by the next; a family view is paid by the first rule of the family that asks for it.'
  ].join('\n')
  return {title: 'Cost of each rule of the recommended preset (issue 6)', markdown}
}
