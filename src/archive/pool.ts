/**
 * Where batches run: a tinypool of worker threads for `--jobs N` (N ≥ 2), or the main thread for
 * `--jobs 1`, where a pool would only add copying. Both run `lintBatch`, so results cannot differ.
 */
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Tinypool} from 'tinypool'
import {lintBatch, type BatchTask, type DocumentOutcome} from './lint-batch.js'

export interface BatchRunner {
  run(task: BatchTask): Promise<DocumentOutcome[]>
  /** Stops the workers; safe to call more than once. */
  close(): Promise<void>
}

export function createBatchRunner(jobs: number): BatchRunner {
  if (jobs <= 1) {
    return {run: async (task) => lintBatch(task), close: async () => {}}
  }
  // Workers inherit the process's Node flags; `--input-type` (of `node -e`) would stop them loading a file.
  const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'))
  const pool = new Tinypool({filename: workerModule(), minThreads: jobs, maxThreads: jobs, execArgv})
  // A worker that dies outside a task (it cannot load, it runs out of memory) is reported by the
  // pool as an 'error' event, which would end the process: fail the tasks waiting instead, so each
  // of their documents is reported as not linted and the run ends normally.
  let failure: Error | undefined
  const waiting = new Set<(error: Error) => void>()
  pool.on('error', (error: Error) => {
    failure = error
    for (const reject of waiting) reject(error)
    waiting.clear()
  })
  let closed: Promise<void> | undefined
  return {
    run: (task) =>
      new Promise<DocumentOutcome[]>((resolve, reject) => {
        if (failure) return reject(failure)
        waiting.add(reject)
        pool.run(task).then(resolve, reject).finally(() => waiting.delete(reject))
      }),
    close: () => (closed ??= pool.destroy())
  }
}

/**
 * The worker module, whichever form this code runs in: once built, `dist/archive/worker.js` (the
 * ESM build's entry; a worker thread loads it from the CommonJS build too), with this code in a
 * shared chunk at `dist/`, in `dist/cli/` or in `dist/index.cjs`; from the TypeScript sources
 * (tests, tsx), a plain-JS bootstrap beside this file that loads `worker.ts` through tsx.
 */
function workerModule(): string {
  const here = fileURLToPath(import.meta.url)
  const dir = path.dirname(here)
  const candidates =
    path.extname(here) === '.ts'
      ? [path.join(dir, 'worker-from-source.mjs')]
      : [path.join(dir, 'archive', 'worker.js'), path.join(dir, '..', 'archive', 'worker.js'), path.join(dir, 'worker.js')]
  const file = candidates.find((candidate) => existsSync(candidate))
  if (!file) throw new Error(`copydesk: the archive worker module is missing (looked for ${candidates.join(', ')})`)
  return file
}
