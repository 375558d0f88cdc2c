/**
 * `node --import tsx bench/read-anonymous-sources.ts [--sample N] [--seed S] [--list]`: the
 * no-anonymous-source flags on bbc-fulltext, for reading by eye.
 *
 * Always prints flags per 100 articles for the three attribution rules (each linted alone with the
 * family, as in `npm run eval:attribution`). With `--sample N`, draws N no-anonymous-source flags with
 * a seeded shuffle (bench/seeded-random.ts; seed 8 unless `--seed` says otherwise), so the same code
 * and corpus always give the same sample, and prints each in its paragraph with the paragraph before,
 * followed by a TSV row (corpus, article, offset, first five words) ready for a verdict and a reason:
 * the format of fixtures/attribution/anonymous-source-reading.tsv after its `reading` column. With `--list`, prints every flag on
 * one line (article, offset, flagged text), to compare the flags before and after a change.
 */
import {createLinter} from '../src/engine/linter.js'
import type {LintMessage} from '../src/engine/types.js'
import {SHARED_MISSING_MESSAGE, readCorpus, sharedAvailable, type Article} from './corpora.js'
import {seededRandom, seededSample} from './seeded-random.js'

const CORPUS = 'bbc-fulltext'
const RULES = ['no-anonymous-source', 'no-weasel-attribution', 'no-unattributed-quote'] as const
const DEFAULT_SEED = 8
const FIRST_WORDS = 5
/** Characters of context printed either side of a sampled flag. */
const CONTEXT = 450

interface Flag {
  article: Article
  message: LintMessage
}

function option(args: string[], name: string): number | undefined {
  const index = args.indexOf(name)
  if (index === -1) return undefined
  const value = Number(args[index + 1])
  if (!Number.isInteger(value) || value < 0) throw new Error(`read-anonymous-sources: ${name} needs a whole number, got ${JSON.stringify(args[index + 1] ?? '')}`)
  return value
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The flag in its paragraph and the one before, at most CONTEXT characters either side, the flagged span in [[ ]]. */
function context({article, message}: Flag): string {
  const {text} = article
  const paragraphStart = text.lastIndexOf('\n', message.offset - 1) + 1
  const previousStart = paragraphStart > 1 ? text.lastIndexOf('\n', paragraphStart - 3) + 1 : paragraphStart
  const paragraphEnd = text.indexOf('\n', message.endOffset) === -1 ? text.length : text.indexOf('\n', message.endOffset)
  const start = Math.max(previousStart, message.offset - CONTEXT)
  const end = Math.min(paragraphEnd, message.endOffset + CONTEXT)
  return oneLine(`${text.slice(start, message.offset)}[[${text.slice(message.offset, message.endOffset)}]]${text.slice(message.endOffset, end)}`)
}

function firstWords({article, message}: Flag): string {
  return oneLine(article.text.slice(message.offset, message.endOffset)).split(' ').slice(0, FIRST_WORDS).join(' ')
}

async function main(): Promise<void> {
  if (!sharedAvailable()) {
    console.log(SHARED_MISSING_MESSAGE)
    return
  }
  const args = process.argv.slice(2)
  const linter = createLinter({config: {extends: [], rules: Object.fromEntries(RULES.map((id) => [id, 'warn']))}})
  const articles = readCorpus(CORPUS)
  const counts = new Map<string, number>(RULES.map((id) => [id, 0]))
  const flags: Flag[] = []
  for (const article of articles) {
    const {messages} = await linter.lintText(article.text)
    for (const message of messages) {
      counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1)
      if (message.ruleId === 'no-anonymous-source') flags.push({article, message})
    }
  }
  console.log(
    `${CORPUS} (${articles.length} articles): ${RULES.map((id) => `${id} ${counts.get(id)} (${((100 * (counts.get(id) ?? 0)) / articles.length).toFixed(1)} per 100 articles)`).join(', ')}`
  )
  if (args.includes('--list')) {
    for (const flag of flags) console.log(`${flag.article.id}@${flag.message.offset}\t${flag.message.severity}\t${oneLine(flag.article.text.slice(flag.message.offset, flag.message.endOffset))}`)
  }
  const size = option(args, '--sample')
  if (size === undefined) return
  const seed = option(args, '--seed') ?? DEFAULT_SEED
  console.log(`\n${Math.min(size, flags.length)} of ${flags.length} no-anonymous-source flags, seed ${seed}:`)
  for (const flag of seededSample(flags, size, seededRandom(seed))) {
    console.log(`\n${context(flag)}`)
    console.log(`ROW\t${CORPUS}\t${flag.article.id}\t${flag.message.offset}\t${firstWords(flag)}`)
  }
}

await main()
