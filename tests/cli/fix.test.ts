/**
 * `fixFiles` and `--fix` / `--fix-dry-run`: atomic writes that keep the file's mode, idempotence,
 * dry runs that change nothing, and files that cannot be decoded left untouched.
 */
import {chmod, lstat, readFile, readdir, readlink, stat, symlink} from 'node:fs/promises'
import path from 'node:path'
import {applyPatch} from 'diff'
import {describe, expect, it} from 'vitest'
import {fixFiles} from '../../src/index.js'
import {CLEAN, ISOLATED, REPEATED, REPEATED_FIXED, fixtureDir, runCli} from './run-cli.js'

const BINARY = new Uint8Array([0x74, 0x68, 0x65, 0x20, 0x74, 0x68, 0x65, 0x00, 0x01])
const LATIN1 = new Uint8Array([...new TextEncoder().encode('the the caf'), 0xe9, 0x0a])
const CAFE_LATIN1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])
const WITH_VALID_UTF8 = {...ISOLATED, rules: {...ISOLATED.rules, 'valid-utf8': 'error' as const}}

const read = (cwd: string, name: string) => readFile(path.join(cwd, name), 'utf8')
const options = (cwd: string) => ({cwd, config: ISOLATED})

describe('fixFiles', () => {
  it('fixes a file in place and reports what is left', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': CLEAN})
    const results = await fixFiles(['.'], options(cwd))
    expect(results.map(({path, fixCount, changed, written, errorCount}) => ({path, fixCount, changed, written, errorCount}))).toEqual([
      {path: 'a.txt', fixCount: 1, changed: true, written: true, errorCount: 0},
      {path: 'b.txt', fixCount: 0, changed: false, written: false, errorCount: 0}
    ])
    expect(await read(cwd, 'a.txt')).toBe(REPEATED_FIXED)
    expect(await read(cwd, 'b.txt')).toBe(CLEAN)
  })

  it('writes atomically: a new file renamed over the old, with the mode kept and no temporary file left', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const file = path.join(cwd, 'a.txt')
    await chmod(file, 0o640)
    const before = await stat(file)
    await fixFiles('a.txt', options(cwd))
    const after = await stat(file)
    expect(after.ino).not.toBe(before.ino)
    expect(after.mode & 0o777).toBe(0o640)
    expect((await readdir(cwd)).sort()).toEqual(['.copydeskrc.json', 'a.txt'])
  })

  it('writes through a symbolic link to its target and keeps the link', async () => {
    const cwd = await fixtureDir({'real.txt': REPEATED})
    await symlink('real.txt', path.join(cwd, 'link.txt'))
    await fixFiles('link.txt', options(cwd))
    expect((await lstat(path.join(cwd, 'link.txt'))).isSymbolicLink()).toBe(true)
    expect(await readlink(path.join(cwd, 'link.txt'))).toBe('real.txt')
    expect(await read(cwd, 'real.txt')).toBe(REPEATED_FIXED)
  })

  it('is idempotent: fixing twice is fixing once, and the second run writes nothing', async () => {
    const text = 'It was the the the best of times.\n\nWe we met at at noon.\n'
    const cwd = await fixtureDir({'a.txt': text})
    const [first] = await fixFiles('a.txt', options(cwd))
    const once = await read(cwd, 'a.txt')
    expect(once).toBe('It was the best of times.\n\nWe met at noon.\n')
    expect(first.fixCount).toBeGreaterThanOrEqual(3)
    const inode = (await stat(path.join(cwd, 'a.txt'))).ino
    const [second] = await fixFiles('a.txt', options(cwd))
    expect(second).toMatchObject({fixCount: 0, changed: false, written: false})
    expect(await read(cwd, 'a.txt')).toBe(once)
    expect((await stat(path.join(cwd, 'a.txt'))).ino).toBe(inode)
  })

  it('never touches a file it cannot decode', async () => {
    const cwd = await fixtureDir({'binary.txt': BINARY, 'a.txt': REPEATED})
    const results = await fixFiles('.', options(cwd))
    expect(new Uint8Array(await readFile(path.join(cwd, 'binary.txt')))).toEqual(BINARY)
    expect(results.find((result) => result.path === 'binary.txt')).toMatchObject({written: false, fatal: {message: expect.stringContaining('binary')}})
    expect(await read(cwd, 'a.txt')).toBe(REPEATED_FIXED)
  })

  it('writes a file decoded from another encoding back as UTF-8 (the valid-utf8 fix), even with no text fix', async () => {
    const cwd = await fixtureDir({'fixed.txt': LATIN1, 'converted.txt': CAFE_LATIN1})
    const results = await fixFiles('.', {cwd, config: WITH_VALID_UTF8})
    expect(await read(cwd, 'fixed.txt')).toBe('the café\n')
    expect(await read(cwd, 'converted.txt')).toBe('café\n')
    expect(results.map(({path, fixCount, written, messages}) => ({path, fixCount, written, left: messages.length}))).toEqual([
      {path: 'converted.txt', fixCount: 1, written: true, left: 0},
      {path: 'fixed.txt', fixCount: 2, written: true, left: 0}
    ])
    const again = await fixFiles('.', {cwd, config: WITH_VALID_UTF8})
    expect(again.map((result) => result.written)).toEqual([false, false])
  })

  it('leaves the encoding alone when valid-utf8 is off and nothing else is fixed', async () => {
    const cwd = await fixtureDir({'converted.txt': CAFE_LATIN1})
    const [result] = await fixFiles('converted.txt', options(cwd))
    expect(result).toMatchObject({written: false, changed: false})
    expect(new Uint8Array(await readFile(path.join(cwd, 'converted.txt')))).toEqual(CAFE_LATIN1)
  })

  it('leaves Markdown code untouched', async () => {
    const markdown = 'It was the the best.\n\n```\nthe the\n```\n'
    const cwd = await fixtureDir({'a.md': markdown})
    await fixFiles('a.md', options(cwd))
    expect(await read(cwd, 'a.md')).toBe('It was the best.\n\n```\nthe the\n```\n')
  })

  it('a dry run returns the diff and writes nothing', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const [result] = await fixFiles('a.txt', {...options(cwd), dryRun: true})
    expect(result).toMatchObject({changed: true, written: false, fixCount: 1})
    expect(result.diff).toContain('--- a/a.txt')
    expect(result.diff).toContain('-It was the the best of times.')
    expect(result.diff).toContain('+It was the best of times.')
    expect(await read(cwd, 'a.txt')).toBe(REPEATED)
  })
})

