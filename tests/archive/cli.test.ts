/**
 * The archive mode of the CLI and `copydesk merge`, in-process through `main()`: streamed JSON
 * Lines, the summary on stderr, every report format, bad records and their exit codes, and a sharded
 * run merged into the report of a single run.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {fixtureDir, runCli} from '../cli/run-cli.js'
import {article, DUPLICATES_ONLY} from './archive-fixtures.js'

const records = [
  {id: 'a', text: article(1)},
  {id: 'b', text: 'It was the the best of times.'},
  {id: 'c', text: article(1)},
  {id: 'd', text: article(2)}
]
const archive = (lines: unknown[]) => lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n'

/** A folder with `archive.jsonl` (the records above) and a configuration of the duplicate rules only. */
function archiveDir(files: Record<string, string | Uint8Array> = {}) {
  return fixtureDir({'.copydeskrc.json': JSON.stringify(DUPLICATES_ONLY), 'archive.jsonl': archive(records), ...files})
}

const parseLines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as {id: string; stage: string; recordLine: number; messages: Array<{ruleId: string}>; fatal?: {message: string}})

describe('copydesk ARCHIVE', () => {
  it('streams one JSON line per document in input order, then the cross-document results, and the summary on stderr', async () => {
    const cwd = await archiveDir()
    const run = await runCli(['archive.jsonl', '--format', 'jsonl', '--jobs', '2'], {cwd})
    expect(run.code).toBe(1)
    const lines = parseLines(run.stdout)
    expect(lines.map((line) => [line.stage, line.id, line.recordLine])).toEqual([
      ['document', 'a', 1],
      ['document', 'b', 2],
      ['document', 'c', 3],
      ['document', 'd', 4],
      ['cross-document', 'c', 3]
    ])
    expect(lines[1].messages.map((message) => message.ruleId)).toEqual(['no-repeated-word'])
    expect(lines[4].messages.map((message) => message.ruleId)).toEqual(['no-duplicate-article'])
    expect(run.stderr).toMatch(/^4 documents, 0\.0 MB in [\d.]+ s: [\d,]+ documents\/s/)
    expect(run.stderr).toContain('2 errors, 0 warnings, 0 notes; 2 documents with errors')
    expect(run.stderr).toMatch(/no-duplicate-article {2}1\n {2}no-repeated-word {6}1/)
  })

  it('gives each document once in other formats, its cross-document messages folded in, named by archive, id and line', async () => {
    const cwd = await archiveDir()
    const stylish = await runCli(['archive.jsonl', '--jobs', '1'], {cwd})
    expect(stylish.stdout).toContain('archive.jsonl#b (line 2)')
    expect(stylish.stdout).toContain('archive.jsonl#c (line 3)')
    expect(stylish.stdout).toMatch(/Exact duplicate of article `a`/)
    expect(stylish.stdout).toMatch(/\n4 documents, /)
    const json = await runCli(['archive.jsonl', '--jobs', '1', '--format', 'json'], {cwd})
    const results = JSON.parse(json.stdout) as Array<{id: string; messages: Array<{ruleId: string}>}>
    expect(results.map((result) => [result.id, result.messages.map((message) => message.ruleId)])).toEqual([
      ['a', []],
      ['b', ['no-repeated-word']],
      ['c', ['no-duplicate-article']],
      ['d', []]
    ])
    expect(json.stderr).toMatch(/^4 documents/)
    const sarif = JSON.parse((await runCli(['archive.jsonl', '--jobs', '1', '--format', 'sarif'], {cwd})).stdout)
    const location = sarif.runs[0].results.find((result: {ruleId: string}) => result.ruleId === 'no-duplicate-article').locations[0]
    expect(location.physicalLocation).toMatchObject({artifactLocation: {uri: 'archive.jsonl'}, region: {startLine: 3}})
    expect(location.logicalLocations).toEqual([{name: 'c', kind: 'object'}])
  })

  it('reads a gzipped archive on stdin with --stdin-format jsonl and the fields it is told to', async () => {
    const cwd = await archiveDir()
    const body = archive(records.map(({id, text}) => ({uid: id, body: text})))
    const run = await runCli(['-', '--stdin-format', 'jsonl', '--text-field', 'body', '--id-field', 'uid', '--format', 'jsonl', '--jobs', '1'], {cwd, stdin: gzipSync(body)})
    expect(parseLines(run.stdout).map((line) => line.id)).toEqual(['a', 'b', 'c', 'd', 'c'])
    // Piped stdin with no input named is read too, as in the file mode.
    const piped = await runCli(['--stdin-format', 'jsonl', '--format', 'jsonl', '--jobs', '1'], {cwd, stdin: archive(records)})
    expect(parseLines(piped.stdout).map((line) => line.id)).toEqual(['a', 'b', 'c', 'd', 'c'])
    const refused = await runCli(['-', '--jobs', '2'], {cwd, stdin: body})
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('add --stdin-format jsonl')
  })

  it('exits 1 for bad records, naming each, and 2 only when nothing could be read', async () => {
    const cwd = await archiveDir({'bad.jsonl': archive(['{oops', {id: 'x', text: 'Fine text here.'}, {id: 'y'}]), 'worse.jsonl': archive(['{oops', '[]'])})
    const bad = await runCli(['bad.jsonl', '--format', 'jsonl', '--jobs', '1'], {cwd})
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('copydesk: bad.jsonl#1 (line 1): line 1: malformed JSON')
    expect(bad.stderr).toContain('copydesk: bad.jsonl#y (line 3): line 3: no "text" field; not linted')
    expect(parseLines(bad.stdout).map((line) => [line.id, line.fatal !== undefined])).toEqual([
      ['1', true],
      ['x', false],
      ['y', true]
    ])
    const worse = await runCli(['worse.jsonl', '--format', 'jsonl', '--jobs', '1'], {cwd})
    expect(worse.code).toBe(2)
    const fixing = await runCli(['archive.jsonl', '--fix'], {cwd})
    expect(fixing.code).toBe(2)
    expect(fixing.stderr).toContain('--fix does not work on archives')
  })
})

