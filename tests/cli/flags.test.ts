import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ruleCatalog} from '../../src/rules/index.js'
import {CLEAN, ISOLATED, REPEATED, fixtureDir, runCli} from './run-cli.js'

const withStack = /\n\s+at /

describe('--format', () => {
  it('defaults to stylish, naming the file, the position and the rule', async () => {
    const cwd = await fixtureDir({'story.txt': REPEATED})
    const {code, stdout} = await runCli(['story.txt'], {cwd})
    expect(code).toBe(1)
    expect(stdout).toContain('story.txt')
    expect(stdout).toMatch(/1:8-1:15\s+error/)
    expect(stdout).toContain('no-repeated-word')
  })

  it('json is an array of results with plain messages', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': CLEAN})
    const {stdout} = await runCli(['--format', 'json', '.'], {cwd})
    const results = JSON.parse(stdout)
    expect(results.map((result: {path: string}) => result.path)).toEqual(['a.txt', 'b.txt'])
    expect(results[0].messages[0]).toMatchObject({ruleId: 'no-repeated-word', severity: 'error', line: 1, column: 8, actual: 'the the'})
    expect(results[1].messages).toEqual([])
  })

  it('jsonl has one JSON document per line', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': CLEAN})
    const {stdout} = await runCli(['-f', 'jsonl', '.'], {cwd})
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(lines).toHaveLength(2)
    expect(lines[0].path).toBe('a.txt')
  })

  it('sarif is SARIF 2.1.0 with the rule in the driver', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const {stdout} = await runCli(['--format', 'sarif', 'a.txt'], {cwd})
    const log = JSON.parse(stdout)
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0].results[0].ruleId).toBe('no-repeated-word')
  })

  it('junit is JUnit XML', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const {stdout} = await runCli(['--format', 'junit', 'a.txt'], {cwd})
    expect(stdout).toMatch(/^<\?xml/)
    expect(stdout).toContain('<testsuites')
    expect(stdout).toContain('no-repeated-word')
  })

  it('github prints workflow commands', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const {stdout} = await runCli(['--format', 'github', 'a.txt'], {cwd})
    expect(stdout).toContain('::error file=a.txt,line=1,col=8,endLine=1,endColumn=15,title=no-repeated-word::')
  })

  it('an unknown format is a usage error listing the choices', async () => {
    const cwd = await fixtureDir({'a.txt': CLEAN})
    const {code, stderr} = await runCli(['--format', 'xml', 'a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain('stylish')
    expect(stderr).toContain('sarif')
  })
})

describe('--output-file', () => {
  it('writes the report to the file (creating its folder) and nothing to stdout', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const {code, stdout} = await runCli(['--format', 'json', '--output-file', 'reports/out.json', 'a.txt'], {cwd})
    expect(code).toBe(1)
    expect(stdout).toBe('')
    const results = JSON.parse(await readFile(path.join(cwd, 'reports/out.json'), 'utf8'))
    expect(results[0].messages[0].ruleId).toBe('no-repeated-word')
  })

  it('never writes colour codes into the file', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    await runCli(['-o', 'out.txt', 'a.txt'], {cwd, color: true})
    expect(await readFile(path.join(cwd, 'out.txt'), 'utf8')).not.toContain('\u001B[')
  })

  it('a report that cannot be written is an I/O error (exit 2), without a stack trace', async () => {
    const cwd = await fixtureDir({'a.txt': CLEAN, 'taken/x': ''})
    const {code, stderr} = await runCli(['--output-file', 'taken', 'a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toMatch(/^copydesk: .*EISDIR.*taken/)
    expect(stderr).not.toMatch(withStack)
  })
})

