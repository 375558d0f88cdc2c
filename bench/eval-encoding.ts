/**
 * `npm run eval:encoding`: every figure the encoding rules are measured by, over ../shared.
 *
 * 1. ftfy's test cases (see `ftfy-cases.ts` for how they are scored).
 * 2. Recall on the real dirt the corpora are known to hold, against reference regular expressions
 *    written independently of the detectors (the counts in ../shared/corpora/PROVENANCE.md):
 *    - reuters21578: `"s`-style broken apostrophes, /[A-Za-z]"(s|t|re|ve|ll|d|m)\b/;
 *    - recovery-covid-news: UTF-8 read as Latin-1, /[âÃÂ][\x80-\xBF]/;
 *    - polnear: double-encoded and single-encoded names, /Ã[\x80-\xBF]/ (and the same on NFC text,
 *      which also catches the decomposed `A\u0303…` forms);
 *    - bbc-fulltext: entities, /&#?\w+;/.
 *    A match counts as found when an encoding message covers it.
 * 3. Every encoding message on every corpus, by rule, with counts; on bbc-fulltext (clean copy, the
 *    reference for false alarms) each message is listed so it can be read by eye.
 */
import type {LintMessage} from '../src/engine/types.js'
import {SHARED_MISSING_MESSAGE, readCorpus, sharedAvailable, type CorpusName} from './corpora.js'
import {encodingLinter, scoreFtfyCases, type FtfyCaseResult} from './ftfy-cases.js'

const CORPORA: CorpusName[] = ['bbc-fulltext', 'reuters21578', 'recovery-covid-news', 'polnear']

interface Reference {
  corpus: CorpusName
  what: string
  pattern: RegExp
  /** Rule whose messages must cover each match. */
  ruleId: string
  normalise?: (text: string) => string
}

