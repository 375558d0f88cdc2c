import {expect, it} from 'vitest'
import {readCorpus} from '../../../bench/corpora.js'
import {plantNearDuplicates} from '../../../bench/near-duplicate-set.js'
import {hasRepeatedParagraph} from '../../../bench/repeated-paragraphs.js'
import {createLinter} from '../../../src/engine/linter.js'
import {describeShared} from '../../helpers/shared.js'

// Slices of the shared corpora; `npm run eval:duplication` measures the whole of them.
const linter = createLinter({config: {extends: [], rules: {'no-duplicate-paragraph': 'error', 'no-duplicate-sentence': 'warning'}}})

describeShared('duplication rules on real text', () => {
  it('reports every recovery-covid-news article with a repeated paragraph among the first 400', async () => {
    const articles = readCorpus('recovery-covid-news').slice(0, 400)
    const expected = articles.filter((article) => hasRepeatedParagraph(article.text, 8)).map((article) => article.id)
    const reported: string[] = []
    for (const article of articles) {
      const {messages} = await linter.lintText(article.text)
      if (messages.some((message) => message.ruleId === 'no-duplicate-paragraph' && message.severity === 'error')) reported.push(article.id)
    }
    expect(expected.length).toBeGreaterThan(5)
    expect(reported).toEqual(expected)
  })

  it('reports planted edited copies in bbc-fulltext as near-duplicates, and nothing in the originals', async () => {
    const planted = plantNearDuplicates(readCorpus('bbc-fulltext'), 40, 7, 8)
    let found = 0
    for (const copy of planted) {
      const original = await linter.lintText(copy.article.text)
      expect(original.messages.filter((message) => message.ruleId === 'no-duplicate-paragraph')).toEqual([])
      const {messages} = await linter.lintText(copy.text)
      if (messages.some((message) => message.offset === copy.copy.start && message.related?.[0]?.offset === copy.original.start)) found++
    }
    expect(found).toBeGreaterThanOrEqual(38)
  })
})