describe('--fix', () => {
  it('fixes the files, says so on stderr, and exits by what is left', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': REPEATED, 'c.txt': CLEAN})
    const {code, stdout, stderr} = await runCli(['--fix', '.'], {cwd})
    expect(code).toBe(0)
    expect(stderr).toBe('copydesk: fixed 2 problems in 2 files\n')
    expect(stdout).toContain('no problems in 3 files')
    expect(await read(cwd, 'a.txt')).toBe(REPEATED_FIXED)
  })

  it('exits 2 and leaves an undecodable file byte-identical', async () => {
    const cwd = await fixtureDir({'binary.txt': BINARY, 'a.txt': REPEATED})
    const {code} = await runCli(['--fix', '.'], {cwd})
    expect(code).toBe(2)
    expect(new Uint8Array(await readFile(path.join(cwd, 'binary.txt')))).toEqual(BINARY)
    expect(await read(cwd, 'a.txt')).toBe(REPEATED_FIXED)
  })

  it('refuses stdin (nothing to write back to)', async () => {
    const cwd = await fixtureDir()
    const {code, stderr} = await runCli(['--fix', '-'], {cwd, stdin: REPEATED})
    expect(code).toBe(2)
    expect(stderr).toContain('--fix-dry-run')
  })
})

describe('--fix-dry-run', () => {
  it('prints a unified diff on stdout, the report on stderr, and leaves every file byte-identical', async () => {
    const files = {'a.txt': REPEATED, 'sub/b.md': `# Title\n\n${REPEATED}`, 'c.txt': CLEAN}
    const cwd = await fixtureDir(files)
    const {code, stdout, stderr} = await runCli(['--fix-dry-run', '.'], {cwd})
    expect(code).toBe(0)
    for (const [name, content] of Object.entries(files)) expect(await read(cwd, name)).toBe(content)
    expect(stdout).toContain('--- a/a.txt')
    expect(stdout).toContain('+++ b/sub/b.md')
    expect(stdout).not.toContain('c.txt')
    expect(stderr).toContain('no problems in 3 files')
  })

  it('the diff, applied, gives what --fix writes', async () => {
    const text = 'Officials said that that the the plan would go ahead.\n\nIt it rained.\n'
    const cwd = await fixtureDir({'a.txt': text})
    const {stdout} = await runCli(['--fix-dry-run', 'a.txt'], {cwd})
    const patched = applyPatch(text, stdout)
    await runCli(['--fix', 'a.txt'], {cwd})
    expect(patched).toBe(await read(cwd, 'a.txt'))
    expect(patched).not.toBe(text)
  })

  it('exits 1 when problems would remain, and reports them', async () => {
    // Across Markdown emphasis the fix would have to edit markup, so the engine offers none.
    const cwd = await fixtureDir({'a.md': 'It was the *the* best.\n'})
    const {code, stdout, stderr} = await runCli(['--fix-dry-run', 'a.md'], {cwd})
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain('no-repeated-word')
  })

  it('names the encoding of a file it would convert, and leaves it byte-identical', async () => {
    const cwd = await fixtureDir({'converted.txt': CAFE_LATIN1})
    const {code, stdout} = await runCli(['--fix-dry-run', '--rule', 'valid-utf8:error', 'converted.txt'], {cwd})
    expect(code).toBe(0)
    expect(stdout).toContain('--- a/converted.txt\tWindows-1252')
    expect(stdout).toContain('+++ b/converted.txt\tUTF-8')
    expect(new Uint8Array(await readFile(path.join(cwd, 'converted.txt')))).toEqual(CAFE_LATIN1)
  })

  it('works on stdin', async () => {
    const cwd = await fixtureDir()
    const {code, stdout} = await runCli(['--fix-dry-run', '--stdin-filename', 'story.txt'], {cwd, stdin: REPEATED})
    expect(code).toBe(0)
    expect(applyPatch(REPEATED, stdout)).toBe(REPEATED_FIXED)
    expect(stdout).toContain('--- a/story.txt')
  })

  it('writes the report to --output-file and only the diff to stdout', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const {stdout, stderr} = await runCli(['--fix-dry-run', '-f', 'json', '-o', 'report.json', 'a.txt'], {cwd})
    expect(stdout.startsWith('===')).toBe(true)
    expect(stderr).toBe('')
    expect(JSON.parse(await read(cwd, 'report.json'))[0]).toMatchObject({path: 'a.txt', fixCount: 1, errorCount: 0})
  })
})
