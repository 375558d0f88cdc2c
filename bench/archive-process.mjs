/**
 * One `lintArchive` run in a process of its own, for bench/throughput.bench.ts: `--jobs 1` and
 * `--jobs 2` both start cold, as they do for a user, instead of `--jobs 1` reusing code the bench
 * process has long since compiled while every `--jobs 2` run starts fresh workers. Plain JavaScript
 * on the built package, so the process compiles nothing a user's would not.
 *
 * Usage: node bench/archive-process.mjs FILE JOBS CONFIG_JSON. Prints one JSON line: documents
 * linted, CPU seconds of the whole process (every thread, start-up included) and its peak resident
 * set in MB (the kernel's high-water mark where there is one).
 */
import {readFileSync} from 'node:fs'
import {lintArchive} from '../dist/index.js'

const [file, jobs, config] = process.argv.slice(2)
let documents = 0
for await (const result of lintArchive({inputs: [file], jobs: Number(jobs), config: JSON.parse(config)})) {
  if (result.stage === 'document') documents++
}
const cpu = process.cpuUsage()
let peakRssMb = process.resourceUsage().maxRSS / 1024
try {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
  if (match) peakRssMb = Number(match[1]) / 1024
} catch {
  // Not Linux: the lifetime maximum above is the peak.
}
process.stdout.write(JSON.stringify({documents, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb}) + '\n')