describe('--config and configuration discovery', () => {
  it('uses the named configuration file', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'quiet.json': JSON.stringify({...ISOLATED, rules: {'no-repeated-word': 'off'}})})
    expect((await runCli(['a.txt'], {cwd})).code).toBe(1)
    expect((await runCli(['--config', 'quiet.json', 'a.txt'], {cwd})).code).toBe(0)
  })

  it('finds .copydeskrc.json next to the files', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, '.copydeskrc.json': JSON.stringify({...ISOLATED, rules: {'no-repeated-word': 'warn'}})})
    const {code, stdout} = await runCli(['--format', 'json', 'a.txt'], {cwd})
    expect(code).toBe(0)
    expect(JSON.parse(stdout)[0].messages[0].severity).toBe('warning')
  })

  it('an invalid configuration exits 2 with a message naming the file and key, no stack trace', async () => {
    const cwd = await fixtureDir({'a.txt': CLEAN, 'bad.json': JSON.stringify({rules: {'no-repeated-word': 'loud'}})})
    const {code, stdout, stderr} = await runCli(['--config', 'bad.json', 'a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^copydesk: .*bad\.json.*no-repeated-word/)
    expect(stderr).not.toMatch(withStack)
  })

  it('a configuration file that does not exist exits 2', async () => {
    const cwd = await fixtureDir({'a.txt': CLEAN})
    const {code, stderr} = await runCli(['--config', 'missing.json', 'a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain('missing.json')
  })

  it('a configuration file that is not valid JSON exits 2', async () => {
    const cwd = await fixtureDir({'a.txt': CLEAN, 'copydesk.config.json': '{"rules": '})
    const {code, stderr} = await runCli(['a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain('copydesk.config.json')
    expect(stderr).not.toMatch(withStack)
  })
})

describe('--rule', () => {
  it('turns a rule off', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    expect((await runCli(['--rule', 'no-repeated-word:off', 'a.txt'], {cwd})).code).toBe(0)
  })

  it('changes a severity, over the configuration file, and is repeatable', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, '.copydeskrc.json': JSON.stringify({...ISOLATED, rules: {'no-repeated-word': 'off'}})})
    const {code, stdout} = await runCli(['--rule', 'no-repeated-word:off', '--rule', 'no-repeated-word:warn', '-f', 'json', 'a.txt'], {cwd})
    expect(code).toBe(0)
    expect(JSON.parse(stdout)[0].messages.map((message: {severity: string}) => message.severity)).toEqual(['warning'])
  })

  it('applies to stdin without a name, and to files outside the configuration\'s folder', async () => {
    const cwd = await fixtureDir()
    expect((await runCli(['--rule', 'no-repeated-word:off', '-'], {cwd, stdin: REPEATED})).code).toBe(0)
    const outside = path.join(await fixtureDir({'a.txt': REPEATED}), 'a.txt')
    expect((await runCli(['--config', '.copydeskrc.json', outside], {cwd})).code).toBe(1)
    expect((await runCli(['--config', '.copydeskrc.json', '--rule', 'no-repeated-word:off', outside], {cwd})).code).toBe(0)
  })

  it('takes numeric severities and a JSON [severity, options] value', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    expect((await runCli(['--rule', 'no-repeated-word:0', 'a.txt'], {cwd})).code).toBe(0)
    expect((await runCli(['--rule', 'no-repeated-word:["warn", {}]', 'a.txt'], {cwd})).code).toBe(0)
  })

  it.each([
    ['no-such-rule:off', 'unknown rule id'],
    ['no-repeated-word:loud', 'no-repeated-word'],
    ['no-repeated-word', 'expected id:severity'],
    ['no-repeated-word:[warn', 'not valid JSON']
  ])('%s is a usage error (exit 2)', async (value, reason) => {
    const cwd = await fixtureDir({'a.txt': CLEAN})
    const {code, stderr} = await runCli(['--rule', value, 'a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain(reason)
  })
})

describe('--quiet', () => {
  it('reports errors only', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.md': REPEATED})
    const config = JSON.stringify({...ISOLATED, overrides: [{files: '*.md', rules: {'no-repeated-word': 'warn'}}]})
    await writeFile(path.join(cwd, '.copydeskrc.json'), config)
    const loud = JSON.parse((await runCli(['-f', 'json', '.'], {cwd})).stdout)
    expect(loud.map((result: {warningCount: number}) => result.warningCount)).toEqual([0, 1])
    const quiet = JSON.parse((await runCli(['-f', 'json', '--quiet', '.'], {cwd})).stdout)
    expect(quiet.map((result: {errorCount: number; warningCount: number}) => [result.errorCount, result.warningCount])).toEqual([[1, 0], [0, 0]])
  })

  it('still counts hidden warnings for --max-warnings', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const {code, stdout} = await runCli(['--rule', 'no-repeated-word:warn', '--quiet', '--max-warnings', '0', 'a.txt'], {cwd})
    expect(code).toBe(1)
    expect(stdout).not.toContain('no-repeated-word')
  })
})

