/**
 * `npm run eval:duplication`: the measured figures of the duplication rules (issue 4), printed as
 * Markdown; `-- --show` also prints every flag, for reading by eye.
 *
 * 1. recovery-covid-news: the articles in which a paragraph of 8+ words repeats exactly after
 *    normalisation, counted independently of copydesk (bench/repeated-paragraphs.ts), against the
 *    articles `no-duplicate-paragraph` reports.
 * 2. bbc-fulltext (clean professional copy), polnear and reuters21578: the articles and flags of
 *    each rule.
 * 3. The generated near-duplicate set (bench/near-duplicate-set.ts): how many planted edited copies
 *    are reported as near-duplicates of their original, and whether the unedited originals are flagged.
 * 4. The threshold sweep behind the default: recall on the generated sets against articles flagged
 *    on the real corpora, from the paragraph analysis alone.
 */
import {hashTokens, jaccard, shingleHashes, uniqueSorted, wordTokens} from '../src/engine/fingerprint.js'
import {createLinter} from '../src/engine/linter.js'
import {splitParagraphs} from '../src/engine/paragraphs.js'
import type {LintMessage} from '../src/engine/types.js'
import {noDuplicateParagraph, type NoDuplicateParagraphOptions} from '../src/rules/duplication/no-duplicate-paragraph.js'
import {findParagraphDuplicates, LIST_ITEM, SHINGLE_SIZE, type ParagraphDuplicate} from '../src/rules/duplication/paragraph-duplicates.js'
import {TokenSpans} from '../src/rules/duplication/token-spans.js'
import {readCorpus, SHARED_MISSING_MESSAGE, sharedAvailable, type Article, type CorpusName} from './corpora.js'
import {plantNearDuplicates, type PlantedCopy} from './near-duplicate-set.js'
import {hasRepeatedParagraph} from './repeated-paragraphs.js'

const SHOW = process.argv.includes('--show')
const SEEDS = [1, 2, 3]
const SET_SIZE = 200
const PARAGRAPH_DEFAULTS = noDuplicateParagraph.meta.defaultOptions
const MIN_WORDS = PARAGRAPH_DEFAULTS.minWords

const linter = createLinter({
  config: {extends: [], rules: {'no-duplicate-paragraph': 'error', 'no-duplicate-sentence': 'warning', 'no-repeated-word': 'error'}}
})

async function lintAll(articles: readonly Article[]): Promise<Map<string, LintMessage[]>> {
  const byId = new Map<string, LintMessage[]>()
  for (const article of articles) byId.set(article.id, (await linter.lintText(article.text)).messages)
  return byId
}

const isNear = (message: LintMessage) => message.ruleId === 'no-duplicate-paragraph' && message.message.startsWith('Near-duplicate')

/** The kinds of flag counted per article. */
const KINDS: Array<{label: string; test: (message: LintMessage) => boolean}> = [
  {label: 'no-duplicate-paragraph (exact)', test: (message) => message.ruleId === 'no-duplicate-paragraph' && !isNear(message)},
  {label: 'no-duplicate-paragraph (near)', test: isNear},
  {label: 'no-duplicate-sentence', test: (message) => message.ruleId === 'no-duplicate-sentence'},
  {label: 'no-repeated-word', test: (message) => message.ruleId === 'no-repeated-word'}
]

function flaggedArticles(messages: Map<string, LintMessage[]>, test: (message: LintMessage) => boolean): string[] {
  return [...messages].filter(([, list]) => list.some(test)).map(([id]) => id)
}

function showFlags(articles: readonly Article[], messages: Map<string, LintMessage[]>, test: (message: LintMessage) => boolean): string[] {
  const lines: string[] = []
  for (const article of articles) {
    for (const message of messages.get(article.id) ?? []) {
      if (!test(message)) continue
      const related = message.related?.[0]
      lines.push(`- ${article.id} line ${message.line}: ${message.message}`)
      lines.push(`    later:   ${JSON.stringify(article.text.slice(message.offset, message.endOffset).slice(0, 300))}`)
      if (related) lines.push(`    earlier: ${JSON.stringify(article.text.slice(related.offset, related.endOffset).slice(0, 300))}`)
    }
  }
  return lines
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(1)}%`
}

/** Articles flagged and flags, per kind of flag. */
function flagTable(articles: readonly Article[], messages: Map<string, LintMessage[]>): string[] {
  const out = ['| flag | articles | flags | articles per 200 |', '| --- | --- | --- | --- |']
  for (const kind of KINDS) {
    const flagged = flaggedArticles(messages, kind.test)
    const flags = [...messages.values()].reduce((sum, list) => sum + list.filter(kind.test).length, 0)
    out.push(`| ${kind.label} | ${flagged.length} | ${flags} | ${((200 * flagged.length) / articles.length).toFixed(2)} |`)
  }
  return out
}

/** Every flag of every kind, for reading by eye (`--show`). */
function allFlags(articles: readonly Article[], messages: Map<string, LintMessage[]>): string[] {
  const out: string[] = []
  for (const kind of KINDS) {
    const lines = showFlags(articles, messages, kind.test)
    if (lines.length > 0) out.push('', `### ${kind.label}`, '', ...lines)
  }
  return out
}

