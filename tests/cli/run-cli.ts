/**
 * Runs the CLI in-process through `main()`, with captured stdout and stderr, a fake stdin, and
 * fixtures in a fresh temporary folder.
 */
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach} from 'vitest'
import {main} from '../../src/cli/main.js'
import type {CliIo} from '../../src/cli/io.js'
import type {Config} from '../../src/engine/config/types.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  /** Text or bytes on stdin; when given, stdin counts as piped. */
  stdin?: string | Uint8Array
  /** Pretend stdout is a colour terminal. */
  color?: boolean
}

export async function runCli(argv: string[], options: RunOptions): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => (typeof options.stdin === 'string' ? new TextEncoder().encode(options.stdin) : (options.stdin ?? new Uint8Array())),
    stdinPiped: options.stdin !== undefined,
    color: options.color ?? false,
    cwd: options.cwd,
    debug: false
  }
  const code = await main(argv, io)
  return {code, stdout, stderr}
}

const created: string[] = []

afterEach(async () => {
  await Promise.all(created.splice(0).map((dir) => rm(dir, {recursive: true, force: true})))
})

/**
 * Configuration with `no-repeated-word` alone, so that what these tests expect does not move as rules
 * are added to the recommended preset. Spread it into a fixture's own configuration.
 */
export const ISOLATED: Config = {extends: [], rules: {'no-repeated-word': 'error'}}

/**
 * A temporary folder holding `files` (path → content), removed after the test. Unless `files` has its
 * own `.copydeskrc.json`, one with the `ISOLATED` configuration is added.
 */
export async function fixtureDir(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'copydesk-cli-'))
  created.push(dir)
  for (const [name, content] of Object.entries({'.copydeskrc.json': JSON.stringify(ISOLATED), ...files})) {
    const file = path.join(dir, name)
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(file, content)
  }
  return dir
}

/** A sentence with one `no-repeated-word` error (fixable: "the the" → "the"). */
export const REPEATED = 'It was the the best of times.\n'
export const REPEATED_FIXED = 'It was the best of times.\n'
export const CLEAN = 'The council approved the budget on Tuesday.\n'
