/**
 * The last line a bench child process prints (bench/archive-process.mjs, bench/bare-parse-process.mjs),
 * read by `measureProcess` in bench/measure.ts: documents handled, CPU seconds of the whole process
 * (every thread, start-up included) and its peak resident set in MB (the kernel's high-water mark
 * where there is one).
 */
import {readFileSync} from 'node:fs'

export function reportProcess(documents) {
  const cpu = process.cpuUsage()
  let peakRssMb = process.resourceUsage().maxRSS / 1024
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match) peakRssMb = Number(match[1]) / 1024
  } catch {
    // Not Linux: the lifetime maximum above is the peak.
  }
  process.stdout.write(JSON.stringify({documents, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb}) + '\n')
}
