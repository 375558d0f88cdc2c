import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {ConfigError, createLinter, DocumentViews, fixFiles} from '../../src/index.js'
import {fixtureDir, ISOLATED, REPEATED, REPEATED_FIXED, runCli} from './run-cli.js'

/**
 * A rule that crashes is a bug in copydesk, not in the user's text: the document it crashed on is
 * reported as not linted, naming the rule, and every other document is linted as usual. To make a real
 * rule crash, the shared sentence view throws for a text holding the marker; no-duplicate-sentence,
 * which reads it, is switched on beside no-repeated-word.
 */
const MARKER = 'CRASHME'
const CONFIG = JSON.stringify({...ISOLATED, rules: {...ISOLATED.rules, 'no-duplicate-sentence': 'error'}})
const INTERNAL_ERROR = /^internal error while linting \(please report it\): rule no-duplicate-sentence failed: sentence view broke/

afterEach(() => {
  vi.restoreAllMocks()
})

function crashOnMarker(): void {
  const sentences = Object.getOwnPropertyDescriptor(DocumentViews.prototype, 'sentences')!.get!
  vi.spyOn(DocumentViews.prototype, 'sentences', 'get').mockImplementation(function (this: DocumentViews) {
    if (this.text.includes(MARKER)) throw new TypeError('sentence view broke')
    return sentences.call(this)
  })
}

async function folder(): Promise<string> {
  return fixtureDir({'.copydeskrc.json': CONFIG, 'broken.txt': `${MARKER}. ${REPEATED}`, 'fine.txt': REPEATED})
}

describe('a rule that crashes on one document', () => {
  it('leaves that file not linted and lints the others (lintFiles)', async () => {
    crashOnMarker()
    const cwd = await folder()
    const results = await createLinter({cwd}).lintFiles(['.'])
    const byName = new Map(results.map((result) => [path.basename(result.path ?? ''), result]))
    expect(byName.get('broken.txt')?.fatal?.message).toMatch(INTERNAL_ERROR)
    expect(byName.get('broken.txt')?.messages).toEqual([])
    expect(byName.get('fine.txt')?.fatal).toBeUndefined()
    expect(byName.get('fine.txt')?.messages.map((message) => message.ruleId)).toEqual(['no-repeated-word'])
  })

  it('never writes the file it crashed on, and still fixes the others (--fix)', async () => {
    crashOnMarker()
    const cwd = await folder()
    const results = await fixFiles(['.'], {cwd})
    expect(results.find((result) => result.path?.endsWith('broken.txt'))).toMatchObject({written: false, changed: false})
    expect(await readFile(path.join(cwd, 'broken.txt'), 'utf8')).toBe(`${MARKER}. ${REPEATED}`)
    expect(await readFile(path.join(cwd, 'fine.txt'), 'utf8')).toBe(REPEATED_FIXED)
  })

  it('makes the CLI name the file and the rule, report the other files, and exit 2', async () => {
    crashOnMarker()
    const cwd = await folder()
    const run = await runCli(['.', '--format', 'json'], {cwd})
    expect(run.code).toBe(2)
    const results = JSON.parse(run.stdout) as Array<{path: string; fatal?: {message: string}; messages: Array<{ruleId: string}>}>
    const byName = new Map(results.map((result) => [path.basename(result.path), result]))
    expect([...byName.keys()].sort()).toEqual(['broken.txt', 'fine.txt'])
    expect(byName.get('broken.txt')?.fatal?.message).toMatch(INTERNAL_ERROR)
    expect(byName.get('fine.txt')?.fatal).toBeUndefined()
    expect(byName.get('fine.txt')?.messages.map((message) => message.ruleId)).toEqual(['no-repeated-word'])
    expect(run.stderr).toMatch(/broken\.txt: internal error while linting \(please report it\): rule no-duplicate-sentence failed/)
  })

  it('leaves stdin not linted the same way, and still reports the files named with it', async () => {
    crashOnMarker()
    const cwd = await folder()
    const run = await runCli(['-', 'fine.txt'], {cwd, stdin: `${MARKER}. Some text.`})
    expect(run.code).toBe(2)
    expect(run.stdout).toMatch(/<stdin>\n.*internal error while linting \(please report it\): rule no-duplicate-sentence failed/)
    expect(run.stdout).toMatch(/fine\.txt\n.*no-repeated-word/)
  })

  it('still stops the run for a configuration the user must mend', async () => {
    const cwd = await fixtureDir({'sub/.copydeskrc.json': JSON.stringify({rules: {'no-such-rule': 'error'}}), 'sub/story.txt': REPEATED})
    await expect(createLinter({cwd}).lintFiles(['.'])).rejects.toBeInstanceOf(ConfigError)
    const run = await runCli(['.'], {cwd})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/no-such-rule/)
    expect(run.stderr).not.toMatch(/internal error/)
  })
})
