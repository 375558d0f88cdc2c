import {describe, expect, it} from 'vitest'
import {ExitCode, exitCodeFor, tally} from '../../src/cli/exit-codes.js'
import type {CliIo} from '../../src/cli/io.js'
import {main} from '../../src/cli/main.js'
import {makeResult} from '../../src/engine/messages.js'
import {CLEAN, REPEATED, fixtureDir, runCli} from './run-cli.js'

describe('exit codes, end to end', () => {
  it('0: no problems', async () => {
    const cwd = await fixtureDir({'a.txt': CLEAN})
    expect((await runCli(['a.txt'], {cwd})).code).toBe(ExitCode.ok)
  })

  it('0: warnings only, without --max-warnings', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    expect((await runCli(['--rule', 'no-repeated-word:warn', 'a.txt'], {cwd})).code).toBe(ExitCode.ok)
  })

  it('1: a lint error', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    expect((await runCli(['a.txt'], {cwd})).code).toBe(ExitCode.problems)
  })

  it('1: too many warnings', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    expect((await runCli(['--rule', 'no-repeated-word:warn', '--max-warnings', '0', 'a.txt'], {cwd})).code).toBe(ExitCode.problems)
  })

  it('2: an unknown flag, without a stack trace', async () => {
    const cwd = await fixtureDir({'a.txt': CLEAN})
    const {code, stderr} = await runCli(['--frobnicate', 'a.txt'], {cwd})
    expect(code).toBe(ExitCode.failure)
    expect(stderr).toContain("unknown option '--frobnicate'")
    expect(stderr).toContain('copydesk --help')
  })

  it('2: --fix with --fix-dry-run', async () => {
    const cwd = await fixtureDir({'a.txt': CLEAN})
    const {code, stderr} = await runCli(['--fix', '--fix-dry-run', 'a.txt'], {cwd})
    expect(code).toBe(ExitCode.failure)
    expect(stderr).toContain('cannot be used with')
  })

  it('2: a configuration error', async () => {
    const cwd = await fixtureDir({'a.txt': CLEAN, '.copydeskrc.json': JSON.stringify({rules: {nope: 'error'}})})
    expect((await runCli(['a.txt'], {cwd})).code).toBe(ExitCode.failure)
  })

  it('2: a path that matches nothing, named in the report', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const {code, stdout} = await runCli(['a.txt', 'missing.txt'], {cwd})
    expect(code).toBe(ExitCode.failure)
    expect(stdout).toContain('missing.txt')
    expect(stdout).toContain('no such file')
    expect(stdout).toContain('no-repeated-word')
  })
})

describe('exitCodeFor', () => {
  const counts = (errors: number, warnings: number, fatal = 0) => ({errors, warnings, fatal})

  it('ranks failure over problems over clean', () => {
    expect(exitCodeFor(counts(0, 5), {})).toBe(0)
    expect(exitCodeFor(counts(1, 0), {})).toBe(1)
    expect(exitCodeFor(counts(1, 0, 1), {})).toBe(2)
  })

  it('applies --max-warnings strictly above the limit', () => {
    expect(exitCodeFor(counts(0, 3), {maxWarnings: 3})).toBe(0)
    expect(exitCodeFor(counts(0, 4), {maxWarnings: 3})).toBe(1)
  })

  it('--exit-zero silences problems but not failures', () => {
    expect(exitCodeFor(counts(2, 9), {exitZero: true, maxWarnings: 0})).toBe(0)
    expect(exitCodeFor(counts(0, 0, 1), {exitZero: true})).toBe(2)
  })

  it('tally counts errors, warnings and results that could not be linted', () => {
    const message = {ruleId: 'x', message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, endOffset: 1, url: ''}
    const results = [
      makeResult([{...message, severity: 'error'}, {...message, severity: 'warning'}]),
      makeResult([{...message, severity: 'info'}]),
      makeResult([], {path: 'x.bin', fatal: {message: 'binary'}})
    ]
    expect(tally(results)).toEqual({errors: 1, warnings: 1, fatal: 1})
  })
})

describe('unexpected errors', () => {
  const failingIo = (debug: boolean) => {
    const output = {stdout: '', stderr: ''}
    const io: CliIo = {
      stdout: (text) => void (output.stdout += text),
      stderr: (text) => void (output.stderr += text),
      readStdin: async () => {
        throw new TypeError('stdin exploded')
      },
      stdinPiped: true,
      color: false,
      cwd: process.cwd(),
      debug
    }
    return {io, output}
  }

  it('exit 2 with one line and no stack trace', async () => {
    const {io, output} = failingIo(false)
    expect(await main([], io)).toBe(ExitCode.failure)
    expect(output.stderr).toBe('copydesk: unexpected error, please report it: stdin exploded (set COPYDESK_DEBUG=1 for the stack trace)\n')
  })

  it('the stack trace with COPYDESK_DEBUG', async () => {
    const {io, output} = failingIo(true)
    expect(await main([], io)).toBe(ExitCode.failure)
    expect(output.stderr).toMatch(/TypeError: stdin exploded\n\s+at /)
  })
})