const REFERENCES: Reference[] = [
  {corpus: 'reuters21578', what: 'broken apostrophes `"s`', pattern: /[A-Za-z]"(?:s|t|re|ve|ll|d|m)\b/g, ruleId: 'no-broken-apostrophe'},
  {corpus: 'recovery-covid-news', what: 'UTF-8 read as Latin-1 (`â\\x80\\x99`, `Ã¡`, `Â»`)', pattern: /[âÃÂ][\x80-\xbf]/g, ruleId: 'no-mojibake'},
  {corpus: 'polnear', what: 'mojibake names as stored (`FranÃ\\x83Â§ois`, `GuantÃ¡namo`)', pattern: /Ã[\x80-\xbf]/g, ruleId: 'no-mojibake'},
  {
    corpus: 'polnear',
    what: 'mojibake names after NFC (decomposed `A\\u0303` forms too)',
    pattern: /Ã[\x80-\xbf]/g,
    ruleId: 'no-mojibake',
    normalise: (text) => text.normalize('NFC')
  },
  {corpus: 'bbc-fulltext', what: 'HTML entities (`&#233;`)', pattern: /&#?\w+;/g, ruleId: 'no-html-entity'}
]

interface LintedArticle {
  id: string
  text: string
  messages: LintMessage[]
}

async function main(): Promise<void> {
  if (!sharedAvailable()) {
    console.log(SHARED_MISSING_MESSAGE)
    return
  }
  await reportFtfy()
  const linter = encodingLinter()
  const linted = new Map<CorpusName, LintedArticle[]>()
  for (const corpus of CORPORA) {
    const articles: LintedArticle[] = []
    for (const article of readCorpus(corpus)) articles.push({id: article.id, text: article.text, messages: (await linter.lintText(article.text)).messages})
    linted.set(corpus, articles)
  }
  console.log('\n## Recall on known dirt\n')
  for (const reference of REFERENCES) reportRecall(reference, linted.get(reference.corpus)!)
  console.log('\n## Every encoding message, by corpus and rule\n')
  for (const corpus of CORPORA) reportMessages(corpus, linted.get(corpus)!, corpus === 'bbc-fulltext')
}

async function reportFtfy(): Promise<void> {
  const score = await scoreFtfyCases()
  const share = (part: FtfyCaseResult[], whole: FtfyCaseResult[]) => `${part.length}/${whole.length} (${((100 * part.length) / whole.length).toFixed(1)}%)`
  const missing = (part: FtfyCaseResult[], whole: FtfyCaseResult[]) =>
    whole.filter((result) => !part.includes(result)).map((result) => `${result.testCase.file} #${result.testCase.index} "${result.testCase.label}" [${result.rules.join(', ') || 'nothing'}]`)
  console.log('## ftfy test cases (../shared/ftfy-cases)\n')
  console.log(`mojibake cases (expect: pass, outside negative.json, ftfy's encoding repair changes them): ${score.mojibake.length}`)
  console.log(`  flagged by no-mojibake:                        ${share(score.flagged, score.mojibake)}`)
  for (const line of missing(score.flagged, score.mojibake)) console.log(`    not flagged: ${line}`)
  console.log(`  flagged by some encoding rule:                 ${share(score.flaggedByAnyRule, score.mojibake)}`)
  console.log(`  fixText = ftfy's fixed (after ftfy's cosmetic steps): ${share(score.fixedLikeFtfy, score.mojibake)}`)
  for (const line of missing(score.fixedLikeFtfy, score.mojibake)) console.log(`    differs: ${line}`)
  console.log(`  fixText = ftfy's encoding repair, exactly:     ${share(score.fixedExactly, score.mojibake)}`)
  for (const line of missing(score.fixedExactly, score.mojibake)) console.log(`    differs: ${line}`)
  console.log(`negative.json: flagged by no-mojibake ${score.negativesFlagged.length}/${score.negatives.length}, by some encoding rule ${score.negativesFlaggedByAnyRule.length}/${score.negatives.length}`)
  for (const result of score.negativesFlaggedByAnyRule) console.log(`    flagged: #${result.testCase.index} "${result.testCase.label}" [${result.rules.join(', ')}]`)
}

function reportRecall(reference: Reference, articles: LintedArticle[]): void {
  let occurrences = 0
  let found = 0
  const articlesWith = new Set<string>()
  const articlesFound = new Set<string>()
  const misses: string[] = []
  for (const article of articles) {
    const text = reference.normalise ? reference.normalise(article.text) : article.text
    const spans = article.messages.filter((message) => message.ruleId === reference.ruleId)
    for (const match of text.matchAll(reference.pattern)) {
      occurrences++
      articlesWith.add(article.id)
      // After NFC the offsets shift; an article-level check is what that reference is for.
      const covered = reference.normalise ? spans.length > 0 : spans.some((span) => span.offset <= match.index && match.index < span.endOffset)
      if (covered) {
        found++
        articlesFound.add(article.id)
      } else misses.push(`${article.id}: ${JSON.stringify(text.slice(Math.max(0, match.index - 30), match.index + 30))}`)
    }
  }
  console.log(`${reference.corpus}, ${reference.what} by ${reference.ruleId}: ${found}/${occurrences} occurrences, ${articlesFound.size}/${articlesWith.size} articles`)
  for (const miss of misses) console.log(`    missed: ${miss}`)
}

function reportMessages(corpus: CorpusName, articles: LintedArticle[], listAll: boolean): void {
  const byRule = new Map<string, {messages: number; articles: Set<string>; lines: string[]}>()
  for (const article of articles) {
    for (const message of article.messages) {
      const entry = byRule.get(message.ruleId) ?? {messages: 0, articles: new Set<string>(), lines: []}
      entry.messages++
      entry.articles.add(article.id)
      entry.lines.push(`${article.id} ${message.line}:${message.column} ${JSON.stringify(message.actual)}: ${message.message}`)
      byRule.set(message.ruleId, entry)
    }
  }
  console.log(`${corpus} (${articles.length} articles):${byRule.size === 0 ? ' no encoding messages' : ''}`)
  for (const [ruleId, entry] of [...byRule].sort()) {
    console.log(`  ${ruleId}: ${entry.messages} messages in ${entry.articles.size} articles`)
    if (listAll) for (const line of entry.lines) console.log(`    ${line}`)
  }
}

await main()
