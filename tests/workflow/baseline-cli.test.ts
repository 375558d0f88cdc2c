/**
 * `--baseline-write`, `--baseline` and `--baseline-prune` as a hook or CI job runs them.
 */
import {readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {CLEAN, REPEATED, fixtureDir, runCli} from '../cli/run-cli.js'

const STORY = 'It was the the best of times.\n\nThe council met on Tuesday.\n'

const baselineOf = async (cwd: string, name = 'baseline.json') => JSON.parse(await readFile(path.join(cwd, name), 'utf8'))

describe('--baseline-write and --baseline', () => {
  it('records the problems, then reports only new ones after unrelated edits', async () => {
    const cwd = await fixtureDir({'a.txt': STORY, 'b.txt': CLEAN})
    const written = await runCli(['--baseline-write', 'baseline.json', '.'], {cwd})
    expect(written.code).toBe(0)
    expect(written.stderr).toBe('copydesk: wrote baseline.json: 1 problem in 1 document\n')
    expect(written.stdout).toContain('no problems in 2 files')
    expect(Object.keys((await baselineOf(cwd)).files)).toEqual(['a.txt'])

    await writeFile(path.join(cwd, 'a.txt'), `A new opening paragraph.\n\n${STORY}The meeting ended at noon.\n`)
    const unrelated = await runCli(['--baseline', 'baseline.json', '.'], {cwd})
    expect(unrelated.code).toBe(0)
    expect(unrelated.stderr).toBe('copydesk: baseline.json: 1 problem hidden as known\n')

    await writeFile(path.join(cwd, 'b.txt'), `${CLEAN}It it rained.\n`)
    const fresh = await runCli(['--baseline', 'baseline.json', '--format', 'json', '.'], {cwd})
    expect(fresh.code).toBe(1)
    const results = JSON.parse(fresh.stdout)
    expect(results.map((result: {path: string; errorCount: number}) => [result.path, result.errorCount])).toEqual([
      ['a.txt', 0],
      ['b.txt', 1]
    ])
  })

  it('says how many baselined problems are gone, and --baseline-prune drops them', async () => {
    const cwd = await fixtureDir({'a.txt': `${STORY}We we met.\n`, 'b.txt': REPEATED})
    await runCli(['--baseline-write', 'baseline.json', '.'], {cwd})
    expect((await baselineOf(cwd)).files['a.txt']).toHaveLength(2)
    await writeFile(path.join(cwd, 'a.txt'), STORY)
    await rm(path.join(cwd, 'b.txt'))

    const before = await readFile(path.join(cwd, 'baseline.json'), 'utf8')
    const noted = await runCli(['--baseline', 'baseline.json', '.'], {cwd})
    expect(noted.code).toBe(0)
    expect(noted.stderr).toBe('copydesk: baseline.json: 1 problem hidden as known, 1 problem no longer occurs (run with --baseline-prune to drop it)\n')
    expect(await readFile(path.join(cwd, 'baseline.json'), 'utf8')).toBe(before)

    const pruned = await runCli(['--baseline', 'baseline.json', '--baseline-prune', '.'], {cwd})
    expect(pruned.code).toBe(0)
    expect(pruned.stderr).toBe('copydesk: pruned baseline.json: 1 problem no longer occurs; 1 problem left\n')
    const baseline = await baselineOf(cwd)
    expect(Object.keys(baseline.files)).toEqual(['a.txt'])
    expect(baseline.files['a.txt']).toHaveLength(1)

    await writeFile(path.join(cwd, 'a.txt'), `${STORY}We we met.\n`)
    expect((await runCli(['--baseline', 'baseline.json', 'a.txt'], {cwd})).code).toBe(1)
  })

  it('re-recording some files keeps the entries of the others (a hook on staged files)', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': REPEATED})
    await runCli(['--baseline-write', 'baseline.json', '.'], {cwd})
    await writeFile(path.join(cwd, 'a.txt'), CLEAN)
    await runCli(['--baseline-write', 'baseline.json', 'a.txt'], {cwd})
    expect(Object.keys((await baselineOf(cwd)).files)).toEqual(['b.txt'])
  })

  it('applies to stdin, named by --stdin-filename', async () => {
    const cwd = await fixtureDir()
    await runCli(['--baseline-write', 'baseline.json', '--stdin-filename', 'story.txt', '-'], {cwd, stdin: STORY})
    expect(Object.keys((await baselineOf(cwd)).files)).toEqual(['story.txt'])
    const run = await runCli(['--baseline', 'baseline.json', '--stdin-filename', 'story.txt', '-'], {cwd, stdin: `Intro.\n\n${STORY}`})
    expect(run.code).toBe(0)
  })

  it('keeps a file that could not be read failing (exit 2) and its baselined problems unpruned', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    await runCli(['--baseline-write', 'baseline.json', 'a.txt'], {cwd})
    await writeFile(path.join(cwd, 'a.txt'), new Uint8Array([0x74, 0x68, 0x65, 0x00, 0x01]))
    const run = await runCli(['--baseline', 'baseline.json', '--baseline-prune', 'a.txt'], {cwd})
    expect(run.code).toBe(2)
    expect((await baselineOf(cwd)).files['a.txt']).toHaveLength(1)
  })

  it.each([
    [['--baseline', 'missing.json', 'a.txt'], 'copydesk: baseline '],
    [['--baseline-prune', 'a.txt'], 'copydesk: --baseline-prune needs --baseline FILE'],
    [['--baseline', 'baseline.json', '--fix', 'a.txt'], "option '--baseline <file>' cannot be used with option '--fix'"],
    [['--baseline-write', 'baseline.json', '--baseline', 'baseline.json', 'a.txt'], 'cannot be used with option']
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const run = await runCli(argv, {cwd})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
    expect(await readFile(path.join(cwd, 'a.txt'), 'utf8')).toBe(REPEATED)
  })

  it('names a damaged baseline file and exits 2', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'baseline.json': '{"files": '})
    const run = await runCli(['--baseline', 'baseline.json', 'a.txt'], {cwd})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^copydesk: baseline .*baseline\.json: not valid JSON/)
  })
})
