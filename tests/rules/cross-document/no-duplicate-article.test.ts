/**
 * `no-duplicate-article` on its own: collect on parsed documents, reduce over their states in input
 * order. Flagged: exact copies (after normalisation) and near-copies, each against the earliest of
 * its cluster. Accepted: different articles, short articles that share only a template, and
 * near-copies when near-duplicate checks are off.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import type {CollectedState, DocumentMessages} from '../../../src/engine/cross-document.js'
import {DocumentViews} from '../../../src/engine/document.js'
import {jaccard, hashTokens, shingleHashes, uniqueSorted, wordTokens} from '../../../src/engine/fingerprint.js'
import {EarliestFirstClusters} from '../../../src/rules/cross-document/clusters.js'
import {LshIndex} from '../../../src/rules/cross-document/lsh-index.js'
import {estimateJaccard, minhashSignature} from '../../../src/rules/cross-document/minhash.js'
import {noDuplicateArticle, PERMUTATIONS, type DuplicateState, type NoDuplicateArticleOptions} from '../../../src/rules/cross-document/no-duplicate-article.js'
import {article, editWords} from '../../archive/archive-fixtures.js'

const parser = unified().use(retextEnglish)
const defaults = noDuplicateArticle.meta.defaultOptions

function states(texts: string[], options: NoDuplicateArticleOptions = defaults): Array<CollectedState<DuplicateState>> {
  return texts.map((text, ordinal) => ({
    ref: {id: `doc-${ordinal}`, ordinal},
    state: noDuplicateArticle.collect(new DocumentViews(text, parser.parse(text)), options)!
  }))
}

function reduce(texts: string[], options: NoDuplicateArticleOptions = defaults): DocumentMessages[] {
  return [...noDuplicateArticle.reduce(states(texts, options), options)]
}

const summary = (found: DocumentMessages[]) => found.map(({ref, messages}) => [ref.id, messages.map((message) => message.message.replace(/\d+% similar/, 'N% similar'))])

describe('no-duplicate-article: flagged', () => {
  it('an exact copy, also when only case, spacing and punctuation differ', () => {
    const original = article(1)
    const found = reduce([original, article(2), original.toUpperCase().replace(/\. /g, '.  '), original.replace(/\./g, ';')])
    expect(summary(found)).toEqual([
      ['doc-2', ['Exact duplicate of article `doc-0`, the earliest of 3 articles with this text']],
      ['doc-3', ['Exact duplicate of article `doc-0`, the earliest of 3 articles with this text']]
    ])
    expect(found[0].messages[0]).toMatchObject({severity: 'error', ruleId: 'no-duplicate-article', line: 1, column: 1, offset: 0})
    expect(found[0].messages[0].related).toEqual([expect.objectContaining({message: 'earliest copy', documentId: 'doc-0', line: 1, column: 1})])
  })

  it('points at the first paragraph of the copy', () => {
    const original = article(1)
    const [found] = reduce([original, original])
    const lede = original.indexOf('\n\n')
    expect(found.messages[0]).toMatchObject({endLine: 1, endOffset: lede, endColumn: lede + 1})
  })

  it('a near-copy, with its similarity, as a warning', () => {
    const original = article(3, 6)
    const found = reduce([original, article(4), editWords(original, 50)])
    expect(summary(found)).toEqual([['doc-2', ['Near-duplicate of article `doc-0` (N% similar), the earliest of 2 similar articles']]])
    expect(found[0].messages[0].severity).toBe('warning')
  })

  it('every later copy of a cluster against its earliest member, with the cluster size', () => {
    const original = article(5, 6)
    const found = reduce([article(6), original, editWords(original, 45), original, editWords(original, 60)])
    expect(summary(found)).toEqual([
      ['doc-2', ['Near-duplicate of article `doc-1` (N% similar), the earliest of 4 similar articles']],
      ['doc-3', ['Exact duplicate of article `doc-1`, the earliest of 2 articles with this text']],
      ['doc-4', ['Near-duplicate of article `doc-1` (N% similar), the earliest of 4 similar articles']]
    ])
  })
})

describe('no-duplicate-article: accepted', () => {
  it('different articles', () => {
    expect(reduce(Array.from({length: 30}, (_, index) => article(100 + index)))).toEqual([])
  })

  it('near-copies of articles shorter than minWords (templates, not stories), and all near-copies when nearDuplicates is off', () => {
    const short = 'Shares of the company rose 12 cents to 4.50 dlrs in early trading on Monday, the exchange said.'
    expect(reduce([short, short.replace('12 cents', '15 cents')])).toEqual([])
    const original = article(7, 6)
    expect(reduce([original, editWords(original, 50)], {...defaults, nearDuplicates: false})).toEqual([])
  })

  it('a pair below the threshold', () => {
    const original = article(8, 6)
    const heavilyEdited = editWords(original, 4)
    const trueSimilarity = jaccard(shingles(original), shingles(heavilyEdited))
    expect(trueSimilarity).toBeLessThan(0.5)
    expect(reduce([original, heavilyEdited])).toEqual([])
  })
})

function shingles(text: string): Uint32Array {
  return uniqueSorted(shingleHashes(hashTokens(wordTokens(text)), 5))
}

describe('MinHash, LSH and clusters', () => {
  it('estimates Jaccard similarity within sampling error', () => {
    for (const every of [3, 6, 12, 40]) {
      const original = article(9, 8)
      const edited = editWords(original, every)
      const [a, b] = [original, edited].map((text) => minhashSignature(shingles(text), PERMUTATIONS)!)
      const truth = jaccard(shingles(original), shingles(edited))
      // Four standard errors of a 120-sample proportion at most.
      expect(Math.abs(estimateJaccard(a, b) - truth)).toBeLessThan(4 * Math.sqrt(0.25 / PERMUTATIONS))
    }
  })

  it('makes identical signatures candidates in every band, and unrelated ones in none', () => {
    const index = new LshIndex(PERMUTATIONS, 20)
    const signature = (seed: number) => minhashSignature(shingles(article(seed)), PERMUTATIONS)!
    expect(index.addAndFindCandidates(signature(1), 0)).toEqual([])
    expect(index.addAndFindCandidates(signature(2), 1)).toEqual([])
    expect(index.addAndFindCandidates(signature(1), 2)).toEqual(Array(20).fill(0))
  })

  it('keeps the earliest member as the root of a cluster', () => {
    const clusters = new EarliestFirstClusters()
    for (let index = 0; index < 6; index++) clusters.add()
    clusters.join(5, 3)
    clusters.join(4, 5)
    clusters.join(3, 1)
    expect([0, 1, 2, 3, 4, 5].map((member) => clusters.find(member))).toEqual([0, 1, 2, 1, 1, 1])
    expect([...clusters.sizes()]).toEqual([1, 4, 1, 0, 0, 0])
  })
})
