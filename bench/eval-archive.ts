/**
 * `npm run eval:archive`: the measured figures of `no-duplicate-article` (issue 6), printed as
 * Markdown; `-- --show` also lists the reported near-duplicate pairs for reading by eye.
 *
 * 1. Exact duplicates: the bodies of bbc-fulltext and recovery-covid-news that repeat an earlier body
 *    byte for byte, counted here independently (a plain `Map` of texts), against what the archive
 *    pipeline reports.
 * 2. Generated near-duplicates: 500 bbc-fulltext articles, each copied with 5–15% of its words
 *    edited and one paragraph dropped (the issue's set), and 500 more with 0.5–5% edited, appended
 *    to the corpus; how many copies are reported against their original, by the true Jaccard
 *    similarity of the pair (what decides whether a shingle-based detector can find it).
 * 3. Precision: a seeded sample of 100 near-duplicate pairs reported on the four real corpora, with
 *    the true Jaccard similarity and containment of their shingle sets (and of their 5-word shingle
 *    sets, the large-corpus deduplicators' measure).
 * 4. The parameter sweep behind the defaults (shingle size, measure, threshold), from signatures alone.
 */
import {Readable} from 'node:stream'
import {lintArchive} from '../src/archive/lint-archive.js'
import type {ArchiveResult} from '../src/archive/types.js'
import {hashTokens, intersectionSize, normaliseForComparison, shingleHashes, tokenTable, uniqueSorted, jaccard, wordTokens} from '../src/engine/fingerprint.js'
import {LshIndex, signatureWord} from '../src/rules/cross-document/lsh-index.js'
import {containmentFromJaccard, estimateJaccard, minhashSignature} from '../src/rules/cross-document/minhash.js'
import {identitiesDiffer, identitySketch, type IdentitySketch, type StoredSketch} from '../src/rules/cross-document/identity.js'
import {BANDS, BINS, noDuplicateArticle, SHINGLE_WORDS} from '../src/rules/cross-document/no-duplicate-article.js'
import {editedCopy, vocabularyOf} from './archive-set.js'
import {readCorpus, SHARED_MISSING_MESSAGE, sharedAvailable, type Article, type CorpusName} from './corpora.js'
import {seededRandom, seededSample} from './seeded-random.js'

const SHOW = process.argv.includes('--show')
const CORPORA: CorpusName[] = ['bbc-fulltext', 'recovery-covid-news', 'reuters21578', 'polnear']
const GENERATED = 500
const SAMPLE = 100
const {minWords: MIN_WORDS} = noDuplicateArticle.meta.defaultOptions

interface Reported {
  id: string
  kind: 'exact' | 'near'
  /** The earlier article the message names as most similar (near) or the earliest copy (exact). */
  match: string
  earliest: string
}

/** The articles that can be linted (the corpora have title-only records with an empty body). */
function lintable(articles: readonly Article[]): Article[] {
  return articles.filter((article) => typeof article.text === 'string' && article.text.trim() !== '')
}

/** Every duplicate message of a run of the archive pipeline over `articles`, streamed in as JSON Lines. */
async function reportedDuplicates(articles: readonly Article[]): Promise<Reported[]> {
  const lines = articles.map((article) => JSON.stringify({id: article.id, text: article.text}) + '\n')
  const run = lintArchive({inputs: ['-'], stdin: Readable.from(lines), config: {extends: [], rules: {'no-duplicate-article': 'error'}}})
  const reported: Reported[] = []
  for await (const result of run) if (result.stage === 'cross-document') reported.push(...toReported(result))
  return reported
}

function toReported(result: ArchiveResult): Reported[] {
  return result.messages.map((message) => {
    const related = message.related ?? []
    const earliest = related[0]?.documentId ?? ''
    return {
      id: result.id,
      kind: message.message.startsWith('Exact') ? 'exact' : 'near',
      earliest,
      match: related[1]?.documentId ?? earliest
    }
  })
}

/** Later bodies equal byte for byte to an earlier one, with that earlier body's id. */
function rawDuplicates(articles: readonly Article[]): Map<string, string> {
  const first = new Map<string, string>()
  const later = new Map<string, string>()
  for (const article of articles) {
    const earlier = first.get(article.text)
    if (earlier === undefined) first.set(article.text, article.id)
    else later.set(article.id, earlier)
  }
  return later
}

function shingleSet(text: string, size = SHINGLE_WORDS): Uint32Array {
  return uniqueSorted(shingleHashes(hashTokens(wordTokens(text)), size))
}

