import {expect, it} from 'vitest'
import {readCorpus} from '../../../bench/corpora.js'
import {encodingLinter} from '../../../bench/ftfy-cases.js'
import {describeShared} from '../../helpers/shared.js'

/**
 * A slice of the corpus measurements (`npm run eval:encoding` has them all): the articles that the
 * reference patterns say hold known dirt are the ones linted here.
 */
describeShared('encoding rules on the known dirt of the shared corpora', () => {
  const linter = encodingLinter()

  it('finds the Latin-1 mojibake in every recovery-covid-news article that has it', async () => {
    const dirty = readCorpus('recovery-covid-news').filter((article) => /[âÃÂ][\x80-\xbf]/.test(article.text))
    expect(dirty).toHaveLength(22)
    for (const article of dirty) {
      const {messages} = await linter.lintText(article.text)
      expect(messages.some((message) => message.ruleId === 'no-mojibake'), article.id).toBe(true)
    }
  })

  it('finds the mojibake names in every polnear article that has them', async () => {
    const dirty = readCorpus('polnear').filter((article) => /Ã[\x80-\xbf]/.test(article.text.normalize('NFC')))
    for (const article of dirty) {
      const {messages} = await linter.lintText(article.text)
      expect(messages.some((message) => message.ruleId === 'no-mojibake'), article.id).toBe(true)
    }
  })

  it('flags nothing but the entities in the first 400 bbc-fulltext articles', async () => {
    for (const article of readCorpus('bbc-fulltext').slice(0, 400)) {
      const {messages} = await linter.lintText(article.text)
      expect(messages.every((message) => message.ruleId === 'no-html-entity' && message.actual?.startsWith('&')), article.id).toBe(true)
    }
  })
})
