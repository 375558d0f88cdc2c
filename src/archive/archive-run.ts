/**
 * The shape `lintArchive` and `mergeStates` return: results to iterate, and the summary once the
 * iteration is over. Results are pulled, so nothing runs until the caller iterates.
 */
import type {ArchiveResult, ArchiveSummary} from './types.js'

export interface ArchiveRun extends AsyncIterable<ArchiveResult> {
  /** Resolves once the results have been iterated to the end (rejects if the run failed). */
  readonly summary: Promise<ArchiveSummary>
}

/** An `ArchiveRun` over a generator that yields the results and returns the summary. */
export function archiveRun(produce: () => AsyncGenerator<ArchiveResult, ArchiveSummary>): ArchiveRun {
  let settle!: {resolve: (summary: ArchiveSummary) => void; reject: (error: unknown) => void}
  const summary = new Promise<ArchiveSummary>((resolve, reject) => (settle = {resolve, reject}))
  // A caller that only iterates must not see an unhandled rejection; the iteration throws anyway.
  summary.catch(() => {})
  return {
    summary,
    async *[Symbol.asyncIterator]() {
      try {
        settle.resolve(yield* produce())
      } catch (error) {
        settle.reject(error)
        throw error
      }
    }
  }
}
