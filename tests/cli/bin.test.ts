/**
 * The executable as a user runs it: a real process, with real stdin, stdout and exit status, through
 * the `#!/usr/bin/env node` shebang (tsx loads the TypeScript, as the built JavaScript needs nothing).
 */
import {spawnSync, type SpawnSyncOptions} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {REPEATED, fixtureDir} from './run-cli.js'

const bin = fileURLToPath(new URL('../../src/cli/bin.ts', import.meta.url))
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href
const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version

function copydesk(argv: string[], options: SpawnSyncOptions) {
  const run = spawnSync(process.execPath, ['--import', tsx, bin, ...argv], {encoding: 'utf8', ...options})
  return {status: run.status, stdout: String(run.stdout), stderr: String(run.stderr)}
}

/** Many problems, so that the report is larger than a pipe buffer. */
const manyRepeats = (count: number) => Array.from({length: count}, (_, n) => `Item ${n} was the the best.\n\n`).join('')

describe('copydesk executable', () => {
  it('runs through its shebang', async () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node')
    const run = spawnSync(bin, ['--version'], {encoding: 'utf8', env: {...process.env, NODE_OPTIONS: `--import=${tsx}`}})
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(`${version}\n`)
  })

  it('lints piped stdin and exits 1 on an error', async () => {
    const cwd = await fixtureDir()
    const {status, stdout} = copydesk(['--format', 'json'], {cwd, input: REPEATED})
    expect(status).toBe(1)
    expect(JSON.parse(stdout)[0].messages[0]).toMatchObject({ruleId: 'no-repeated-word', line: 1, column: 8})
  })

  it('with no paths and stdin on /dev/null, says there is no input and exits 2', async () => {
    const cwd = await fixtureDir()
    const {status, stderr} = copydesk([], {cwd, stdio: ['ignore', 'pipe', 'pipe']})
    expect(status).toBe(2)
    expect(stderr).toContain('no input')
  })

  it('flushes a report larger than a pipe buffer before exiting', async () => {
    const cwd = await fixtureDir({'many.txt': manyRepeats(2000)})
    const {status, stdout} = copydesk(['--format', 'json', 'many.txt'], {cwd, maxBuffer: 64 * 1024 * 1024})
    expect(status).toBe(1)
    expect(JSON.parse(stdout)[0].messages).toHaveLength(2000)
  })

  it('stops quietly when the reader closes the pipe early', async () => {
    const cwd = await fixtureDir({'many.txt': manyRepeats(2000)})
    const command = `"${process.execPath}" --import "${tsx}" "${bin}" --format json many.txt | head -c 10`
    const run = spawnSync('sh', ['-c', command], {cwd, encoding: 'utf8'})
    expect(run.stdout).toBe('[{"path":"')
    expect(run.stderr).toBe('')
  })
})
