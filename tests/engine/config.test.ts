import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigError, createLinter, loadConfig, loadConfigFile, validateConfig} from '../../src/index.js'

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'copydesk-config-'))
}

describe('configuration discovery', () => {
  it.each([
    ['copydesk.config.json', JSON.stringify({rules: {'no-repeated-word': 'warn'}})],
    ['copydesk.config.mjs', "export default {rules: {'no-repeated-word': 'warn'}}"],
    ['copydesk.config.js', "export default {rules: {'no-repeated-word': 'warn'}}"],
    ['.copydeskrc', 'rules:\n  no-repeated-word: warn\n'],
    ['.copydeskrc.json', JSON.stringify({rules: {'no-repeated-word': 'warn'}})],
    ['.copydeskrc.yaml', 'rules:\n  no-repeated-word: warn\n'],
    ['package.json', JSON.stringify({name: 'x', type: 'module', copydesk: {rules: {'no-repeated-word': 'warn'}}})]
  ])('finds %s', async (name, content) => {
    const dir = await tempDir()
    await writeFile(path.join(dir, name), content)
    if (name.endsWith('.js')) await writeFile(path.join(dir, 'package.json'), JSON.stringify({type: 'module'}))
    const loaded = await loadConfig(dir)
    expect(loaded.filepath).toBe(path.join(dir, name))
    expect(loaded.config.rules).toEqual({'no-repeated-word': 'warn'})
  })

  it('uses the configuration nearest to each file', async () => {
    const dir = await tempDir()
    await mkdir(path.join(dir, 'sub'))
    await writeFile(path.join(dir, '.copydeskrc.json'), JSON.stringify({rules: {'no-repeated-word': 'warn'}}))
    await writeFile(path.join(dir, 'sub', '.copydeskrc.json'), JSON.stringify({rules: {'no-repeated-word': 'off'}}))
    await writeFile(path.join(dir, 'top.txt'), 'The the top.')
    await writeFile(path.join(dir, 'sub', 'deep.txt'), 'The the deep.')
    const results = await createLinter({cwd: dir}).lintFiles(['.'])
    const byPath = Object.fromEntries(results.map((result) => [result.path, result.messages.map((message) => message.severity)]))
    expect(byPath).toEqual({'top.txt': ['warning'], 'sub/deep.txt': []})
  })

  it('loads a named file with --config, ignoring discovery', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, '.copydeskrc.json'), JSON.stringify({rules: {'no-repeated-word': 'off'}}))
    await writeFile(path.join(dir, 'custom.json'), JSON.stringify({rules: {'no-repeated-word': 'info'}}))
    const linter = createLinter({cwd: dir, configFile: 'custom.json'})
    expect((await linter.lintText('The the end.', {path: 'a.txt'})).messages.map((message) => message.severity)).toEqual(['info'])
  })

  it('applies overrides relative to the configuration file', async () => {
    const dir = await tempDir()
    await mkdir(path.join(dir, 'drafts'))
    await writeFile(path.join(dir, '.copydeskrc.json'), JSON.stringify({overrides: [{files: 'drafts/*.txt', rules: {'no-repeated-word': 'off'}}]}))
    await writeFile(path.join(dir, 'drafts', 'a.txt'), 'The the draft.')
    await writeFile(path.join(dir, 'b.txt'), 'The the final.')
    const results = await createLinter({cwd: dir}).lintFiles(['.'])
    expect(Object.fromEntries(results.map((result) => [result.path, result.messages.length]))).toEqual({'drafts/a.txt': 0, 'b.txt': 1})
  })

  it('falls back to the recommended preset when there is no configuration', async () => {
    const dir = await tempDir()
    expect(await loadConfig(dir)).toEqual({config: {}})
  })
})

describe('configuration errors name the file, the key and what was expected', () => {
  it.each([
    [{rules: {'no-repeated-wrd': 'error'}}, /cfg\.json: rules\["no-repeated-wrd"\]: unknown rule id; did you mean "no-repeated-word"\?/],
    [{rules: {'no-repeated-word': 'loud'}}, /cfg\.json: rules\["no-repeated-word"\]: bad severity "loud"; expected "off", "info", "warn", "error"/],
    [{rules: {'no-repeated-word': ['warn', {nonsense: true}]}}, /cfg\.json: rules\["no-repeated-word"\]\[1\]\.nonsense: unknown key/],
    [{rulez: {}}, /cfg\.json: rulez: unknown key; expected one of/],
    [{extends: 'strict'}, /cfg\.json: extends: /],
    [{overrides: [{rules: {}}]}, /cfg\.json: overrides\[0\]: expected must have required property 'files'/],
    [{overrides: [{files: '*.md', rules: {nope: 'off'}}]}, /cfg\.json: overrides\[0\]\.rules\["nope"\]: unknown rule id/]
  ])('%j', (config, pattern) => {
    expect(() => validateConfig(config, 'cfg.json')).toThrow(ConfigError)
    expect(() => validateConfig(config, 'cfg.json')).toThrow(pattern)
  })

  it('reports a file that cannot be parsed', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, '.copydeskrc.json'), '{"rules": ')
    await expect(loadConfig(dir)).rejects.toThrow(/\.copydeskrc\.json: \(file\): cannot be read or parsed/)
  })

  it('reports a --config file that does not exist', async () => {
    await expect(loadConfigFile('/nonexistent/copydesk.json')).rejects.toThrow(/copydesk\.json: \(file\): cannot be read or parsed/)
  })

  it('reports invalid configuration found by discovery with the file name', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, '.copydeskrc.yaml'), 'rules:\n  no-such-rule: warn\n')
    await expect(loadConfig(dir)).rejects.toThrow(/\.copydeskrc\.yaml: rules\["no-such-rule"\]: unknown rule id/)
  })
})
