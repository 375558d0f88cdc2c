/**
 * Bad input: every file that cannot be linted is reported by name with a reason, the run goes on
 * with the other files, the exit code is 2, and nothing prints a stack trace.
 */
import {chmod, mkdir, readFile, symlink} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {CLEAN, ISOLATED, REPEATED, fixtureDir, runCli} from './run-cli.js'

const withStack = /\n\s+at /

interface JsonResult {
  path: string
  fatal?: {message: string}
  errorCount: number
  messages: Array<{ruleId: string; message: string; line: number; column: number}>
}

async function lintJson(cwd: string, argv: string[]) {
  const run = await runCli(['--format', 'json', ...argv], {cwd})
  expect(run.stderr).not.toMatch(withStack)
  return {...run, results: JSON.parse(run.stdout) as JsonResult[]}
}

describe('files that cannot be linted', () => {
  it('a binary file is reported, and the other files are still linted', async () => {
    const cwd = await fixtureDir({'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]), 'story.txt': REPEATED})
    const {code, results, stderr} = await lintJson(cwd, ['.'])
    expect(code).toBe(2)
    expect(results.find((result) => result.path === 'image.txt')?.fatal?.message).toMatch(/binary/)
    expect(results.find((result) => result.path === 'story.txt')?.errorCount).toBe(1)
    expect(stderr).toMatch(/copydesk: image\.txt: binary file/)
  })

  it('a file that is not valid UTF-8 is linted as decoded, with a valid-utf8 error naming the encoding', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('The caf'), 0xe9, ...new TextEncoder().encode(' opened the the doors.\n')])
    const cwd = await fixtureDir({'latin1.txt': latin1})
    const {code, results} = await lintJson(cwd, ['--rule', 'valid-utf8:error', 'latin1.txt'])
    expect(code).toBe(1)
    expect(results[0].fatal).toBeUndefined()
    expect(results[0].messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['valid-utf8', 1, 1],
      ['no-repeated-word', 1, 17]
    ])
    expect(results[0].messages[0].message).toContain('Windows-1252')
  })

  it('a dangling symbolic link named on the command line is reported', async () => {
    const cwd = await fixtureDir({'story.txt': CLEAN})
    await symlink(path.join(cwd, 'gone.txt'), path.join(cwd, 'link.txt'))
    const {code, results} = await lintJson(cwd, ['link.txt', 'story.txt'])
    expect(code).toBe(2)
    expect(results[0]).toMatchObject({path: 'link.txt', fatal: {message: expect.stringContaining('no such file')}})
    expect(results[1]).toMatchObject({path: 'story.txt', errorCount: 0})
  })

  it('a folder that holds nothing lintable is reported', async () => {
    const cwd = await fixtureDir({'pictures/a.png': 'not text'})
    await mkdir(path.join(cwd, 'notes.txt'))
    const {code, results} = await lintJson(cwd, ['pictures', 'notes.txt'])
    expect(code).toBe(2)
    expect(results.map((result) => result.path)).toEqual(['pictures', 'notes.txt'])
  })

  // chmod 000 does not stop root, which is who runs the tests in CI containers.
  it.skipIf(process.getuid?.() === 0)('an unreadable file (chmod 000) is reported with the reason', async () => {
    const cwd = await fixtureDir({'secret.txt': REPEATED, 'story.txt': CLEAN})
    await chmod(path.join(cwd, 'secret.txt'), 0o000)
    const {code, results} = await lintJson(cwd, ['.'])
    expect(code).toBe(2)
    expect(results[0]).toMatchObject({path: 'secret.txt', fatal: {message: expect.stringContaining('EACCES')}})
  })

  it('stdin that is not valid UTF-8 gets the valid-utf8 error too', async () => {
    const cwd = await fixtureDir()
    const {code, stdout} = await runCli(['-f', 'json', '--rule', 'valid-utf8:error', '-'], {cwd, stdin: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a])})
    expect(code).toBe(1)
    expect(JSON.parse(stdout)[0].messages.map((message: {ruleId: string}) => message.ruleId)).toEqual(['valid-utf8'])
  })

  it('binary input on stdin is reported as <stdin>', async () => {
    const cwd = await fixtureDir()
    const {code, stdout} = await runCli(['-'], {cwd, stdin: new Uint8Array([0x41, 0x00, 0x42])})
    expect(code).toBe(2)
    expect(stdout).toContain('<stdin>')
    expect(stdout).toContain('binary file')
  })
})

