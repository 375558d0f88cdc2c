/**
 * The content cache: an unchanged file under an unchanged configuration and version is not linted
 * again; a change of content, configuration or version is a miss; a damaged cache is a warning.
 */
import {mkdir, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {CACHE_FILE} from '../../src/engine/cache.js'
import {createLinter, DEFAULT_CACHE_LOCATION, lintDocuments, ResultCache, type Config, type Linter} from '../../src/index.js'
import {CLEAN, ISOLATED, REPEATED, fixtureDir, runCli} from '../cli/run-cli.js'

/** A linter that counts the documents it really lints. */
function countingLinter(cwd: string, config?: Config): Linter & {linted: string[]} {
  const linter = createLinter({cwd, config})
  const linted: string[] = []
  return {
    ...linter,
    linted,
    lintText: (text, options) => {
      linted.push(options?.path ?? '')
      return linter.lintText(text, options)
    }
  }
}

/**
 * One run with a fresh linter and cache, as a new process would have. Configuration changes are given
 * inline: configuration files are read once per process, so a test editing one would not see its edit.
 */
async function cachedRun(cwd: string, options: {version?: string; warnings?: string[]; config?: Config} = {}) {
  const linter = countingLinter(cwd, options.config)
  const cache = await ResultCache.open({cwd, version: options.version, onWarning: (message) => options.warnings?.push(message)})
  const documents = await lintDocuments(linter, ['.'], {cache})
  await cache.save()
  return {linted: linter.linted.sort(), stats: cache.stats, results: documents.map((document) => document.result)}
}

const cacheFile = (cwd: string) => path.join(cwd, DEFAULT_CACHE_LOCATION, CACHE_FILE)

describe('ResultCache through lintDocuments', () => {
  it('lints nothing on a second run over unchanged files, and gives the same results', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': CLEAN, 'c.md': `# Title\n\n${REPEATED}`})
    const first = await cachedRun(cwd)
    expect(first.linted).toEqual(['a.txt', 'b.txt', 'c.md'])
    const second = await cachedRun(cwd)
    expect(second.linted).toEqual([])
    expect(second.stats).toEqual({hits: 3, misses: 0})
    expect(second.results).toEqual(first.results)
  })

  it('re-lints a file whose content changed, and only that one', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': CLEAN})
    await cachedRun(cwd)
    await writeFile(path.join(cwd, 'b.txt'), `${CLEAN}It it rained.\n`)
    const second = await cachedRun(cwd)
    expect(second.linted).toEqual(['b.txt'])
    expect(second.results.map((result) => result.errorCount)).toEqual([1, 1])
  })

  it('tells the same text decoded from another encoding apart (valid-utf8 reports one, not the other)', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x0a])
    const cwd = await fixtureDir({'a.txt': latin1, '.copydeskrc.json': JSON.stringify({extends: [], rules: {'valid-utf8': 'error'}})})
    const first = await cachedRun(cwd)
    expect(first.results[0].messages.map((message) => message.ruleId)).toEqual(['valid-utf8'])
    await writeFile(path.join(cwd, 'a.txt'), 'Café\n')
    const second = await cachedRun(cwd)
    expect(second.linted).toEqual(['a.txt'])
    expect(second.results[0].messages).toEqual([])
  })

  it('re-lints every file when the configuration changes', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': CLEAN})
    await cachedRun(cwd, {config: ISOLATED})
    const second = await cachedRun(cwd, {config: {...ISOLATED, rules: {'no-repeated-word': 'warn'}}})
    expect(second.linted).toEqual(['a.txt', 'b.txt'])
    expect(second.results[0]).toMatchObject({errorCount: 0, warningCount: 1})
  })

  it('re-lints only the files an override applies to when the override changes', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'drafts/b.txt': REPEATED})
    await cachedRun(cwd, {config: ISOLATED})
    const withOverride = await cachedRun(cwd, {config: {...ISOLATED, overrides: [{files: 'drafts/**', rules: {'no-repeated-word': 'off'}}]}})
    expect(withOverride.linted).toEqual(['drafts/b.txt'])
  })

  it('trusts nothing written by another copydesk version', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': CLEAN})
    await cachedRun(cwd, {version: '0.0.1'})
    const warnings: string[] = []
    const other = await cachedRun(cwd, {version: '0.0.2', warnings})
    expect(other.linted).toEqual(['a.txt', 'b.txt'])
    expect(warnings).toEqual([])
    expect(JSON.parse(await readFile(cacheFile(cwd), 'utf8')).version).toBe('0.0.2')
  })

  it('ignores a corrupt cache file with a warning, lints everything, and rewrites it', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    await mkdir(path.dirname(cacheFile(cwd)), {recursive: true})
    await writeFile(cacheFile(cwd), '{"copydesk": "cache", "format": 1, "entr')
    const warnings: string[] = []
    const run = await cachedRun(cwd, {warnings})
    expect(warnings).toEqual([expect.stringMatching(/^ignoring the cache .*results\.json: it is not valid JSON .*; it will be rebuilt$/)])
    expect(run.linted).toEqual(['a.txt'])
    expect(run.results[0].errorCount).toBe(1)
    expect(JSON.parse(await readFile(cacheFile(cwd), 'utf8'))).toMatchObject({copydesk: 'cache', entries: {'a.txt': expect.any(Object)}})
  })

  it('ignores valid JSON that is not a cache, and entries damaged by hand', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': CLEAN})
    await mkdir(path.dirname(cacheFile(cwd)), {recursive: true})
    await writeFile(cacheFile(cwd), '[1, 2, 3]')
    const warnings: string[] = []
    await cachedRun(cwd, {warnings})
    expect(warnings).toEqual([expect.stringContaining('it is not a copydesk cache of this format')])
    const data = JSON.parse(await readFile(cacheFile(cwd), 'utf8'))
    data.entries['a.txt'].result = 'damaged'
    await writeFile(cacheFile(cwd), JSON.stringify(data))
    expect((await cachedRun(cwd)).linted).toEqual(['a.txt'])
  })

  it('keeps entries of files outside this run, drops entries of deleted files, and caches no unreadable file', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': CLEAN, 'binary.txt': new Uint8Array([0x74, 0x00, 0x01])})
    await cachedRun(cwd)
    const linter = createLinter({cwd})
    const cache = await ResultCache.open({cwd})
    await lintDocuments(linter, ['a.txt'], {cache})
    await rm(path.join(cwd, 'b.txt'))
    await writeFile(path.join(cwd, 'a.txt'), CLEAN)
    await cache.save()
    const entries = JSON.parse(await readFile(cacheFile(cwd), 'utf8')).entries
    expect(Object.keys(entries).sort()).toEqual(['a.txt'])
  })

  it('writes atomically, leaving no temporary file beside the cache', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    await cachedRun(cwd)
    await writeFile(path.join(cwd, 'a.txt'), CLEAN)
    await cachedRun(cwd)
    expect(await readdir(path.dirname(cacheFile(cwd)))).toEqual([CACHE_FILE])
  })

  it('warns instead of failing when the cache cannot be written', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, blocker: 'a file where the cache folder should be'})
    const warnings: string[] = []
    const cache = await ResultCache.open({cwd, location: 'blocker/cache', onWarning: (message) => warnings.push(message)})
    const documents = await lintDocuments(createLinter({cwd}), ['a.txt'], {cache})
    await cache.save()
    expect(documents[0].result.errorCount).toBe(1)
    expect(warnings).toEqual([
      expect.stringMatching(/^ignoring the cache .*blocker\/cache\/results\.json: ENOTDIR/),
      expect.stringMatching(/^could not write the cache .*blocker\/cache\/results\.json: ENOTDIR/)
    ])
  })
})

