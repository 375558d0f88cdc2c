/**
 * Small slices of the shared corpora, as a guard between runs of `npm run eval:artifacts` (which
 * measures the whole corpora): wire sign-offs are not truncation, clean BBC copy holds no tortured
 * phrase, and the consent-banner bodies of recovery-covid-news are furniture.
 */
import {expect, it} from 'vitest'
import {readCorpus} from '../../../bench/corpora.js'
import {createLinter} from '../../../src/engine/linter.js'
import {describeShared} from '../../helpers/shared.js'

async function flaggedIds(rule: string, articles: Array<{id: string; text: string}>): Promise<string[]> {
  const linter = createLinter({config: {extends: [], rules: {[rule]: 'warn'}}})
  const flagged: string[] = []
  for (const article of articles) {
    const result = await linter.lintText(article.text)
    if (result.messages.length > 0) flagged.push(article.id)
  }
  return flagged
}

describeShared('artifacts family on slices of ../shared', () => {
  it('finds no truncation in the first 400 Reuters bodies, all closed by the `Reuter` sign-off', async () => {
    const bodies = readCorpus('reuters21578').filter((article) => /reuter\W*$/i.test(article.text)).slice(0, 400)
    expect(bodies).toHaveLength(400)
    expect(await flaggedIds('no-truncated-text', bodies)).toEqual([])
  })

  it('finds no tortured phrase in the first 400 BBC articles', async () => {
    expect(await flaggedIds('no-tortured-phrase', readCorpus('bbc-fulltext').slice(0, 400))).toEqual([])
  })

  it('flags every recovery-covid-news body that is only a consent banner', async () => {
    const banners = readCorpus('recovery-covid-news').filter((article) => article.text.startsWith('To improve the performance of our website'))
    expect(banners.length).toBeGreaterThan(0)
    expect(await flaggedIds('no-scrape-artifact', banners)).toEqual(banners.map((article) => article.id))
  })
})
