/**
 * `copydesk --init`: a starter configuration that loads as it is, on the recommended preset, and a
 * refusal to overwrite or shadow an existing configuration.
 */
import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {INIT_FILE} from '../../src/cli/init.js'
import {loadConfigFile, presetConfig, resolveConfig, rules} from '../../src/index.js'
import {runCli} from '../cli/run-cli.js'

const emptyDir = () => mkdtemp(path.join(tmpdir(), 'copydesk-init-'))

describe('copydesk --init', () => {
  it('writes a copydesk.config.json that loads, validates and resolves to the recommended preset', async () => {
    const cwd = await emptyDir()
    const {code, stdout, stderr} = await runCli(['--init'], {cwd})
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain(`Wrote ${INIT_FILE}`)
    const loaded = await loadConfigFile(path.join(cwd, INIT_FILE))
    expect(loaded.config.extends).toBe('recommended')
    expect(resolveConfig(loaded.config)).toEqual(presetConfig('recommended'))
  })

  it('explains how to turn rules off, and names every rule', async () => {
    const cwd = await emptyDir()
    await runCli(['--init'], {cwd})
    const notes: string[] = JSON.parse(await readFile(path.join(cwd, INIT_FILE), 'utf8')).$comment
    expect(notes.some((line) => line.includes('"off"'))).toBe(true)
    const text = notes.join('\n')
    for (const meta of rules) expect(text).toContain(meta.id)
  })

  it('the written file is used by the next run (turning a rule off there works)', async () => {
    const cwd = await emptyDir()
    await runCli(['--init'], {cwd})
    await writeFile(path.join(cwd, 'a.txt'), 'It was the the best of times.\n')
    expect((await runCli(['a.txt'], {cwd})).code).toBe(1)
    const file = path.join(cwd, INIT_FILE)
    const config = JSON.parse(await readFile(file, 'utf8'))
    config.rules['no-repeated-word'] = 'off'
    await writeFile(file, JSON.stringify(config))
    // Named with --config: discovery reads a folder's configuration once per process, and this test is one process.
    expect((await runCli(['--config', INIT_FILE, 'a.txt'], {cwd})).code).toBe(0)
  })

  it('refuses to overwrite an existing copydesk.config.json: exit 2, a clear message, the file untouched', async () => {
    const cwd = await emptyDir()
    const mine = '{"rules": {"no-repeated-word": "off"}}\n'
    await writeFile(path.join(cwd, INIT_FILE), mine)
    const {code, stdout, stderr} = await runCli(['--init'], {cwd})
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`copydesk: --init: ${INIT_FILE} already exists; not writing ${INIT_FILE} (edit the existing configuration, or remove it first)\n`)
    expect(await readFile(path.join(cwd, INIT_FILE), 'utf8')).toBe(mine)
  })

  it.each([
    ['.copydeskrc.json', '{}', 'this folder is already configured by .copydeskrc.json'],
    ['.copydeskrc', 'rules: {}\n', 'this folder is already configured by .copydeskrc'],
    ['package.json', '{"name": "x", "copydesk": {}}', 'the "copydesk" key of package.json']
  ])('refuses when %s already configures the folder', async (name, content, message) => {
    const cwd = await emptyDir()
    await writeFile(path.join(cwd, name), content)
    const {code, stderr} = await runCli(['--init'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain(message)
    await expect(readFile(path.join(cwd, INIT_FILE))).rejects.toThrow(/ENOENT/)
  })

  it('writes beside a package.json that has no copydesk key', async () => {
    const cwd = await emptyDir()
    await writeFile(path.join(cwd, 'package.json'), '{"name": "x"}')
    expect((await runCli(['--init'], {cwd})).code).toBe(0)
  })

  it('takes no paths', async () => {
    const cwd = await emptyDir()
    const {code, stderr} = await runCli(['--init', 'articles/'], {cwd})
    expect(code).toBe(2)
    expect(stderr).toContain('--init takes no paths')
  })
})