describe('--cache', () => {
  /** Rewrites the message of every cached result, to tell a cached result from a fresh one. */
  async function markCachedResults(cwd: string, location = DEFAULT_CACHE_LOCATION): Promise<void> {
    const file = path.join(cwd, location, CACHE_FILE)
    const data = JSON.parse(await readFile(file, 'utf8'))
    for (const entry of Object.values<{result: {messages: {message: string}[]}}>(data.entries)) {
      for (const message of entry.result.messages) message.message = 'FROM THE CACHE'
    }
    await writeFile(file, JSON.stringify(data))
  }

  it('reports cached results on the second run, in node_modules/.cache/copydesk by default', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED, 'b.txt': CLEAN})
    const first = await runCli(['--cache', '--format', 'json', '.'], {cwd})
    expect(first.code).toBe(1)
    await markCachedResults(cwd)
    const second = await runCli(['--cache', '--format', 'json', '.'], {cwd})
    expect(second.code).toBe(1)
    expect(JSON.parse(second.stdout)[0].messages[0].message).toBe('FROM THE CACHE')
    expect(second.stderr).toBe('')
    const uncached = await runCli(['--format', 'json', '.'], {cwd})
    expect(JSON.parse(uncached.stdout)[0].messages[0].message).not.toBe('FROM THE CACHE')
  })

  it('--cache-location puts the cache elsewhere (and implies --cache)', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    await runCli(['--cache-location', '.cache/cd', 'a.txt'], {cwd})
    await markCachedResults(cwd, '.cache/cd')
    expect((await runCli(['--cache-location', '.cache/cd', 'a.txt'], {cwd})).stdout).toContain('FROM THE CACHE')
  })

  it('misses after a --rule change, a content change, or a different version', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    await runCli(['--cache', 'a.txt'], {cwd})
    await markCachedResults(cwd)
    const withRule = await runCli(['--cache', '--rule', 'no-repeated-word:warn', 'a.txt'], {cwd})
    expect(withRule.stdout).not.toContain('FROM THE CACHE')
    await markCachedResults(cwd)
    await writeFile(path.join(cwd, 'a.txt'), `${REPEATED}\n`)
    expect((await runCli(['--cache', '--rule', 'no-repeated-word:warn', 'a.txt'], {cwd})).stdout).not.toContain('FROM THE CACHE')
    await markCachedResults(cwd)
    const file = path.join(cwd, DEFAULT_CACHE_LOCATION, CACHE_FILE)
    await writeFile(file, (await readFile(file, 'utf8')).replace(/"version":"[^"]*"/, '"version":"0.0.0-older"'))
    expect((await runCli(['--cache', '--rule', 'no-repeated-word:warn', 'a.txt'], {cwd})).stdout).not.toContain('FROM THE CACHE')
  })

  it('warns on stderr about a corrupt cache and still lints and exits by the results', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    await mkdir(path.join(cwd, DEFAULT_CACHE_LOCATION), {recursive: true})
    await writeFile(path.join(cwd, DEFAULT_CACHE_LOCATION, CACHE_FILE), new Uint8Array([0xff, 0x00, 0x7b]))
    const {code, stdout, stderr} = await runCli(['--cache', 'a.txt'], {cwd})
    expect(code).toBe(1)
    expect(stdout).toContain('no-repeated-word')
    expect(stderr).toMatch(/^copydesk: ignoring the cache .*results\.json: it is not valid JSON/)
    expect((await runCli(['--cache', 'a.txt'], {cwd})).stderr).toBe('')
  })

  it('cannot be combined with --fix', async () => {
    const cwd = await fixtureDir({'a.txt': REPEATED})
    const {code, stderr} = await runCli(['--cache', '--fix', 'a.txt'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain("option '--cache' cannot be used with option '--fix'")
    expect(await readFile(path.join(cwd, 'a.txt'), 'utf8')).toBe(REPEATED)
  })
})
