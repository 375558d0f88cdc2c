/**
 * Baselines through the API: problems are recognised by rule, document and fingerprint, not by line,
 * so edits elsewhere keep them hidden; new ones (including another copy of a known one) are reported;
 * what is gone is counted and pruned; archive records are keyed by id.
 */
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  applyBaseline,
  baselineSize,
  createBaseline,
  createLinter,
  emptyBaseline,
  lintDocuments,
  readBaseline,
  withoutMissingFiles,
  writeBaseline,
  type LintedDocument
} from '../../src/index.js'
import {lintArchive} from '../../src/archive/lint-archive.js'
import {makeResult} from '../../src/engine/messages.js'
import {ISOLATED, fixtureDir} from '../cli/run-cli.js'

const linter = createLinter({config: ISOLATED})

async function linted(text: string, name = 'story.txt'): Promise<LintedDocument> {
  return {result: await linter.lintText(text, {path: name}), text}
}

const ARTICLE = [
  'The council met on Tuesday to discuss the budget.',
  '',
  'It was the the largest budget in a decade, officials said.',
  '',
  'Residents will be able to comment until March.',
  ''
].join('\n')

const reported = (outcome: {results: {messages: {actual?: string; line: number}[]}[]}) =>
  outcome.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.actual}`))

describe('baseline round trip', () => {
  it('hides a recorded problem after edits elsewhere in the file move it', async () => {
    const baseline = createBaseline([await linted(ARTICLE)])
    expect(baselineSize(baseline)).toEqual({problems: 1, documents: 1})
    const edited = ['A new first paragraph, added later.', '', ARTICLE.replace('Residents will', 'Residents of the town will'), 'And a last line.'].join('\n')
    const outcome = applyBaseline(baseline, [await linted(edited)])
    expect(reported(outcome)).toEqual([])
    expect(outcome).toMatchObject({suppressed: 1, gone: 0})
    expect(outcome.results[0]).toMatchObject({errorCount: 0, warningCount: 0})
  })

  it('reports a new problem, and keeps hiding the old one', async () => {
    const baseline = createBaseline([await linted(ARTICLE)])
    const outcome = applyBaseline(baseline, [await linted(ARTICLE.replace('comment until', 'comment until until'))])
    expect(reported(outcome)).toEqual(['5:until until'])
    expect(outcome.results[0].errorCount).toBe(1)
  })

  it('counts identical problems: a second copy of a known one is new, and its context says which one', async () => {
    const baseline = createBaseline([await linted(ARTICLE)])
    const doubled = `It was the the first sign of trouble.\n\n${ARTICLE}`
    const outcome = applyBaseline(baseline, [await linted(doubled)])
    expect(reported(outcome)).toEqual(['1:the the'])
    expect(outcome.suppressed).toBe(1)
  })

  it('still hides a problem whose neighbouring words were edited, by its text alone', async () => {
    const baseline = createBaseline([await linted(ARTICLE)])
    const outcome = applyBaseline(baseline, [await linted(ARTICLE.replace('It was the the largest', 'This was the the largest'))])
    expect(outcome).toMatchObject({suppressed: 1, gone: 0})
  })

  it('counts fixed problems as gone, and the pruned baseline no longer lists them', async () => {
    const two = ARTICLE.replace('comment until', 'comment until until')
    const baseline = createBaseline([await linted(two)])
    const fixed = two.replace('the the', 'the')
    const outcome = applyBaseline(baseline, [await linted(fixed)])
    expect(outcome).toMatchObject({suppressed: 1, gone: 1})
    expect(baselineSize(outcome.pruned).problems).toBe(1)
    const again = applyBaseline(outcome.pruned, [await linted(two)])
    expect(reported(again)).toEqual(['3:the the'])
  })

  it('counts problems of a document that could not be linted neither as gone nor pruned', async () => {
    const baseline = createBaseline([await linted(ARTICLE)])
    const unreadable = makeResult([], {path: 'story.txt', fatal: {message: 'not valid UTF-8'}})
    const outcome = applyBaseline(baseline, [unreadable])
    expect(outcome).toMatchObject({suppressed: 0, gone: 0})
    expect(outcome.pruned).toEqual(baseline)
    expect(outcome.results[0]).toBe(unreadable)
  })

  it('keeps the entries of documents not linted in this run when re-recording', async () => {
    const first = createBaseline([await linted(ARTICLE, 'a.txt'), await linted(ARTICLE, 'b.txt')])
    const second = createBaseline([await linted('A clean text.\n', 'a.txt')], first)
    expect(Object.keys(second.files)).toEqual(['b.txt'])
    const outcome = applyBaseline(second, [await linted(ARTICLE, 'c.txt')])
    expect(outcome.gone).toBe(0)
    expect(reported(outcome)).toEqual(['3:the the'])
  })

  it('keys archive records by id, whatever their position in the archive', async () => {
    const record = async (id: string, text: string) => ({result: await linter.lintText(text, {id}), text})
    const baseline = createBaseline([await record('rec-1', ARTICLE), await record('rec-2', 'Clean.\n')])
    expect(Object.keys(baseline.records)).toEqual(['rec-1'])
    expect(baseline.files).toEqual({})
    const outcome = applyBaseline(baseline, [await record('rec-2', 'Clean.\n'), await record('rec-1', `Updated intro.\n\n${ARTICLE}`)])
    expect(outcome).toMatchObject({suppressed: 1, gone: 0})
    const other = applyBaseline(baseline, [await record('rec-3', ARTICLE)])
    expect(reported(other)).toEqual(['3:the the'])
  })

  it('works on the results of an archive run: records keyed by id, found again after the archive changes', async () => {
    const dir = await fixtureDir()
    const archive = path.join(dir, 'archive.jsonl')
    const records = (rows: [string, string][]) => rows.map(([id, text]) => JSON.stringify({id, text})).join('\n') + '\n'
    const lintAll = async () => {
      const results = []
      for await (const result of lintArchive({inputs: [archive], jobs: 1, cwd: dir, config: ISOLATED})) results.push(result)
      return results
    }
    await writeFile(archive, records([['rec-1', ARTICLE], ['rec-2', 'A clean record.']]))
    const baseline = createBaseline(await lintAll())
    expect(Object.keys(baseline.records)).toEqual(['rec-1'])
    await writeFile(archive, records([['rec-0', 'It it rained.'], ['rec-2', 'A clean record, edited.'], ['rec-1', `Intro.\n\n${ARTICLE}`]]))
    const outcome = applyBaseline(baseline, await lintAll())
    expect(outcome).toMatchObject({suppressed: 1, gone: 0})
    expect(outcome.results.filter((result) => result.errorCount > 0).map((result) => result.id)).toEqual(['rec-0'])
  })

  it('works on results without their text (fingerprints without context), such as archive results', async () => {
    const {result} = await linted(ARTICLE)
    const baseline = createBaseline([result])
    expect(baseline.files['story.txt'][0].context).toBe('')
    expect(applyBaseline(baseline, [(await linted(`Intro.\n\n${ARTICLE}`)).result])).toMatchObject({suppressed: 1, gone: 0})
  })

  it('recognises a problem in a Markdown file after the markup around it changes', async () => {
    const markdown = '# Budget\n\nIt was the the largest budget in a decade.\n'
    const baseline = createBaseline([await linted(markdown, 'story.md')])
    const edited = '# The budget\n\n> A quote was added.\n\nIt was the the largest budget in a decade.\n'
    expect(applyBaseline(baseline, [await linted(edited, 'story.md')])).toMatchObject({suppressed: 1, gone: 0})
  })
})

describe('baseline file', () => {
  it('round-trips through writeBaseline and readBaseline, sorted and without line numbers', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-baseline-'))
    const file = path.join(dir, 'baseline.json')
    const baseline = createBaseline([await linted(ARTICLE, 'b.txt'), await linted(ARTICLE.replace('comment until', 'comment until until'), 'a.txt')])
    await writeBaseline(file, baseline)
    const source = await readFile(file, 'utf8')
    const data = JSON.parse(source)
    expect(data).toMatchObject({copydesk: 'baseline', version: 1})
    expect(Object.keys(data.files)).toEqual(['a.txt', 'b.txt'])
    expect(data.files['a.txt'].map((entry: {rule: string; count: number}) => [entry.rule, entry.count])).toEqual([
      ['no-repeated-word', 1],
      ['no-repeated-word', 1]
    ])
    expect(source).not.toMatch(/"(line|column|offset)"/)
    expect(source).not.toContain('largest budget')
    expect(await readBaseline(file)).toEqual(baseline)
    await writeBaseline(file, await readBaseline(file))
    expect(await readFile(file, 'utf8')).toBe(source)
  })

  it('rejects a missing, unparsable, malformed or newer baseline with an error naming the file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-baseline-'))
    const file = path.join(dir, 'baseline.json')
    await expect(readBaseline(file)).rejects.toThrow(`baseline ${file}: no such file (write one with --baseline-write)`)
    await writeFile(file, '{"copydesk": "baseline", ')
    await expect(readBaseline(file)).rejects.toThrow(/baseline .*baseline\.json: not valid JSON/)
    await writeFile(file, JSON.stringify({copydesk: 'baseline', version: 1, files: {'a.txt': [{rule: 'x', text: 'y', context: '', count: 0}]}, records: {}}))
    await expect(readBaseline(file)).rejects.toThrow(/not a copydesk baseline \(\/files\/a\.txt\/0\/count must be >= 1\)/)
    await writeFile(file, JSON.stringify({copydesk: 'baseline', version: 99, files: {}, records: {}}))
    await expect(readBaseline(file)).rejects.toThrow(/written by a newer copydesk/)
  })

  it('drops the entries of files that no longer exist', async () => {
    const cwd = await fixtureDir({'kept.txt': ARTICLE})
    const baseline = createBaseline([await linted(ARTICLE, 'kept.txt'), await linted(ARTICLE, 'deleted.txt'), await linted(ARTICLE, '__proto__')])
    expect(Object.keys(withoutMissingFiles(baseline, cwd).files)).toEqual(['kept.txt'])
  })

  it('gives files from lintDocuments their text, so fingerprints have context', async () => {
    const cwd = await fixtureDir({'a.txt': ARTICLE})
    const documents = await lintDocuments(createLinter({cwd}), ['a.txt'])
    expect(documents[0].text).toBe(ARTICLE)
    expect(createBaseline(documents).files['a.txt'][0].context).not.toBe('')
    expect(createBaseline([]).files).toEqual(emptyBaseline().files)
  })
})