async function recovery(): Promise<string[]> {
  const articles = readCorpus('recovery-covid-news')
  const truth = new Set(articles.filter((article) => hasRepeatedParagraph(article.text, MIN_WORDS)).map((article) => article.id))
  const messages = await lintAll(articles)
  const exact = new Set(flaggedArticles(messages, KINDS[0].test))
  const found = [...truth].filter((id) => exact.has(id))
  const missed = [...truth].filter((id) => !exact.has(id))
  const extra = [...exact].filter((id) => !truth.has(id))
  const out = [
    `## recovery-covid-news (${articles.length} articles)`,
    '',
    `- Independent count, a paragraph of ${MIN_WORDS}+ words repeated exactly after normalisation: **${truth.size}** articles.`,
    `- \`no-duplicate-paragraph\` reports an exact duplicate in ${exact.size} articles: **${found.length} of ${truth.size}** found (${percent(found.length, truth.size)}), missed: ${missed.join(', ') || 'none'}; beyond the count: ${extra.join(', ') || 'none'}.`,
    '',
    ...flagTable(articles, messages)
  ]
  if (SHOW) out.push(...allFlags(articles, messages))
  return out
}

/** The flags of every rule on a corpus, all of them printed with `--show`. */
async function corpusFlags(name: CorpusName): Promise<string[]> {
  const articles = readCorpus(name)
  const messages = await lintAll(articles)
  const out = [`## ${name} (${articles.length} articles)`, '', ...flagTable(articles, messages)]
  if (SHOW) out.push(...allFlags(articles, messages))
  return out
}

/** Whether `messages` report the planted copy as a near-duplicate of its original. */
function reportsCopy(planted: PlantedCopy, messages: readonly LintMessage[]): boolean {
  return messages.some((message) => isNear(message) && message.offset === planted.copy.start && message.related?.[0]?.offset === planted.original.start)
}

async function generated(): Promise<string[]> {
  const bbcArticles = readCorpus('bbc-fulltext')
  const out = [
    '## Generated near-duplicate set',
    '',
    `${SET_SIZE} bbc-fulltext articles per seed; in each, one paragraph of ${MIN_WORDS}+ words copied after a later paragraph with 1 to 3 words edited.`,
    '',
    '| seed | reported as near-duplicate | 1 edit | 2 edits | 3 edits | unedited originals flagged by no-duplicate-paragraph | other new messages in the edited articles |',
    '| --- | --- | --- | --- | --- | --- | --- |'
  ]
  const missedLines: string[] = []
  for (const seed of SEEDS) {
    const set = plantNearDuplicates(bbcArticles, SET_SIZE, seed, MIN_WORDS)
    const byEdits = [0, 0, 0, 0]
    const totalByEdits = [0, 0, 0, 0]
    let found = 0
    let originalsFlagged = 0
    let otherNew = 0
    for (const planted of set) {
      const before = (await linter.lintText(planted.article.text)).messages
      const after = (await linter.lintText(planted.text)).messages
      const hit = reportsCopy(planted, after)
      totalByEdits[planted.edits]++
      if (hit) {
        found++
        byEdits[planted.edits]++
      } else {
        missedLines.push(`- seed ${seed}, ${planted.article.id}, ${planted.edits} edits: ${JSON.stringify(planted.text.slice(planted.copy.start, planted.copy.end).slice(0, 200))}`)
      }
      if (before.some((message) => message.ruleId === 'no-duplicate-paragraph')) originalsFlagged++
      otherNew += after.length - before.length - (hit ? 1 : 0)
    }
    const cells = [1, 2, 3].map((edits) => `${byEdits[edits]}/${totalByEdits[edits]}`)
    out.push(`| ${seed} | **${found}/${set.length} (${percent(found, set.length)})** | ${cells.join(' | ')} | ${originalsFlagged} | ${otherNew} |`)
  }
  if (missedLines.length > 0) out.push('', 'Missed copies:', '', ...missedLines)
  return out
}