describe('edge cases that are linted normally', () => {
  it('an empty file is clean', async () => {
    const cwd = await fixtureDir({'empty.txt': ''})
    const {code, results} = await lintJson(cwd, ['empty.txt'])
    expect(code).toBe(0)
    expect(results).toEqual([expect.objectContaining({path: 'empty.txt', messages: [], errorCount: 0})])
  })

  it('empty stdin is clean', async () => {
    const cwd = await fixtureDir()
    expect((await runCli(['-'], {cwd, stdin: ''})).code).toBe(0)
  })

  // Parsing 10 MB takes seconds, more on a loaded machine: a generous limit, not a speed assertion.
  it('a 10 MB file is linted whole: a problem near its end is found on the right line', {timeout: 180_000}, async () => {
    const paragraph = (n: number) => `Talks on item ${n} would resume next week, the minister said on Tuesday.\n\n`
    const count = Math.ceil((10 * 1024 * 1024) / paragraph(0).length)
    const text = Array.from({length: count}, (_, n) => paragraph(n)).join('') + REPEATED
    const cwd = await fixtureDir({'big.txt': text})
    const {code, results} = await lintJson(cwd, ['big.txt'])
    expect(text.length).toBeGreaterThan(10 * 1024 * 1024)
    expect(code).toBe(1)
    expect(results[0].messages.map((message) => [message.ruleId, message.line])).toEqual([['no-repeated-word', count * 2 + 1]])
  })

  it('a byte-order mark does not stop linting', async () => {
    const cwd = await fixtureDir({'bom.txt': '\uFEFF' + REPEATED})
    const {code, results} = await lintJson(cwd, ['bom.txt'])
    expect(code).toBe(1)
    expect(results[0].messages[0].ruleId).toBe('no-repeated-word')
  })
})

describe('folder walking', () => {
  it('skips node_modules, .git and what .copydeskignore lists; lints .txt, .md, .markdown, .html and .htm', async () => {
    const cwd = await fixtureDir({
      'a.txt': CLEAN,
      'b.md': CLEAN,
      'c.markdown': CLEAN,
      'd.html': `<p>${CLEAN}</p>`,
      'e.htm': `<p>${CLEAN}</p>`,
      'f.json': '{}',
      'node_modules/pkg/readme.txt': REPEATED,
      '.git/notes.txt': REPEATED,
      'drafts/old.txt': REPEATED,
      '.copydeskignore': 'drafts/\n'
    })
    const {code, results} = await lintJson(cwd, ['.'])
    expect(code).toBe(0)
    expect(results.map((result) => result.path)).toEqual(['a.txt', 'b.md', 'c.markdown', 'd.html', 'e.htm'])
  })

  it('skips what the configuration\'s ignorePatterns list, for --fix too', async () => {
    const config = JSON.stringify({...ISOLATED, ignorePatterns: ['archive/**']})
    const cwd = await fixtureDir({'a.txt': CLEAN, 'archive/old.txt': REPEATED, '.copydeskrc.json': config})
    const {code, results} = await lintJson(cwd, ['.'])
    expect(code).toBe(0)
    expect(results.map((result) => result.path)).toEqual(['a.txt'])
    expect((await runCli(['--fix', '.'], {cwd})).code).toBe(0)
    expect(await readFile(path.join(cwd, 'archive/old.txt'), 'utf8')).toBe(REPEATED)
  })

  it('expands globs', async () => {
    const cwd = await fixtureDir({'a.md': CLEAN, 'sub/b.md': REPEATED, 'c.txt': REPEATED})
    const {code, results} = await lintJson(cwd, ['**/*.md'])
    expect(code).toBe(1)
    expect(results.map((result) => result.path)).toEqual(['a.md', 'sub/b.md'])
  })
})
