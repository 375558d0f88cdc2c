/**
 * `npm run bench -- encoding`: what the encoding rules cost.
 *
 * 1. Their share of a whole recommended-preset run on reuters21578: the corpus is linted with the
 *    recommended preset and with the same preset minus the encoding rules, in this process, the two
 *    alternating every 100 articles so that the machine's drift hits both alike, and timed in CPU
 *    time. The difference is the encoding rules' cost.
 * 2. The same cost measured directly: the rules' checks alone, called on every article without the
 *    parse (they scan the raw text and need no tree), which is free of the noise of subtracting two
 *    long runs.
 * 3. Linearity: the checks on documents made of mojibake-like material (every character a
 *    candidate: `Ã©`, curly quotes, `â€`, escapes, entities) at two sizes; linear code takes four
 *    times as long on four times the text.
 */
import {VFile} from 'vfile'
import {DocumentViews} from '../src/engine/document.js'
import {createLinter, type Linter} from '../src/engine/linter.js'
import type {Rule} from '../src/engine/rule.js'
import {encodingRules} from '../src/rules/encoding/index.js'
import type {BenchSection} from './index.js'
import {readCorpus, type Article} from './corpora.js'

const RUNS = 2
const CHUNK = 100
const EMPTY_TREE = {type: 'RootNode', children: []} as unknown as DocumentViews['tree']

/**
 * CPU time of this process in milliseconds. Other work on a shared machine slows the wall clock but
 * hardly this process's CPU time, so ratios of CPU time hold up where wall-clock ones do not.
 */
function cpuMs(): number {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}

async function lintAll(linter: Linter, articles: Article[]): Promise<number> {
  const started = cpuMs()
  for (const article of articles) await linter.lintText(article.text)
  return cpuMs() - started
}

/**
 * Both linters over the same articles, alternating every `CHUNK` articles (and which goes first), so
 * a busy machine slows both alike: the times are sums over the chunks.
 */
async function pairedRuns(first: Linter, second: Linter, articles: Article[]): Promise<[number, number]> {
  let firstMs = 0
  let secondMs = 0
  for (let start = 0, chunk = 0; start < articles.length; start += CHUNK, chunk++) {
    const slice = articles.slice(start, start + CHUNK)
    if (chunk % 2 === 0) {
      firstMs += await lintAll(first, slice)
      secondMs += await lintAll(second, slice)
    } else {
      secondMs += await lintAll(second, slice)
      firstMs += await lintAll(first, slice)
    }
  }
  return [firstMs, secondMs]
}

/** The encoding rules' checks alone on one text (fresh views, as each linted document gets). */
function checkAll(rules: readonly Rule[], text: string): number {
  const doc = new DocumentViews(text, EMPTY_TREE)
  const file = new VFile({value: text})
  let reports = 0
  for (const rule of rules) rule.check({doc, text, options: rule.meta.defaultOptions, file, report: () => void reports++})
  return reports
}

function timeChecks(texts: string[]): number {
  const started = cpuMs()
  for (const text of texts) checkAll(encodingRules, text)
  return cpuMs() - started
}

/** Text where nearly every character starts a candidate, `size` characters long. */
function adversarialText(size: number): string {
  const piece = 'cafÃ© “donâ€™t” Â£5 ÐŸÑ€Ð¸ Lavrov"s &amp;amp; \\n\\n wo\u200brd √© ╨┐ â?? \ufffd '
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size)
}

export async function run(): Promise<BenchSection> {
  const articles = readCorpus('reuters21578')
  const megabytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / 1e6
  const withEncoding = createLinter({config: {}})
  const withoutEncoding = createLinter({config: {rules: Object.fromEntries(encodingRules.map((rule) => [rule.meta.id, 'off']))}})
  // Warm both up (processors, lazy data) on a slice before timing.
  await lintAll(withEncoding, articles.slice(0, 200))
  await lintAll(withoutEncoding, articles.slice(0, 200))
  const [whole, rest] = await pairedRuns(withEncoding, withoutEncoding, articles)
  const texts = articles.map((article) => article.text)
  timeChecks(texts.slice(0, 500))
  const direct = Math.min(...Array.from({length: RUNS}, () => timeChecks(texts)))

  const small = adversarialText(250_000)
  const large = adversarialText(1_000_000)
  timeChecks([small])
  const smallMs = Math.min(...Array.from({length: 3}, () => timeChecks([small])))
  const largeMs = Math.min(...Array.from({length: 3}, () => timeChecks([large])))

  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const share = (part: number) => `${((100 * part) / whole).toFixed(1)}%`
  const markdown = [
    `reuters21578: ${articles.length} articles, ${megabytes.toFixed(1)} MB, linted one by one through the API by both configurations, alternating every ${CHUNK} articles; the direct row is the best of ${RUNS} runs. Times are CPU time of the process (user + system), which other load on the machine barely moves.`,
    '',
    '| run | CPU time | share of the recommended run |',
    '| --- | ---: | ---: |',
    `| recommended preset | ${seconds(whole)} | 100% |`,
    `| recommended preset without the encoding rules | ${seconds(rest)} | ${share(rest)} |`,
    `| difference: the encoding rules | ${seconds(Math.max(0, whole - rest))} | ${share(Math.max(0, whole - rest))} |`,
    `| the ${encodingRules.length} encoding checks alone, no parse | ${seconds(direct)} | ${share(direct)} |`,
    '',
    'Linearity, the encoding checks alone on text where nearly every character starts a candidate:',
    '',
    '| characters | CPU time | per million characters |',
    '| ---: | ---: | ---: |',
    `| 250,000 | ${smallMs.toFixed(0)} ms | ${(smallMs * 4).toFixed(0)} ms |`,
    `| 1,000,000 | ${largeMs.toFixed(0)} ms | ${largeMs.toFixed(0)} ms |`,
    '',
    `Four times the text took ${(largeMs / smallMs).toFixed(1)} times as long (linear: 4). The difference row subtracts two long runs and carries their noise; the direct row times the same work without it.`
  ].join('\n')
  return {title: 'Encoding rules: cost within a recommended run', markdown}
}
