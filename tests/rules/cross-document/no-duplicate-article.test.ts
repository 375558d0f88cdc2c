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
import {hashTokens, intersectionSize, jaccard, shingleHashes, tokenTable, uniqueSorted, wordTokens} from '../../../src/engine/fingerprint.js'
import {EarliestFirstClusters} from '../../../src/rules/cross-document/clusters.js'
import {identitySketch} from '../../../src/rules/cross-document/identity.js'
import {LshIndex, signatureWord} from '../../../src/rules/cross-document/lsh-index.js'
import {containmentFromJaccard, estimateJaccard, minhashSignature} from '../../../src/rules/cross-document/minhash.js'
import {BANDS, BINS, noDuplicateArticle, SHINGLE_WORDS, type DuplicateState, type NoDuplicateArticleOptions} from '../../../src/rules/cross-document/no-duplicate-article.js'
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

  it('a copy with a paragraph cut, by the share of it the original holds', () => {
    const original = article(10, 8)
    const cut = original.split('\n\n').slice(0, 4).join('\n\n')
    const shortened = editWords(cut, 12)
    expect(jaccard(shingles(original), shingles(shortened))).toBeLessThan(0.5)
    expect(summary(reduce([original, shortened]))).toEqual([['doc-1', ['Near-duplicate of article `doc-0` (N% similar), the earliest of 2 similar articles']]])
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

  it('reports cast in one template that state other figures (a daily money-market forecast)', () => {
    const forecast = (day: number) => {
      const [shortage, bills, exchequer, notes, balances] = [300, 650, 120, 85, 140].map((amount) => amount + day * 35)
      return (
        `The Bank of England said it forecast a shortage of around ${shortage} mln stg in the money market today. ` +
        `Among the main factors affecting liquidity, bills maturing in official hands and the take-up of treasury bills will drain some ${bills} mln stg, ` +
        `while exchequer transactions will add around ${exchequer} mln stg and a rise in the note circulation will take out ${notes} mln stg. ` +
        `Bankers' balances below target will add some ${balances} mln stg to the system, the central bank said in its first forecast of the day, ` +
        'and it would announce any operations in the market later in the morning, as it usually does when a shortage is expected.'
      )
    }
    expect(reduce([forecast(1), forecast(2), forecast(3)])).toEqual([])
    // The same forecast twice with its wording edited, figures kept, is a copy.
    const reworded = forecast(1).replace('as it usually does', 'as is its practice').replace('in its first forecast of the day', 'in its first forecast')
    expect(summary(reduce([forecast(1), reworded]))).toEqual([['doc-1', ['Near-duplicate of article `doc-0` (N% similar), the earliest of 2 similar articles']]])
  })

  it('a pair below the threshold', () => {
    const original = article(8, 6)
    const heavilyEdited = editWords(original, 3)
    expect(containment(shingles(original), shingles(heavilyEdited))).toBeLessThan(0.45)
    expect(reduce([original, heavilyEdited])).toEqual([])
  })
})

function shingles(text: string): Uint32Array {
  return uniqueSorted(shingleHashes(hashTokens(wordTokens(text)), SHINGLE_WORDS))
}

function containment(a: Uint32Array, b: Uint32Array): number {
  return intersectionSize(a, b) / Math.min(a.length, b.length)
}

describe('MinHash, LSH and clusters', () => {
  it('estimates Jaccard similarity within sampling error', () => {
    for (const every of [3, 6, 12, 40]) {
      const original = article(9, 8)
      const edited = editWords(original, every)
      const [setA, setB] = [original, edited].map(shingles)
      const [a, b] = [setA, setB].map((set) => minhashSignature(set, BINS)!)
      const truth = jaccard(setA, setB)
      // Four standard errors of a 128-sample proportion at most.
      expect(Math.abs(estimateJaccard(a, b) - truth)).toBeLessThan(4 * Math.sqrt(0.25 / BINS))
      const estimatedContainment = containmentFromJaccard(estimateJaccard(a, b), setA.length, setB.length)
      expect(Math.abs(estimatedContainment - containment(setA, setB))).toBeLessThan(0.15)
    }
  })

  it('fills the empty bins of a short text the same way for the same shingles', () => {
    const short = shingles('one two three four five six seven eight nine ten')
    const signature = minhashSignature(short, BINS)!
    expect(signature).toEqual(minhashSignature(Uint32Array.from(short).reverse(), BINS))
    expect(new Set(signature).size).toBeLessThanOrEqual(short.length)
    expect(minhashSignature(new Uint32Array(0), BINS)).toBeUndefined()
  })

  it('estimates the similarity of short texts, whose empty bins both fill from the same bins', () => {
    // About 30 shingles in 128 bins: most bins are filled by densification, and an estimate near the
    // truth needs both texts to fill them from the same bins (a fill that depends on the document
    // would make them disagree there, and the estimate fall far below the truth).
    const pairs = 20
    let error = 0
    for (let seed = 1; seed <= pairs; seed++) {
      const original = article(seed, 1).split(/\s+/).slice(0, 34).join(' ')
      const [setA, setB] = [original, editWords(original, 17)].map(shingles)
      error += Math.abs(estimateJaccard(minhashSignature(setA, BINS)!, minhashSignature(setB, BINS)!) - jaccard(setA, setB))
    }
    expect(error / pairs).toBeLessThan(0.1)
  })

  it('makes identical signatures candidates in every band, and unrelated ones in none', () => {
    const signatures = [1, 2, 1].map((seed) => minhashSignature(shingles(article(seed)), BINS)!)
    const index = new LshIndex(BINS, BANDS, (doc, word) => signatureWord(signatures[doc], word))
    expect(index.addAndFindCandidates(0)).toEqual([])
    expect(index.addAndFindCandidates(1)).toEqual([])
    expect(index.addAndFindCandidates(2)).toEqual(Array(BANDS).fill(0))
  })

  it('keeps finding the first document of each bucket as its tables grow', () => {
    const signatures = Array.from({length: 3000}, (_, doc) => Uint16Array.from({length: BINS}, (_, bin) => (doc * 7919 + bin * 104729) & 0xffff))
    const index = new LshIndex(BINS, BANDS, (doc, word) => signatureWord(signatures[doc], word))
    signatures.forEach((_, doc) => expect(index.addAndFindCandidates(doc)).toEqual([]))
    signatures.push(signatures[1234])
    expect(index.addAndFindCandidates(3000)).toEqual(Array(BANDS).fill(1234))
  })

  it('reads names and figures, leaving out sentence openers, years and fractions', () => {
    const sketch = (text: string) => identitySketch(text, tokenTable(text)).count
    // Bank, England, 265, 1286000 and O'Brien: `The`, `Fine` and `In` open sentences, 1987 is a year, 9-7/8 a fraction.
    expect(sketch('The Bank of England lent 265 mln stg at 9-7/8 pct. "Fine," said O\'Brien.\nIn 1987 it paid 1,286,000 dlrs.')).toBe(5)
    const names = (text: string) => identitySketch(text, tokenTable(text)).hashes
    expect(names('Alpha Beta Gamma said. Delta')).toEqual(names('x Beta Gamma'))
    expect(names('Alpha Beta Gamma said. Delta')).toHaveLength(2)
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
