/**
 * Access to the shared measuring material in ../shared (corpora, labels, ftfy cases). A user's clone
 * has no ../shared: `sharedAvailable()` says so, and every benchmark, eval script and test that reads
 * it must check first and skip with a clear message.
 */
import {createReadStream, existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {createInterface} from 'node:readline'
import {fileURLToPath} from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const SHARED_DIR = process.env.COPYDESK_SHARED ?? path.resolve(REPO_ROOT, '../shared')

export type CorpusName = 'bbc-fulltext' | 'polnear' | 'recovery-covid-news' | 'reuters21578'

export interface Article {
  id: string
  title?: string
  text: string
  source?: string
  [key: string]: unknown
}

export function sharedAvailable(): boolean {
  return existsSync(path.join(SHARED_DIR, 'corpora'))
}

export const SHARED_MISSING_MESSAGE = `../shared is absent (looked in ${SHARED_DIR}): skipping measurements on the shared corpora`

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts)
}

export function corpusPath(name: CorpusName): string {
  return sharedPath('corpora', `${name}.jsonl`)
}

/** Every article of a corpus, in file order (the corpora are small enough to hold in memory). */
export function readCorpus(name: CorpusName): Article[] {
  return readFileSync(corpusPath(name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Article)
}

/** Streams a corpus line by line, for measurements that must not hold it all. */
export async function* streamCorpus(name: CorpusName): AsyncGenerator<Article> {
  const lines = createInterface({input: createReadStream(corpusPath(name)), crlfDelay: Infinity})
  for await (const line of lines) if (line.trim() !== '') yield JSON.parse(line) as Article
}

export function readSharedJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(sharedPath(...parts), 'utf8')) as T
}
