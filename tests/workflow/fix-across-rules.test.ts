/**
 * Fixes from different rules on the same text: overlapping edits never corrupt each other, the
 * order is deterministic (it does not depend on the order rules are configured in), passes repeat
 * until stable, and fixing twice is fixing once. The single-rule cases (atomic writes, dry runs,
 * one rule's idempotence) are in tests/cli/fix.test.ts.
 */
import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {fixFiles, fixText, lint, type Config} from '../../src/index.js'
import {fixtureDir, runCli} from '../cli/run-cli.js'

const RULES: Config['rules'] = {'no-duplicate-paragraph': 'error', 'no-repeated-word': 'error', 'no-html-entity': 'error', 'no-mojibake': 'error'}
const FORWARD: Config = {extends: [], rules: RULES}
const BACKWARD: Config = {extends: [], rules: Object.fromEntries(Object.entries(RULES!).reverse())}

const PARAGRAPH = 'The the mayor said the budget was fine and would pass.'
/** A duplicated paragraph whose copies each hold a repeated word: the paragraph removal overlaps the second word fix. */
const OVERLAPPING = `${PARAGRAPH}\n\n${PARAGRAPH}\n\nCafÃ© owners said the rent was too high &amp; rising.\n`
const FIXED = 'The mayor said the budget was fine and would pass.\n\nCafé owners said the rent was too high & rising.\n'

describe('fixing across rules', () => {
  it('has overlapping fixes from two rules to resolve', async () => {
    const {messages} = await lint(OVERLAPPING, {config: FORWARD})
    const removal = messages.find((message) => message.ruleId === 'no-duplicate-paragraph')!.fix![0]
    const insideRemoval = messages.filter(
      (message) => message.ruleId === 'no-repeated-word' && message.fix!.some((edit) => edit.start < removal.end && edit.end > removal.start)
    )
    expect(insideRemoval).toHaveLength(1)
    expect(new Set(messages.map((message) => message.ruleId))).toEqual(new Set(Object.keys(RULES!)))
  })

  it('applies them without corrupting the text, in passes until nothing is left', async () => {
    const fixed = await fixText(OVERLAPPING, {config: FORWARD})
    expect(fixed.output).toBe(FIXED)
    expect(fixed.result.messages).toEqual([])
    expect(fixed.fixCount).toBeGreaterThanOrEqual(4)
  })

  it('gives the same text whatever order the rules are configured in', async () => {
    expect((await fixText(OVERLAPPING, {config: BACKWARD})).output).toBe(FIXED)
  })

  it('is idempotent: fixing the fixed text changes nothing', async () => {
    const again = await fixText(FIXED, {config: FORWARD})
    expect(again).toMatchObject({output: FIXED, changed: false, fixCount: 0})
  })

  it('fixFiles writes the file once; a second run writes nothing', async () => {
    const cwd = await fixtureDir({'story.txt': OVERLAPPING, '.copydeskrc.json': JSON.stringify(FORWARD)})
    const file = path.join(cwd, 'story.txt')
    const [first] = await fixFiles('story.txt', {cwd})
    expect(first).toMatchObject({written: true, errorCount: 0})
    expect(await readFile(file, 'utf8')).toBe(FIXED)
    const inode = (await stat(file)).ino
    const [second] = await fixFiles('story.txt', {cwd})
    expect(second).toMatchObject({written: false, changed: false, fixCount: 0})
    expect((await stat(file)).ino).toBe(inode)
  })

  it('--fix-dry-run leaves the file byte-identical, and its diff is what --fix writes', async () => {
    const cwd = await fixtureDir({'story.txt': OVERLAPPING, '.copydeskrc.json': JSON.stringify(FORWARD)})
    const file = path.join(cwd, 'story.txt')
    const dry = await runCli(['--fix-dry-run', 'story.txt'], {cwd})
    expect(await readFile(file, 'utf8')).toBe(OVERLAPPING)
    expect(dry.stdout).toContain('+Café owners said the rent was too high & rising.')
    await runCli(['--fix', 'story.txt'], {cwd})
    expect(await readFile(file, 'utf8')).toBe(FIXED)
  })
})
