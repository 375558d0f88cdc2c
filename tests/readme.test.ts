import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {README, readmeWithRuleTable} from './helpers/readme-rule-table.js'
import {ruleCatalog} from '../src/rules/index.js'

describe('README', () => {
  const readme = readFileSync(README, 'utf8')

  it('has a rule table in sync with rule metadata (run `npm run docs:readme` to update)', () => {
    expect(readme).toBe(readmeWithRuleTable(readme))
  })

  it('lists every rule with a link to its docs page', () => {
    for (const meta of ruleCatalog) expect(readme).toContain(`[\`${meta.id}\`](docs/rules/${meta.id}.md)`)
  })

  it('keeps the two-line quick start', () => {
    expect(readme).toContain('npm install && npm start')
    expect(readme).toContain('npm test')
  })
})