/** The share of the smaller set found in the larger. */
function containment(a: Uint32Array, b: Uint32Array): number {
  return intersectionSize(a, b) / Math.max(1, Math.min(a.length, b.length))
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

async function exactSection(corpora: Map<CorpusName, Article[]>): Promise<string[]> {
  const rows = ['| corpus | later copies, byte for byte (counted here) | reported as exact duplicates of their earliest copy | other exact duplicates reported (equal after normalisation) |', '| --- | ---: | ---: | ---: |']
  const notes: string[] = []
  for (const name of ['bbc-fulltext', 'recovery-covid-news'] as const) {
    const articles = corpora.get(name)!
    const expected = rawDuplicates(articles)
    const reported = (await reportedDuplicates(articles)).filter((entry) => entry.kind === 'exact')
    const byId = new Map(reported.map((entry) => [entry.id, entry]))
    const found = [...expected].filter(([id, earliest]) => byId.get(id)?.earliest === earliest).length
    const extra = reported.filter((entry) => !expected.has(entry.id))
    rows.push(`| ${name} | ${expected.size} | ${found} | ${extra.length} |`)
    const texts = new Map(articles.map((article) => [article.id, article.text]))
    for (const entry of extra) {
      const [a, b] = [texts.get(entry.earliest)!, texts.get(entry.id)!]
      notes.push(`- ${name}: \`${entry.id}\` = \`${entry.earliest}\` after normalisation (${describeDifference(a, b)})`)
    }
  }
  return [...rows, '', ...notes]
}

function describeDifference(a: string, b: string): string {
  if (normaliseForComparison(a) !== normaliseForComparison(b)) return 'hash collision!'
  if (a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()) return 'white space only'
  if (a.toLowerCase() === b.toLowerCase()) return 'letter case only'
  return 'punctuation, case or spacing'
}

interface GeneratedPair {
  original: Article
  copy: Article
  rate: number
  trueJaccard: number
}

/** `GENERATED` edited copies of distinct bbc-fulltext articles, with `low`–`high` of their words edited and one paragraph dropped. */
function generatedPairs(bbc: readonly Article[], low: number, high: number, seed: number): GeneratedPair[] {
  const random = seededRandom(seed)
  const vocabulary = vocabularyOf(bbc)
  const duplicates = rawDuplicates(bbc)
  const candidates = bbc.filter((article) => !duplicates.has(article.id) && article.text.split('\n\n').length >= 3)
  const pairs: GeneratedPair[] = []
  const used = new Set<number>()
  while (pairs.length < GENERATED) {
    const index = Math.floor(random() * candidates.length)
    if (used.has(index)) continue
    used.add(index)
    const original = candidates[index]
    const edited = editedCopy(original.text, low + random() * (high - low), true, random, vocabulary)
    pairs.push({
      original,
      copy: {id: `near/${original.id}`, text: edited.text},
      rate: edited.rate,
      trueJaccard: jaccard(shingleSet(original.text), shingleSet(edited.text))
    })
  }
  return pairs
}

async function generatedSection(bbc: readonly Article[], pairs: readonly GeneratedPair[], bins: ReadonlyArray<[number, number]>): Promise<string[]> {
  const reported = await reportedDuplicates([...bbc, ...pairs.map((pair) => pair.copy)])
  const byId = new Map(reported.map((entry) => [entry.id, entry]))
  const found = (pair: GeneratedPair) => {
    const entry = byId.get(pair.copy.id)
    return !!entry && (entry.match === pair.original.id || entry.earliest === pair.original.id)
  }
  const row = (label: string, subset: readonly GeneratedPair[]) => {
    const similarities = subset.map((pair) => pair.trueJaccard).sort((a, b) => a - b)
    const spread = subset.length === 0 ? '–' : `${quantile(similarities, 0.5).toFixed(2)} (${quantile(similarities, 0.05).toFixed(2)}–${quantile(similarities, 0.95).toFixed(2)})`
    const hits = subset.filter(found).length
    return `| ${label} | ${subset.length} | ${spread} | ${hits} (${percent(hits, subset.length)}) |`
  }
  const lines = ['| true Jaccard of the pair | copies | true Jaccard (median, 5th–95th percentile) | found |', '| --- | ---: | --- | ---: |']
  for (const [low, high] of bins) {
    lines.push(row(`${low.toFixed(1)}–${high.toFixed(1)}`, pairs.filter((pair) => pair.trueJaccard >= low && (pair.trueJaccard < high || high === 1))))
  }
  lines.push(row('**all**', pairs))
  const rates = pairs.map((pair) => pair.rate).sort((a, b) => a - b)
  lines.push('', `Words edited per copy: ${(rates[0] * 100).toFixed(1)}–${(rates[rates.length - 1] * 100).toFixed(1)}% (median ${(quantile(rates, 0.5) * 100).toFixed(1)}%).`)
  return lines
}

interface RealPair {
  corpus: CorpusName
  id: string
  match: string
  trueJaccard: number
  trueContainment: number
  fiveWordJaccard: number
}

async function precisionSection(corpora: Map<CorpusName, Article[]>): Promise<string[]> {
  const pairs: RealPair[] = []
  const counts: string[] = []
  for (const [name, articles] of corpora) {
    const texts = new Map(articles.map((article) => [article.id, article.text]))
    const near = (await reportedDuplicates(articles)).filter((entry) => entry.kind === 'near')
    counts.push(`${name} ${near.length}`)
    for (const entry of near) {
      const [a, b] = [texts.get(entry.id)!, texts.get(entry.match)!]
      const [setA, setB] = [shingleSet(a), shingleSet(b)]
      pairs.push({corpus: name, id: entry.id, match: entry.match, trueJaccard: jaccard(setA, setB), trueContainment: containment(setA, setB), fiveWordJaccard: jaccard(shingleSet(a, 5), shingleSet(b, 5))})
    }
  }
  const drawn = seededSample(pairs, SAMPLE, seededRandom(100))
  const describe = (label: string, values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    return `| ${label} | ${sorted[0]?.toFixed(3)} | ${quantile(sorted, 0.5)?.toFixed(3)} | ${sorted.filter((value) => value < 0.5).length} |`
  }
  const lines = [
    `Near-duplicate pairs reported: ${pairs.length} (${counts.join(', ')}); a seeded sample of ${drawn.length}:`,
    '',
    '| measure of the sampled pairs | min | median | pairs below 0.5 |',
    '| --- | ---: | ---: | ---: |',
    describe(`containment of ${SHINGLE_WORDS}-word shingles (what the rule estimates)`, drawn.map((pair) => pair.trueContainment)),
    describe(`Jaccard similarity of ${SHINGLE_WORDS}-word shingles`, drawn.map((pair) => pair.trueJaccard)),
    describe('Jaccard similarity of 5-word shingles', drawn.map((pair) => pair.fiveWordJaccard)),
    '',
    `All ${pairs.length} reported pairs: containment min ${Math.min(...pairs.map((pair) => pair.trueContainment)).toFixed(3)}; ${SHINGLE_WORDS}-word Jaccard below 0.5: ${pairs.filter((pair) => pair.trueJaccard < 0.5).length}.`
  ]
  if (SHOW) {
    for (const pair of [...pairs].sort((a, b) => a.trueContainment - b.trueContainment)) {
      lines.push(`- ${pair.corpus} \`${pair.id}\` ~ \`${pair.match}\`: containment ${pair.trueContainment.toFixed(3)}, Jaccard ${pair.trueJaccard.toFixed(3)}, 5-word Jaccard ${pair.fiveWordJaccard.toFixed(3)}`)
    }
  }
  return lines
}

interface Sweep {
  shingleWords: number
  measure: 'containment' | 'jaccard'
  threshold: number
  /** Leave out pairs that name and state different things, as the rule does. */
  identity?: boolean
}

/** The defaults (3-word shingles, containment 0.55) and the alternatives they were chosen over. */
const SWEEPS: Sweep[] = [
  {shingleWords: 5, measure: 'jaccard', threshold: 0.7},
  {shingleWords: 5, measure: 'jaccard', threshold: 0.5},
  {shingleWords: 5, measure: 'containment', threshold: 0.5},
  {shingleWords: 3, measure: 'jaccard', threshold: 0.5},
  {shingleWords: 3, measure: 'containment', threshold: 0.5},
  {shingleWords: 3, measure: 'containment', threshold: 0.55},
  {shingleWords: 3, measure: 'containment', threshold: 0.55, identity: true},
  {shingleWords: 3, measure: 'containment', threshold: 0.6},
  {shingleWords: 3, measure: 'containment', threshold: 0.6, identity: true},
  {shingleWords: 3, measure: 'containment', threshold: 0.7, identity: true},
  {shingleWords: 3, measure: 'containment', threshold: 0.7},
  {shingleWords: 2, measure: 'containment', threshold: 0.6},
  {shingleWords: 2, measure: 'containment', threshold: 0.7},
  {shingleWords: 2, measure: 'containment', threshold: 0.6, identity: true}
]

interface Prepared {
  id: string
  hash: string
  signature?: Uint16Array
  size: number
  identity: StoredSketch
}

function stored(sketch: IdentitySketch): StoredSketch {
  return {hashes: Uint32Array.from(sketch.hashes), count: sketch.count}
}

/** Near pairs found by a sweep's measure and threshold, over documents in order (exact copies left out, as the rule does). */
function sweepPairs(documents: readonly Prepared[], sweep: Sweep): Map<string, string> {
  const lsh = new LshIndex(BINS, BANDS, (index, word) => signatureWord(documents[index].signature!, word))
  const seen = new Set<string>()
  const found = new Map<string, string>()
  documents.forEach((document, index) => {
    const signature = document.signature
    if (seen.has(document.hash) || !signature) return
    seen.add(document.hash)
    let best = -1
    let bestSimilarity = 0
    for (const candidate of lsh.addAndFindCandidates(index)) {
      const other = documents[candidate]
      const estimate = estimateJaccard(signature, other.signature!)
      const similarity = sweep.measure === 'jaccard' ? estimate : containmentFromJaccard(estimate, document.size, other.size)
      if (sweep.identity && identitiesDiffer(document.identity, other.identity)) continue
      if (similarity >= sweep.threshold && similarity > bestSimilarity) {
        best = candidate
        bestSimilarity = similarity
      }
    }
    if (best >= 0) found.set(document.id, documents[best].id)
  })
  return found
}

function sweepSection(corpora: Map<CorpusName, Article[]>, issueSet: readonly GeneratedPair[], lightSet: readonly GeneratedPair[]): string[] {
  const prepare = (articles: readonly Article[], size: number): Prepared[] =>
    articles.map((article) => {
      const tokens = wordTokens(article.text)
      const hashes = hashTokens(tokens)
      const shingles = uniqueSorted(shingleHashes(hashes, size))
      return {id: article.id, hash: tokens.join(' '), size: shingles.length, identity: stored(identitySketch(article.text, tokenTable(article.text))), signature: tokens.length >= MIN_WORDS ? minhashSignature(shingles, BINS) : undefined}
    })
  const bbc = corpora.get('bbc-fulltext')!
  const texts = new Map([...corpora.values()].flat().map((article) => [article.id, article.text]))
  const lines = [
    `Every row: a ${BINS}-bin signature in ${BANDS} bands of ${BINS / BANDS}; "real pairs" are the near pairs found on the four real corpora, with the count whose true Jaccard similarity (5-word shingles, the deduplicators' measure) is below 0.5.`,
    '',
    '| shingle | measure | threshold | issue set found | light set found | real pairs | of them 5-word Jaccard < 0.5 | of them 3-word Jaccard < 0.5 |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const size of [...new Set(SWEEPS.map((sweep) => sweep.shingleWords))]) {
    const real = [...corpora.values()].map((articles) => prepare(articles, size))
    const sets = [issueSet, lightSet].map((pairs) => ({pairs, documents: prepare([...bbc, ...pairs.map((pair) => pair.copy)], size)}))
    for (const sweep of SWEEPS.filter((candidate) => candidate.shingleWords === size)) {
      const [issue, light] = sets.map(({pairs, documents}) => {
        const generated = sweepPairs(documents, sweep)
        return percent(pairs.filter((pair) => generated.get(pair.copy.id) === pair.original.id).length, pairs.length)
      })
      const realPairs = real.flatMap((documents) => [...sweepPairs(documents, sweep)])
      const below = (words: number) => realPairs.filter(([id, match]) => jaccard(shingleSet(texts.get(id)!, words), shingleSet(texts.get(match)!, words)) < 0.5).length
      lines.push(`| ${size} words | ${sweep.measure}${sweep.identity ? ', same names and figures' : ''} | ${sweep.threshold} | ${issue} | ${light} | ${realPairs.length} | ${below(5)} | ${below(3)} |`)
    }
  }
  return lines
}

async function main(): Promise<void> {
  if (!sharedAvailable()) {
    console.log(SHARED_MISSING_MESSAGE)
    return
  }
  const corpora = new Map(CORPORA.map((name) => [name, lintable(readCorpus(name))]))
  const bbc = corpora.get('bbc-fulltext')!
  const issueSet = generatedPairs(bbc, 0.05, 0.15, 6)
  const lightSet = generatedPairs(bbc, 0.005, 0.05, 7)
  const sections: Array<[string, string[]]> = [
    ['Exact duplicates', await exactSection(corpora)],
    [`Generated near-duplicates, the issue's set (${GENERATED} bbc-fulltext articles, 5–15% of words edited, one paragraph dropped)`, await generatedSection(bbc, issueSet, [[0, 0.3], [0.3, 0.5], [0.5, 0.7], [0.7, 1]])],
    [`Generated near-duplicates, lighter edits (${GENERATED} articles, 0.5–5% of words edited, one paragraph dropped)`, await generatedSection(bbc, lightSet, [[0.3, 0.5], [0.5, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1]])],
    ['Precision on the real corpora', await precisionSection(corpora)],
    ['Parameter sweep (signatures only, same generated sets and corpora)', sweepSection(corpora, issueSet, lightSet)]
  ]
  for (const [title, lines] of sections) console.log(`\n### ${title}\n\n${lines.join('\n')}`)
}

await main()
