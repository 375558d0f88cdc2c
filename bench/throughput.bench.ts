/**
 * `npm run bench -- throughput`: how fast the archive pipeline lints real articles, against the
 * floor of any retext design and against textlint, all in this one process run so that the ratios
 * hold on a noisy machine (issue 6).
 *
 * The same texts (a seeded sample of each shared corpus, written once to a temporary JSON Lines file)
 * go through, in turn:
 * 1. bare retext-english parsing of every text, on this thread: the floor;
 * 2. `lintArchive` with no per-document rule (reading, batching, parsing, duplicate detection):
 *    what the pipeline itself costs;
 * 3. `lintArchive` with the recommended preset (cross-document stage included) and `jobs: 1`;
 * 4. the same with `jobs: 2` (worker threads);
 * 5. textlint's kernel with a comparable rule set (encoding, repeated words and style, quotes, word
 *    lists, sentence length; dev dependencies used only here), on this thread, on an evenly spaced
 *    share of about 400 of the texts (it is some sixty times slower; its rate is what is compared).
 *
 * Targets: (3) at least 0.5 of (1); (4) at least 1.7 times (3); (3) at least 5 times (5).
 * The texts are every article with a body in the four corpora (`COPYDESK_BENCH_DOCS` caps the number
 * per corpus): an archive, not a handful, so that starting the workers and compiling the code, fixed
 * costs, weigh as little as they do on a real archive. The floor is the median of three parses,
 * the shortest run and the one most moved by the machine's state.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {TextlintKernel, type TextlintKernelPlugin, type TextlintKernelRule} from '@textlint/kernel'
import textPlugin from '@textlint/textlint-plugin-text'
import {moduleInterop} from '@textlint/module-interop'
import noInvalidControlCharacter from '@textlint-rule/textlint-rule-no-invalid-control-character'
import noUnmatchedPair from '@textlint-rule/textlint-rule-no-unmatched-pair'
import retextEnglish from 'retext-english'
import commonMisspellings from 'textlint-rule-common-misspellings'
import noTodo from 'textlint-rule-no-todo'
import sentenceLength from 'textlint-rule-sentence-length'
import stopWords from 'textlint-rule-stop-words'
import terminology from 'textlint-rule-terminology'
import writeGood from 'textlint-rule-write-good'
import {unified} from 'unified'
import {lintArchive} from './built-package.js'
import type {Config} from '../src/engine/config/types.js'
import type {BenchSection} from './index.js'
import {readCorpus, type Article, type CorpusName} from './corpora.js'
import {seededRandom} from './seeded-random.js'
import {measure, type Measured} from './measure.js'

/** Reading, batching, parsing, the cross-document stage: everything but the per-document rules. */
const PIPELINE_ONLY: Config = {extends: [], rules: {'no-duplicate-article': 'error'}}
const CORPORA: CorpusName[] = ['bbc-fulltext', 'recovery-covid-news', 'reuters21578', 'polnear']
const PER_CORPUS = Number(process.env.COPYDESK_BENCH_DOCS ?? Infinity)
const TEXTLINT_TEXTS = 400

/** Rules and plugin through `moduleInterop`: several are CommonJS modules with a transpiled default export. */
const TEXTLINT_RULES: TextlintKernelRule[] = Object.entries({
  'no-invalid-control-character': noInvalidControlCharacter,
  'write-good': writeGood,
  'no-unmatched-pair': noUnmatchedPair,
  'common-misspellings': commonMisspellings,
  terminology,
  'stop-words': stopWords,
  'sentence-length': sentenceLength,
  'no-todo': noTodo
}).map(([ruleId, rule]) => ({ruleId, rule: moduleInterop(rule)}))
// The plugin's declared default export is the interop wrapper, not the plugin it resolves to.
const TEXT_PLUGIN: TextlintKernelPlugin = {pluginId: 'text', plugin: moduleInterop(textPlugin) as unknown as TextlintKernelPlugin['plugin']}

/** The articles with a body, in a seeded order, at most `PER_CORPUS` from each corpus. */
function sample(): Article[] {
  const random = seededRandom(2024)
  return CORPORA.flatMap((name) => {
    const articles = readCorpus(name).filter((article) => typeof article.text === 'string' && article.text.trim() !== '')
    for (let index = articles.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[articles[index], articles[other]] = [articles[other], articles[index]]
    }
    return articles.slice(0, PER_CORPUS)
  })
}

async function lintWithJobs(file: string, jobs: number, config: Config = {}): Promise<number> {
  let documents = 0
  for await (const result of lintArchive({inputs: [file], jobs, config})) if (result.stage === 'document') documents++
  return documents
}

