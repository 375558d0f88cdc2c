/**
 * `npm run bench -- cache`: what `--cache` saves on a second run over an unchanged folder. 2,000
 * real articles (the first 2,000 of the BBC corpus in ../shared, one file each, written to a
 * temporary folder) are linted twice by the CLI with `--cache` and the recommended preset: the first
 * run lints every file and writes the cache; the second only reads and hashes the files. The target
 * of issue 7 is a second run at least 20 times faster than the first.
 *
 * Both runs go through `main()` in this process, so the figures are the CLI's own work (walking,
 * reading, hashing, linting, reporting) without Node's start-up, which is the same for both. The
 * two reports must be identical, and a third pass through the API must find every file in the cache.
 * When a build is present (`dist/cli/bin.js`), the same two runs are also timed as whole processes,
 * start-up included, which is what a hook or CI step waits for.
 */
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {main} from '../src/cli/main.js'
import type {CliIo} from '../src/cli/io.js'
import {ResultCache} from '../src/engine/cache.js'
import {lintDocuments} from '../src/engine/lint-documents.js'
import {createLinter} from '../src/engine/linter.js'
import type {BenchSection} from './index.js'
import {readCorpus, REPO_ROOT} from './corpora.js'

const FILES = 2000
const CACHE_DIR = '.copydesk-cache'

interface Run {
  ms: number
  code: number
  report: string
}

async function runCli(argv: string[], cwd: string): Promise<Run> {
  let report = ''
  const io: CliIo = {
    stdout: (text) => void (report += text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => new Uint8Array(),
    stdinPiped: false,
    color: false,
    cwd,
    debug: false
  }
  const started = performance.now()
  const code = await main(argv, io)
  return {ms: performance.now() - started, code, report}
}

/** Wall time of the built CLI as a process, or why it could not be timed. */
function runBuilt(argv: string[], cwd: string): {ms: number} | {skipped: string} {
  const bin = path.join(REPO_ROOT, 'dist/cli/bin.js')
  if (!existsSync(bin)) return {skipped: 'no build (dist/cli/bin.js); run `npm run build` first'}
  const started = performance.now()
  const child = spawnSync(process.execPath, [bin, ...argv], {cwd, stdio: 'ignore'})
  const ms = performance.now() - started
  return child.status === 2 ? {skipped: 'the build in dist/ is older than --cache'} : {ms}
}

async function writeArticles(dir: string): Promise<number> {
  const articles = readCorpus('bbc-fulltext').slice(0, FILES)
  let bytes = 0
  for (const article of articles) {
    const file = path.join(dir, `${article.id}.txt`)
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(file, article.text)
    bytes += Buffer.byteLength(article.text)
  }
  return bytes
}

function processTable([startUp, first, second]: ReturnType<typeof runBuilt>[]): string {
  if ('skipped' in startUp || 'skipped' in first || 'skipped' in second) {
    const reason = [startUp, first, second].find((timing): timing is {skipped: string} => 'skipped' in timing)!.skipped
    return `Whole processes (start-up included): not measured, ${reason}.`
  }
  return [
    'Whole processes of the built CLI (`node dist/cli/bin.js`, start-up included):',
    '',
    '| process | time |',
    '| --- | ---: |',
    `| \`--version\` (start-up alone) | ${(startUp.ms / 1000).toFixed(2)} s |`,
    `| first run | ${(first.ms / 1000).toFixed(2)} s |`,
    `| second run (cached) | ${(second.ms / 1000).toFixed(2)} s |`,
    '',
    `Speed-up with start-up included: ${(first.ms / second.ms).toFixed(1)}×.`
  ].join('\n')
}

export async function run(): Promise<BenchSection> {
  const cwd = await mkdtemp(path.join(os.tmpdir(), 'copydesk-cache-bench-'))
  try {
    const bytes = await writeArticles(cwd)
    const argv = ['--cache', '--cache-location', CACHE_DIR, '--format', 'json', '.']
    const first = await runCli(argv, cwd)
    const second = await runCli(argv, cwd)
    if (second.report !== first.report) throw new Error('the cached run reported differently from the first run')
    const cache = await ResultCache.open({cwd, location: CACHE_DIR})
    await lintDocuments(createLinter({cwd}), ['.'], {cache})
    const files = (JSON.parse(first.report) as unknown[]).length
    const ratio = first.ms / second.ms
    const processArgv = ['--cache', '--cache-location', '.copydesk-cache-process', '--format', 'json', '.']
    const processes = [runBuilt(['--version'], cwd), runBuilt(processArgv, cwd), runBuilt(processArgv, cwd)]
    const rows = [
      '| run | files | time | files/s |',
      '| --- | ---: | ---: | ---: |',
      `| first (lints every file, writes the cache) | ${files} | ${(first.ms / 1000).toFixed(2)} s | ${Math.round(files / (first.ms / 1000))} |`,
      `| second (unchanged files, cached) | ${files} | ${(second.ms / 1000).toFixed(2)} s | ${Math.round(files / (second.ms / 1000))} |`
    ]
    const markdown = [
      `${files} BBC articles (${(bytes / 2 ** 20).toFixed(1)} MiB, one file each), \`copydesk --cache --format json .\` with the recommended preset, run twice in one process.`,
      '',
      ...rows,
      '',
      `**Speed-up of the cached run: ${ratio.toFixed(1)}×** (target: at least 20×). Both reports are identical (exit code ${first.code}); a third pass found ${cache.stats.hits} of ${files} files in the cache and ${cache.stats.misses} to lint.`,
      'Node start-up (the same for both runs) is not included.',
      '',
      processTable(processes)
    ].join('\n')
    return {title: 'Content cache (--cache)', markdown}
  } finally {
    await rm(cwd, {recursive: true, force: true})
  }
}
