/**
 * Timing for benchmarks on a shared, noisy machine: the median of a few runs, which one slow run
 * (another process, a garbage collection) cannot move.
 */
export async function medianTime(run: () => unknown, runs: number): Promise<number> {
  const times: number[] = []
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}
