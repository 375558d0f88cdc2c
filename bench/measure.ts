/**
 * Timing and peak memory of one benchmark run inside a longer process. On Linux the kernel's own
 * high-water mark (`VmHWM`, reset through `/proc/self/clear_refs`) gives the exact peak resident set
 * of the whole process, worker threads included, even while the main thread is busy; elsewhere the
 * process-lifetime peak (`maxRSS`) stands in, which can only overstate a later run's peak.
 */
import {execFile} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {promisify} from 'node:util'

export interface Measured {
  elapsedMs: number
  /** CPU time of the whole process (every thread) during the run: on a shared machine, what the run really cost. */
  cpuSeconds: number
  documentsPerSecond: number
  megabytesPerSecond: number
  peakRssMb: number
}

function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5')
    return true
  } catch {
    return false
  }
}

function peakRssMb(exact: boolean): number {
  if (exact) {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match) return Number(match[1]) / 1024
  }
  return process.resourceUsage().maxRSS / 1024
}

export async function measure(documents: number, bytes: number, work: () => Promise<unknown>): Promise<Measured> {
  const exact = resetPeak()
  const started = performance.now()
  const cpu = process.cpuUsage()
  await work()
  const elapsedMs = performance.now() - started
  const used = process.cpuUsage(cpu)
  const seconds = elapsedMs / 1000
  return {elapsedMs, cpuSeconds: (used.user + used.system) / 1e6, documentsPerSecond: documents / seconds, megabytesPerSecond: bytes / 1e6 / seconds, peakRssMb: peakRssMb(exact)}
}

/**
 * A run in a child process that reports its own CPU time and peak resident set as a JSON line on
 * stdout (bench/process-report.mjs); the wall time, start-up included, is the parent's.
 */
export async function measureProcess(documents: number, bytes: number, command: string, args: readonly string[]): Promise<Measured> {
  const started = performance.now()
  const {stdout} = await promisify(execFile)(command, args, {maxBuffer: 1 << 20})
  const elapsedMs = performance.now() - started
  const reported = JSON.parse(stdout.trim().split('\n').pop()!) as {documents: number; cpuSeconds: number; peakRssMb: number}
  if (reported.documents !== documents) throw new Error(`bench: ${args.join(' ')} linted ${reported.documents} documents, not ${documents}`)
  const seconds = elapsedMs / 1000
  return {elapsedMs, cpuSeconds: reported.cpuSeconds, documentsPerSecond: documents / seconds, megabytesPerSecond: bytes / 1e6 / seconds, peakRssMb: reported.peakRssMb}
}
