import {beforeAll, expect, it} from 'vitest'
import {scoreFtfyCases, type FtfyScore} from '../../../bench/ftfy-cases.js'
import {describeShared} from '../../helpers/shared.js'

/** The thresholds of the encoding issue; `npm run eval:encoding` prints the figures and every miss. */
describeShared('encoding rules on ftfy\'s test cases', () => {
  let score: FtfyScore
  beforeAll(async () => {
    score = await scoreFtfyCases()
  })

  it('uses every mojibake case of ftfy\'s suite', () => {
    expect(score.mojibake.length).toBeGreaterThan(100)
    expect(score.negatives).toHaveLength(31)
  })

  it('no-mojibake flags at least 95% of the mojibake cases', () => {
    expect(score.flagged.length / score.mojibake.length).toBeGreaterThanOrEqual(0.95)
  })

  it('fixText with every encoding rule gives ftfy\'s fixed text for at least 90% of them', () => {
    expect(score.fixedLikeFtfy.length / score.mojibake.length).toBeGreaterThanOrEqual(0.9)
  })

  it('no-mojibake flags at most 1 of the 31 negative cases', () => {
    expect(score.negativesFlagged.length).toBeLessThanOrEqual(1)
  })
})