describe('--max-warnings', () => {
  const warn = ['--rule', 'no-repeated-word:warn']

  it('exits 1 when warnings exceed the limit, and says so', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': REPEATED})
    const {code, stderr} = await runCli([...warn, '--max-warnings', '1', '.'], {cwd})
    expect(code).toBe(1)
    expect(stderr).toContain('2 warnings, more than the 1 that --max-warnings allows')
  })

  it('exits 0 at the limit, and without a limit', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': REPEATED})
    expect((await runCli([...warn, '--max-warnings', '2', '.'], {cwd})).code).toBe(0)
    expect((await runCli([...warn, '.'], {cwd})).code).toBe(0)
  })

  it.each(['-1', 'many', '1.5'])('rejects %s (exit 2)', async (value) => {
    const cwd = await fixtureDir({'a.txt': CLEAN})
    const {code, stderr} = await runCli(['--max-warnings', value, 'a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain('--max-warnings')
  })
})

describe('--no-color', () => {
  it('stylish is coloured on a colour terminal, and plain with --no-color', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    expect((await runCli(['a.txt'], {cwd, color: true})).stdout).toContain('\u001B[')
    expect((await runCli(['--no-color', 'a.txt'], {cwd, color: true})).stdout).not.toContain('\u001B[')
    expect((await runCli(['a.txt'], {cwd, color: false})).stdout).not.toContain('\u001B[')
  })
})

describe('--print-config', () => {
  it('prints the resolved configuration for a file, with overrides and --rule applied', async () => {
    const config = {overrides: [{files: 'drafts/**', rules: {'no-repeated-word': 'warn'}}]}
    const cwd = await fixtureDir({'.copydeskrc.json': JSON.stringify(config)})
    const draft = JSON.parse((await runCli(['--print-config', 'drafts/a.txt'], {cwd})).stdout)
    expect(draft.rules['no-repeated-word'].severity).toBe('warning')
    const other = await runCli(['--print-config', 'a.txt'], {cwd})
    expect(other.code).toBe(0)
    expect(JSON.parse(other.stdout).rules['no-repeated-word'].severity).toBe('error')
    const overridden = JSON.parse((await runCli(['--print-config', 'drafts/a.txt', '--rule', 'no-repeated-word:off'], {cwd})).stdout)
    expect(overridden.rules['no-repeated-word'].severity).toBe('off')
  })
})

describe('--list-rules', () => {
  it('lists every rule with severity, fixable, recommended and description', async () => {
    const cwd = await fixtureDir()
    const {code, stdout} = await runCli(['--list-rules'], {cwd})
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^rule\s+severity\s+fixable\s+recommended\s+description$/)
    expect(lines).toHaveLength(ruleCatalog.length + 1)
    const repeated = lines.find((line) => line.startsWith('no-repeated-word '))
    expect(repeated?.split(/\s{2,}/)).toEqual(['no-repeated-word', 'error', 'yes', 'yes', ruleCatalog.find((meta) => meta.id === 'no-repeated-word')!.description])
  })

  it('is JSON with --format json', async () => {
    const cwd = await fixtureDir()
    const rows = JSON.parse((await runCli(['--list-rules', '--format', 'json'], {cwd})).stdout)
    expect(rows.map((row: {id: string}) => row.id)).toEqual(ruleCatalog.map((meta) => meta.id))
    expect(rows[0]).toEqual(expect.objectContaining({severity: expect.any(String), fixable: expect.any(Boolean), url: expect.any(String)}))
  })
})

