/**
 * `npm run eval:names`: the measurements of docs/rules/consistent-name-spelling.md.
 *
 * 1. Planted variants: 300 real articles (150 from bbc-fulltext, 150 from reuters21578, drawn with a
 *    seeded PRNG) that name a person at least twice; in each, one later mention of the surname is
 *    respelled with a realistic variant (a vowel substitution, a doubled letter, a dropped letter or a
 *    transliteration swap). Recall = the share of articles with a message on the respelled word.
 * 2. The same 300 articles unaltered: every message is a false alarm unless the original itself
 *    spells a name two ways; all are printed for reading.
 * 3. Every article of both corpora, unaltered (the wider false-alarm picture), printed likewise.
 * 4. bbc-fulltext as one archive: collect per document, one reduce; every archive-level flag printed.
 *
 * Nothing is written to disk; the report goes to stdout. `--seed N` changes the draw.
 */
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import type {Root} from 'nlcst'
import {DocumentViews} from '../src/engine/document.js'
import {createLinter} from '../src/engine/linter.js'
import type {LintMessage} from '../src/engine/types.js'
import {consistentNameSpellingArchive, type NamesState} from '../src/rules/names/archive-names.js'
import {isCheckedSpelling} from '../src/rules/names/article-spellings.js'
import {nameEntities} from '../src/rules/names/entities.js'
import {SHARED_MISSING_MESSAGE, readCorpus, sharedAvailable, type Article, type CorpusName} from './corpora.js'
import {seededRandom, shuffleInPlace} from './seeded-random.js'

const RULE = 'consistent-name-spelling'
const PER_CORPUS = 150
const seedArgument = process.argv.indexOf('--seed')
const SEED = seedArgument === -1 ? 20240609 : Number(process.argv[seedArgument + 1])

type VariantKind = 'vowel' | 'double' | 'drop' | 'transliteration'
const KINDS: VariantKind[] = ['vowel', 'double', 'drop', 'transliteration']

const random = seededRandom(SEED)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
const shuffle = <T>(list: T[]): T[] => shuffleInPlace(list, random)

const parser = unified().use(retextEnglish)
const viewsOf = (text: string) => new DocumentViews(text, parser.parse(text) as Root)

interface Target {
  article: Article
  corpus: CorpusName
  surname: string
  start: number
}

/** A person named at least twice: an entity whose longest form has 2+ name words, its surname used again later. */
function findTarget(article: Article, corpus: CorpusName): Target | undefined {
  const doc = viewsOf(article.text)
  const people = nameEntities(doc).filter((entity) => !entity.ambiguous && entity.founder.tokens.filter((token) => token.kind === 'name').length >= 2)
  const candidates: Target[] = []
  for (const person of people) {
    const names = person.founder.tokens.filter((token) => token.kind === 'name')
    const surname = names[names.length - 1].text
    if (!isCheckedSpelling(surname)) continue
    const uses = person.mentions.flatMap((mention) => mention.tokens.filter((token) => token.text === surname))
    if (uses.length < 2) continue
    for (const use of uses.slice(1)) candidates.push({article, corpus, surname, start: use.start})
  }
  return candidates.length > 0 ? pick(candidates) : undefined
}

const VOWEL_SWAPS: Record<string, string[]> = {a: ['e', 'o'], e: ['a', 'i'], i: ['e', 'y'], o: ['u', 'a'], u: ['o'], y: ['i']}
const TRANSLITERATIONS: Array<[RegExp, string]> = [
  [/k/, 'q'], [/c(?=[aou])/, 'k'], [/ou/, 'u'], [/u/, 'ou'], [/ei/, 'ai'], [/ai/, 'ei'], [/y$/, 'yy'], [/y$/, 'iy'], [/i$/, 'y'],
  [/ph/, 'f'], [/f/, 'ph'], [/dh/, 'd'], [/d(?=[aeiou])/, 'dh'], [/s(?=[aeiou])/, 'z'], [/z/, 's'], [/v$/, 'w'], [/kh/, 'k'], [/j/, 'dj'], [/sh/, 'sch']
]

/** One realistic respelling of `word` of the given kind, or undefined when the kind does not apply. */
function respell(word: string, kind: VariantKind): string | undefined {
  const interior = [...word].map((_, index) => index).filter((index) => index > 0 && index < word.length - 1)
  if (kind === 'vowel') {
    const places = interior.filter((index) => VOWEL_SWAPS[word[index]])
    if (places.length === 0) return undefined
    const index = pick(places)
    return word.slice(0, index) + pick(VOWEL_SWAPS[word[index]]) + word.slice(index + 1)
  }
  if (kind === 'double') {
    const places = interior.filter((index) => /[bcdfgklmnprstz]/.test(word[index]) && word[index - 1] !== word[index] && word[index + 1] !== word[index])
    if (places.length === 0) return undefined
    const index = pick(places)
    return word.slice(0, index) + word[index] + word.slice(index)
  }
  if (kind === 'drop') {
    const doubled = interior.filter((index) => word[index] === word[index + 1])
    const index = doubled.length > 0 ? pick(doubled) : pick(interior)
    return index === undefined ? undefined : word.slice(0, index) + word.slice(index + 1)
  }
  const rest = word.slice(1)
  const applicable = TRANSLITERATIONS.filter(([pattern]) => pattern.test(rest))
  if (applicable.length === 0) return undefined
  const [pattern, replacement] = pick(applicable)
  return word[0] + rest.replace(pattern, replacement)
}

interface Planted extends Target {
  kind: VariantKind
  variant: string
  text: string
}