const SWEEP = [0.3, 0.35, 0.4, 0.45, 0.5, 0.6]
const SWEEP_CORPORA: CorpusName[] = ['bbc-fulltext', 'polnear', 'recovery-covid-news', 'reuters21578']

/** The paragraph analysis of `text` under any options, its paragraphs and tokens computed once. */
function paragraphAnalysis(text: string): (options: NoDuplicateParagraphOptions) => ParagraphDuplicate[] {
  const paragraphs = splitParagraphs(text)
  const spans = new TokenSpans(text)
  return (options) => findParagraphDuplicates(paragraphs, spans, options)
}

function sweep(): string[] {
  const bbcArticles = readCorpus('bbc-fulltext')
  const sets = SEEDS.map((seed) => plantNearDuplicates(bbcArticles, SET_SIZE, seed, MIN_WORDS))
  const corpora = SWEEP_CORPORA.map((name) => readCorpus(name).map((article) => paragraphAnalysis(article.text)))
  const row = (label: string, options: NoDuplicateParagraphOptions): string => {
    const recall = sets.map((set) => {
      const found = set.filter((planted) =>
        paragraphAnalysis(planted.text)(options).some(
          (duplicate) => !duplicate.exact && duplicate.paragraph.start === planted.copy.start && duplicate.original.start === planted.original.start
        )
      ).length
      return percent(found, set.length)
    })
    const flagged = corpora.map((documents) => documents.filter((analyse) => analyse(options).some((duplicate) => !duplicate.exact)).length)
    return `| ${label} | ${recall.join(' / ')} | ${flagged.join(' | ')} |`
  }
  const out = [
    '## Threshold sweep (paragraph analysis alone)',
    '',
    `Word-trigram Jaccard threshold against recall on the generated sets (seeds ${SEEDS.join(', ')}) and the number of articles with a near-duplicate flag in each corpus (nearMinWords ${PARAGRAPH_DEFAULTS.nearMinWords} unless said).`,
    '',
    `| threshold | recall (per seed) | ${SWEEP_CORPORA.join(' | ')} |`,
    `| --- | --- | ${SWEEP_CORPORA.map(() => '---').join(' | ')} |`
  ]
  for (const threshold of SWEEP) {
    out.push(row(`${threshold}${threshold === PARAGRAPH_DEFAULTS.threshold ? ' (default)' : ''}`, {...PARAGRAPH_DEFAULTS, threshold}))
  }
  out.push(row(`${PARAGRAPH_DEFAULTS.threshold}, nearMinWords ${MIN_WORDS}`, {...PARAGRAPH_DEFAULTS, nearMinWords: MIN_WORDS}))
  const closest = closestDistinctPair(bbcArticles)
  out.push(
    '',
    `Closest two distinct paragraphs of one bbc-fulltext article (${PARAGRAPH_DEFAULTS.nearMinWords}+ words, not list items, series included): ${closest.similarity.toFixed(3)} (${closest.id}).`
  )
  return out
}

/** The highest trigram similarity between two different paragraphs of one article, over all pairs (fine offline, never in a rule). */
function closestDistinctPair(articles: readonly Article[]): {similarity: number; id: string} {
  let best = {similarity: 0, id: ''}
  for (const article of articles) {
    const sets = splitParagraphs(article.text)
      .map((paragraph) => ({paragraph, tokens: wordTokens(paragraph.text)}))
      .filter(({paragraph, tokens}) => tokens.length >= PARAGRAPH_DEFAULTS.nearMinWords && !LIST_ITEM.test(paragraph.text))
      .map(({tokens}) => ({form: tokens.join(' '), shingles: uniqueSorted(shingleHashes(hashTokens(tokens), SHINGLE_SIZE))}))
    for (let later = 1; later < sets.length; later++) {
      for (let earlier = 0; earlier < later; earlier++) {
        if (sets[later].form === sets[earlier].form) continue
        const similarity = jaccard(sets[later].shingles, sets[earlier].shingles)
        if (similarity > best.similarity) best = {similarity, id: article.id}
      }
    }
  }
  return best
}

async function main(): Promise<void> {
  if (!sharedAvailable()) {
    console.log(SHARED_MISSING_MESSAGE)
    return
  }
  for (const section of [await recovery(), await corpusFlags('bbc-fulltext'), await corpusFlags('polnear'), await corpusFlags('reuters21578'), await generated(), sweep()]) console.log(section.join('\n') + '\n')
}

await main()