describe('--version and --help', () => {
  it('--version prints the package version', async () => {
    const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'))
    const cwd = await fixtureDir()
    for (const flag of ['--version', '-v']) {
      const {code, stdout} = await runCli([flag], {cwd})
      expect(code).toBe(0)
      expect(stdout).toBe(`${manifest.version}\n`)
    }
  })

  it('--help lists every flag, examples and the exit codes', async () => {
    const cwd = await fixtureDir()
    const {code, stdout} = await runCli(['--help'], {cwd})
    expect(code).toBe(0)
    for (const flag of ['--format', '--output-file', '--config', '--rule', '--quiet', '--max-warnings', '--no-color', '--print-config', '--list-rules', '--version', '--fix', '--fix-dry-run', '--exit-zero', '--stdin-filename']) {
      expect(stdout).toContain(flag)
    }
    expect(stdout).toContain('Examples:')
    expect(stdout).toContain('Exit codes:')
  })
})

describe('--exit-zero', () => {
  it('exits 0 when problems are found', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const {code, stdout} = await runCli(['--exit-zero', 'a.txt'], {cwd})
    expect(code).toBe(0)
    expect(stdout).toContain('no-repeated-word')
  })

  it('still exits 2 when a file cannot be linted', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    expect((await runCli(['--exit-zero', 'a.txt', 'missing.txt'], {cwd})).code).toBe(2)
  })
})

describe('stdin', () => {
  it('"-" lints stdin, reported as <stdin>', async () => {
    const cwd = await fixtureDir()
    const {code, stdout} = await runCli(['-'], {cwd, stdin: REPEATED})
    expect(code).toBe(1)
    expect(stdout).toContain('<stdin>')
    expect(stdout).toContain('no-repeated-word')
  })

  it('piped text is linted when no path is given', async () => {
    const cwd = await fixtureDir()
    const {code, stdout} = await runCli(['-f', 'json'], {cwd, stdin: REPEATED})
    expect(code).toBe(1)
    expect(JSON.parse(stdout)[0].messages[0].ruleId).toBe('no-repeated-word')
  })

  it('"-" mixes with paths', async () => {
    const cwd = await fixtureDir({'a.txt': CLEAN})
    const results = JSON.parse((await runCli(['-f', 'json', '-', 'a.txt'], {cwd, stdin: REPEATED})).stdout)
    expect(results.map((result: {path?: string; errorCount: number}) => [result.path, result.errorCount])).toEqual([[undefined, 1], ['a.txt', 0]])
  })

  it('--stdin-filename names the document, picks its format and its configuration', async () => {
    const markdown = '```\nthe the\n```\n\nIt was fine.\n'
    const config = JSON.stringify({...ISOLATED, overrides: [{files: 'drafts/**', rules: {'no-repeated-word': 'off'}}]})
    const cwd = await fixtureDir({'.copydeskrc.json': config})
    const asText = JSON.parse((await runCli(['-f', 'json', '--stdin-filename', 'story.txt'], {cwd, stdin: markdown})).stdout)
    expect(asText[0]).toMatchObject({path: 'story.txt', errorCount: 1})
    const asMarkdown = JSON.parse((await runCli(['-f', 'json', '--stdin-filename', 'story.md'], {cwd, stdin: markdown})).stdout)
    expect(asMarkdown[0]).toMatchObject({path: 'story.md', errorCount: 0})
    const draft = await runCli(['--stdin-filename', 'drafts/story.txt'], {cwd, stdin: REPEATED})
    expect(draft.code).toBe(0)
  })

  it('no paths and nothing piped is a usage error', async () => {
    const cwd = await fixtureDir()
    const {code, stderr} = await runCli([], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain('no input')
  })
})