function plant(target: Target): Planted | undefined {
  const {article, surname, start} = target
  for (const kind of shuffle([...KINDS])) {
    const variant = respell(surname, kind)
    if (!variant || variant === surname || article.text.includes(variant)) continue
    const text = article.text.slice(0, start) + variant + article.text.slice(start + surname.length)
    return {...target, kind, variant, text}
  }
  return undefined
}

const linter = createLinter({config: {extends: [], rules: {[RULE]: 'warn'}}})
const lintMessages = async (text: string): Promise<LintMessage[]> => (await linter.lintText(text)).messages.filter((message) => message.ruleId === RULE)

function context(text: string, message: {offset: number; endOffset: number}): string {
  return text.slice(Math.max(0, message.offset - 70), message.endOffset + 50).replace(/\s+/g, ' ')
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`
}

async function plantedSet(): Promise<Planted[]> {
  const planted: Planted[] = []
  for (const corpus of ['bbc-fulltext', 'reuters21578'] as const) {
    const articles = shuffle(readCorpus(corpus).filter((article) => article.text.trim() !== ''))
    let taken = 0
    for (const article of articles) {
      if (taken === PER_CORPUS) break
      const target = findTarget(article, corpus)
      const item = target && plant(target)
      if (!item) continue
      planted.push(item)
      taken++
    }
  }
  return planted
}

async function measurePlanted(planted: Planted[]): Promise<void> {
  const byKind = new Map<VariantKind, {found: number; total: number}>()
  let found = 0
  let otherMessages = 0
  const misses: string[] = []
  for (const item of planted) {
    const messages = await lintMessages(item.text)
    const end = item.start + item.variant.length
    const hit = messages.some((message) => message.offset < end && message.endOffset > item.start)
    otherMessages += messages.filter((message) => !(message.offset < end && message.endOffset > item.start)).length
    const tally = byKind.get(item.kind) ?? {found: 0, total: 0}
    tally.total++
    if (hit) {
      tally.found++
      found++
    } else {
      misses.push(`- ${item.article.id} (${item.kind}): \`${item.surname}\` → \`${item.variant}\` …${context(item.text, {offset: item.start, endOffset: end})}…`)
    }
    byKind.set(item.kind, tally)
  }
  console.log(`## Planted variants (seed ${SEED})\n`)
  console.log(`${planted.length} articles (${planted.filter((item) => item.corpus === 'bbc-fulltext').length} bbc-fulltext, ${planted.filter((item) => item.corpus === 'reuters21578').length} reuters21578)\n`)
  console.log('| variant | flagged on the respelled word | articles |\n| --- | ---: | ---: |')
  for (const kind of KINDS) {
    const tally = byKind.get(kind) ?? {found: 0, total: 0}
    console.log(`| ${kind} | ${percent(tally.found, tally.total)} | ${tally.total} |`)
  }
  console.log(`| **all** | **${percent(found, planted.length)}** (${found}/${planted.length}) | ${planted.length} |\n`)
  console.log(`Other messages in the altered articles: ${otherMessages}\n\nMissed:\n${misses.join('\n')}\n`)
}

async function measureOriginals(title: string, articles: Article[]): Promise<void> {
  const lines: string[] = []
  let flagged = 0
  for (const article of articles) {
    const messages = await lintMessages(article.text)
    if (messages.length > 0) flagged++
    for (const message of messages) lines.push(`- ${article.id} line ${message.line}: \`${message.actual}\` → \`${message.expected?.[0]}\` …${context(article.text, message)}…`)
  }
  console.log(`## ${title}\n`)
  console.log(`${articles.length} articles: ${lines.length} messages in ${flagged} articles (${((100 * lines.length) / articles.length).toFixed(2)} per 100 articles)\n`)
  console.log(lines.join('\n') + '\n')
}

function measureArchive(): void {
  const articles = readCorpus('bbc-fulltext')
  const started = performance.now()
  const states = articles.flatMap((article, ordinal) => {
    const state = consistentNameSpellingArchive.collect(viewsOf(article.text), {})
    return state ? [{ref: {id: article.id, ordinal}, state}] : []
  })
  const collected = performance.now()
  const results = [...consistentNameSpellingArchive.reduce(states, {})]
  const reduced = performance.now()
  const stateBytes = states.reduce((sum, entry) => sum + JSON.stringify(entry.state satisfies NamesState).length, 0)
  const messages = results.flatMap((result) => result.messages.map((message) => ({id: result.ref.id, message})))
  console.log('## bbc-fulltext as one archive\n')
  console.log(
    `${articles.length} articles, ${states.length} states, ${(stateBytes / 1024).toFixed(0)} KiB of state as JSON (${(stateBytes / articles.length).toFixed(0)} bytes per article); ` +
      `collect ${(collected - started).toFixed(0)} ms, reduce ${(reduced - collected).toFixed(0)} ms\n`
  )
  console.log(`${messages.length} archive-level messages in ${results.length} articles:\n`)
  const byId = new Map(articles.map((article) => [article.id, article]))
  for (const {id, message} of messages) console.log(`- ${id} line ${message.line}: ${message.message} …${context(byId.get(id)?.text ?? '', message)}…`)
}

async function main(): Promise<void> {
  if (!sharedAvailable()) {
    console.log(SHARED_MISSING_MESSAGE)
    return
  }
  const planted = await plantedSet()
  await measurePlanted(planted)
  await measureOriginals('The same articles, unaltered', planted.map((item) => item.article))
  if (!process.argv.includes('--quick')) {
    await measureOriginals('All of bbc-fulltext, unaltered', readCorpus('bbc-fulltext'))
    await measureOriginals('All of reuters21578, unaltered', readCorpus('reuters21578'))
  }
  measureArchive()
}

await main()
