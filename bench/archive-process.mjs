/**
 * One `lintArchive` run in a process of its own, for bench/throughput.bench.ts: `--jobs 1` and
 * `--jobs 2` both start cold, as they do for a user, instead of `--jobs 1` reusing code the bench
 * process has long since compiled while every `--jobs 2` run starts fresh workers. Plain JavaScript
 * on the built package, so the process compiles nothing a user's would not.
 *
 * Usage: node bench/archive-process.mjs FILE JOBS CONFIG_JSON. Prints one JSON line (process-report.mjs).
 */
import {lintArchive} from '../dist/index.js'
import {reportProcess} from './process-report.mjs'

const [file, jobs, config] = process.argv.slice(2)
let documents = 0
for await (const result of lintArchive({inputs: [file], jobs: Number(jobs), config: JSON.parse(config)})) {
  if (result.stage === 'document') documents++
}
reportProcess(documents)
