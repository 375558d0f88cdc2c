/**
 * `npm run bench -- scale`: an archive of a million articles (issue 6). The records are real
 * articles of the four shared corpora, over and over, every repeat with 1 to 3 words edited
 * (bench/archive-set.ts), generated as they are read and never stored; they go through
 * `lintArchive` on standard input with the default number of workers.
 *
 * Two runs, in this one process: a reference of a tenth of the size, then the full size. Targets:
 * peak RSS of the whole process under 1.5 GB, and throughput of the full run within 10% of the
 * reference. The resident set is also sampled at every tenth of the full run, to show it stays flat.
 *
 * Environment: `COPYDESK_SCALE_DOCS` (default 1,000,000) sets the full size; `COPYDESK_SCALE_RULES`
 * is `duplicates` (default: parsing and the cross-document stage only, the part of a run whose
 * memory could grow with the archive) or `recommended` (every recommended rule; some forty times
 * slower per document, too slow for a million articles on a two-core machine).
 */
import os from 'node:os'
import {Readable} from 'node:stream'
import {lintArchive} from './built-package.js'
import type {Config} from '../src/engine/config/types.js'
import {repeatedArchive} from './archive-set.js'
import type {BenchSection} from './index.js'
import {readCorpus, type CorpusName} from './corpora.js'
import {measure} from './measure.js'

const FULL = Number(process.env.COPYDESK_SCALE_DOCS ?? 1_000_000)
const RULES = process.env.COPYDESK_SCALE_RULES === 'recommended' ? 'recommended' : 'duplicates'
const CONFIG: Config = RULES === 'recommended' ? {} : {extends: [], rules: {'no-duplicate-article': 'error'}}
const CORPORA: CorpusName[] = ['bbc-fulltext', 'recovery-covid-news', 'reuters21578', 'polnear']
const LIMIT_MB = 1536

interface ScaleRun {
  documents: number
  bytes: number
  crossDocument: number
  elapsedMs: number
  documentsPerSecond: number
  megabytesPerSecond: number
  peakRssMb: number
  /** Resident set (MB) after each tenth of the documents. */
  rssSeries: number[]
}

async function scaleRun(count: number): Promise<ScaleRun> {
  const articles = CORPORA.flatMap((name) => readCorpus(name)).filter((article) => typeof article.text === 'string' && article.text.trim() !== '')
  const counts = {documents: 0, bytes: 0, crossDocument: 0}
  const rssSeries: number[] = []
  const lines = (function* () {
    for (const record of repeatedArchive(articles, count, 1)) {
      const line = JSON.stringify(record) + '\n'
      counts.bytes += Buffer.byteLength(line)
      yield line
    }
  })()
  const measured = await measure(count, 0, async () => {
    const run = lintArchive({inputs: ['-'], stdin: Readable.from(lines), config: CONFIG})
    let nextSample = count / 10
    for await (const result of run) {
      if (result.stage === 'cross-document') counts.crossDocument++
      else if (++counts.documents >= nextSample) {
        rssSeries.push(process.memoryUsage().rss / 2 ** 20)
        nextSample += count / 10
      }
    }
  })
  const seconds = measured.elapsedMs / 1000
  return {...counts, ...measured, megabytesPerSecond: counts.bytes / 1e6 / seconds, rssSeries}
}

export async function run(): Promise<BenchSection> {
  const reference = await scaleRun(Math.round(FULL / 10))
  const full = await scaleRun(FULL)
  const ratio = full.documentsPerSecond / reference.documentsPerSecond
  const row = (label: string, measured: ScaleRun) =>
    `| ${label} | ${measured.documents.toLocaleString('en-US')} | ${(measured.bytes / 1e6).toFixed(0)} MB | ${(measured.elapsedMs / 1000).toFixed(0)} s | ${measured.documentsPerSecond.toFixed(0)} | ${measured.megabytesPerSecond.toFixed(2)} | ${measured.peakRssMb.toFixed(0)} | ${measured.crossDocument.toLocaleString('en-US')} |`
  const markdown = [
    `Load average after the runs: ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores. ` +
      `Rules: ${RULES === 'recommended' ? 'the recommended preset' : 'parsing and `no-duplicate-article` only (`COPYDESK_SCALE_RULES=recommended` for every recommended rule)'}; default workers; records streamed from a generator on stdin.`,
    '',
    '| run | documents | input | time | documents/s | MB/s | peak RSS (MB) | documents with cross-document messages |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('reference (a tenth)', reference),
    row('full', full),
    '',
    '| target | measured | |',
    '| --- | ---: | --- |',
    `| peak RSS under ${LIMIT_MB} MB | ${full.peakRssMb.toFixed(0)} MB | ${full.peakRssMb < LIMIT_MB ? 'met' : '**not met**'} |`,
    `| throughput within 10% of the reference | ${(100 * ratio).toFixed(1)}% | ${ratio >= 0.9 ? 'met' : '**not met**'} |`,
    '',
    `Resident set after each tenth of the full run (MB): ${full.rssSeries.map((value) => value.toFixed(0)).join(', ')}.`
  ].join('\n')
  return {title: `Archive scale: ${FULL.toLocaleString('en-US')} generated articles (issue 6)`, markdown}
}