describe('copydesk merge', () => {
  it('merges the states of every shard into the report a single run gives', async () => {
    const cwd = await archiveDir({'archive.jsonl': archive([...records, ...records.map((record) => ({...record, id: `${record.id}2`}))])})
    const single = await runCli(['archive.jsonl', '--format', 'jsonl', '--jobs', '1'], {cwd})
    const shards = []
    for (const shard of ['1/2', '2/2']) {
      shards.push(await runCli(['archive.jsonl', '--format', 'jsonl', '--jobs', '1', '--shard', shard, '--save-state', `shard-${shard[0]}.state`], {cwd}))
    }
    const merged = await runCli(['merge', 'shard-2.state', 'shard-1.state', '--format', 'jsonl'], {cwd})
    const stage = (stdout: string, which: string) => parseLines(stdout).filter((line) => line.stage === which)
    expect(stage(merged.stdout, 'cross-document')).toEqual(stage(single.stdout, 'cross-document'))
    expect(stage(merged.stdout, 'cross-document').length).toBe(5)
    expect(shards.flatMap((shard) => stage(shard.stdout, 'document')).sort((a, b) => a.recordLine - b.recordLine)).toEqual(stage(single.stdout, 'document'))
    const figures = (stderr: string) => stderr.split('\n').filter((line) => !/documents\/s/.test(line)).join('\n')
    expect(figures(merged.stderr)).toBe(figures(single.stderr))
    expect(merged.code).toBe(single.code)
    expect(JSON.parse((await readFile(path.join(cwd, 'shard-1.state'), 'utf8')).split('\n')[0])).toMatchObject({kind: 'copydesk-archive-state', shard: {index: 1, count: 2}})
    const missing = await runCli(['merge', 'shard-1.state'], {cwd})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe("copydesk: merge: missing 2/2; a merge needs every shard's state\n")
  })
})