/** The run of median speed among `count`. */
async function medianOf(count: number, run: () => Promise<Measured>): Promise<Measured> {
  const runs: Measured[] = []
  for (let index = 0; index < count; index++) runs.push(await run())
  return runs.sort((a, b) => a.documentsPerSecond - b.documentsPerSecond)[Math.floor(count / 2)]
}

async function textlintAll(texts: readonly string[]): Promise<void> {
  const kernel = new TextlintKernel()
  for (const text of texts) await kernel.lintText(text, {ext: '.txt', plugins: [TEXT_PLUGIN], rules: TEXTLINT_RULES})
}

export async function run(): Promise<BenchSection> {
  const articles = sample()
  const texts = articles.map((article) => article.text)
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
  const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-throughput-'))
  const file = path.join(folder, 'sample.jsonl')
  writeFileSync(file, articles.map((article) => JSON.stringify({id: article.id, text: article.text})).join('\n') + '\n')
  try {
    // textlint is the slowest by far: a fixed share of the same texts gives its rate in bearable time.
    const textlintEvery = Math.max(1, Math.round(texts.length / TEXTLINT_TEXTS))
    const textlintTexts = texts.filter((_, index) => index % textlintEvery === 0)
    const textlintBytes = textlintTexts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
    const loadBefore = os.loadavg()[0].toFixed(1)
    const parser = unified().use(retextEnglish)
    // Warm up every contender on a few texts, so no figure pays for first compilation.
    for (const text of texts.slice(0, 50)) parser.parse(text)
    await textlintAll(texts.slice(0, 20))
    const figures: Array<[string, Measured]> = [
      ['bare retext-english parse (median of 3)', await medianOf(3, () => measure(texts.length, bytes, async () => void texts.forEach((text) => parser.parse(text))))],
      ['pipeline alone: parse and `no-duplicate-article`, `jobs: 1`', await measure(texts.length, bytes, () => lintWithJobs(file, 1, PIPELINE_ONLY))],
      ['recommended preset, `jobs: 1`', await measure(texts.length, bytes, () => lintWithJobs(file, 1))],
      ['recommended preset, `jobs: 2`', await measure(texts.length, bytes, () => lintWithJobs(file, 2))],
      [`textlint, ${TEXTLINT_RULES.length} rules (every ${textlintEvery}th text)`, await measure(textlintTexts.length, textlintBytes, () => textlintAll(textlintTexts))]
    ]
    const [parse, pipeline, one, two, textlint] = figures.map(([, measured]) => measured.documentsPerSecond)
    const ratio = (value: number, target: number, what: string) => `| ${what} | ${value.toFixed(2)} | ${target} | ${value >= target ? 'met' : '**not met**'} |`
    const markdown = [
      `${texts.length.toLocaleString('en-US')} articles (${Number.isFinite(PER_CORPUS) ? `at most ${PER_CORPUS} per shared corpus` : 'every article with a body in the four shared corpora'}), ${(bytes / 1e6).toFixed(1)} MB, ${os.cpus().length} cores; load average ${loadBefore} before the runs, ${os.loadavg()[0].toFixed(1)} after (other processes share the cores).`,
      '',
      '| run | documents/s | MB/s | peak RSS (MB) | wall time (s) | CPU time, all threads (s) |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...figures.map(
        ([name, measured]) =>
          `| ${name} | ${measured.documentsPerSecond.toFixed(0)} | ${measured.megabytesPerSecond.toFixed(2)} | ${measured.peakRssMb.toFixed(0)} | ${(measured.elapsedMs / 1000).toFixed(1)} | ${measured.cpuSeconds.toFixed(1)} |`
      ),
      '',
      '| ratio | measured | target | |',
      '| --- | ---: | ---: | --- |',
      ratio(one / parse, 0.5, '`jobs: 1` / bare parse'),
      ratio(two / one, 1.7, '`jobs: 2` / `jobs: 1`'),
      ratio(one / textlint, 5, '`jobs: 1` / textlint'),
      `| pipeline alone / bare parse (for reading the first ratio) | ${(pipeline / parse).toFixed(2)} | | |`,
      `| CPU time of \`jobs: 2\` / \`jobs: 1\` (what parallel work adds; for reading the second) | ${(figures[3][1].cpuSeconds / figures[2][1].cpuSeconds).toFixed(2)} | | |`,
      '',
      'The `jobs` runs read the sample from a JSON Lines file and include the cross-document stage (duplicate detection); peak RSS is the whole process (worker threads included) during each run, from the kernel\'s high-water mark. When other processes hold a core, `jobs: 2` cannot run twice as fast however little it adds: compare the CPU times.'
    ].join('\n')
    return {title: 'Archive throughput (issue 6)', markdown}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
