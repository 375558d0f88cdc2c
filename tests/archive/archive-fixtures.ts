/**
 * Test material for the archive tests: temporary folders, JSON Lines archives written from records,
 * and made-up articles (seeded, so every run sees the same text) long enough for near-duplicate
 * checks. The articles are word salad from a small vocabulary, not news: they exist to be copied
 * and edited, and only `no-duplicate-article` looks at them.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {afterEach} from 'vitest'
import {lintArchive, type ArchiveOptions} from '../../src/archive/lint-archive.js'
import type {ArchiveResult, ArchiveSummary} from '../../src/archive/types.js'
import type {Config} from '../../src/engine/config/types.js'

const folders: string[] = []

/** A fresh temporary folder, removed after the test. */
export function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-archive-test-'))
  folders.push(folder)
  return folder
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, {recursive: true, force: true})
})

/** Writes `lines` (records are JSON-encoded, strings and buffers written as they are) as an archive. */
export function writeArchive(folder: string, name: string, lines: Array<unknown>, options: {gzip?: boolean} = {}): string {
  const parts = lines.map((line) => (Buffer.isBuffer(line) ? line : Buffer.from(typeof line === 'string' ? line : JSON.stringify(line))))
  const body = Buffer.concat(parts.flatMap((part) => [part, Buffer.from('\n')]))
  const file = path.join(folder, name)
  writeFileSync(file, options.gzip ? gzipSync(body) : body)
  return file
}

/** Only the rules under test, so other families' work in progress cannot change these results. */
export const DUPLICATES_ONLY: Config = {extends: [], rules: {'no-repeated-word': 'error', 'no-duplicate-article': 'error'}}

const VOCABULARY = (
  'council budget minister river harbour election school hospital railway bridge market farmer ' +
  'winter summer report committee village museum library festival union factory airport station ' +
  'police court judge witness mayor teacher student nurse doctor engineer pilot captain driver ' +
  'announced approved rejected delayed opened closed visited described expected promised reviewed ' +
  'quickly slowly openly quietly nearly almost later earlier again already still often rarely ' +
  'new old local national regional public private small large early late final first second ' +
  'plan cost year month week morning evening night road tax rate price water power park field'
).split(' ')

/** A deterministic pseudo-random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A made-up article of `paragraphs` paragraphs of about 60 words, different for every seed. */
export function article(seed: number, paragraphs = 4): string {
  const random = seeded(seed)
  const sentence = () => {
    const words: string[] = []
    for (let length = 8 + Math.floor(random() * 8); words.length < length; ) {
      const word = VOCABULARY[Math.floor(random() * VOCABULARY.length)]
      // Never the same word twice in a row: that is what no-repeated-word flags.
      if (word !== words[words.length - 1]) words.push(word)
    }
    return words.join(' ').replace(/^\w/, (letter) => letter.toUpperCase()) + '.'
  }
  return Array.from({length: paragraphs}, () => Array.from({length: 5}, sentence).join(' ')).join('\n\n')
}

/** `text` with the word at every `every`-th position replaced. */
export function editWords(text: string, every: number): string {
  let index = 0
  return text.replace(/[a-z]+/g, (word) => (++index % every === 0 ? 'changed' : word))
}

export interface CollectedRun {
  results: ArchiveResult[]
  summary: ArchiveSummary
}

export async function collectRun(options: ArchiveOptions): Promise<CollectedRun> {
  const run = lintArchive(options)
  const results: ArchiveResult[] = []
  for await (const result of run) results.push(result)
  return {results, summary: await run.summary}
}

export function ofStage(results: ArchiveResult[], which: ArchiveResult['stage']): ArchiveResult[] {
  return results.filter((result) => result.stage === which)
}
