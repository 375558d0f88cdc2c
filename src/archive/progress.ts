/**
 * The progress bar of an archive run on stderr (cli-progress): documents done, documents per
 * second, and an ETA from the share of input bytes read. Shown only on a terminal, and not with
 * `--no-progress`; piped or redirected stderr gets nothing, so logs stay clean.
 */
import cliProgress from 'cli-progress'
import type {ArchiveProgress} from './lint-archive.js'

export interface ProgressDisplay {
  update(progress: ArchiveProgress): void
  stop(): void
}

const SILENT: ProgressDisplay = {update() {}, stop() {}}

/** A bar on `stream` when it is a terminal and `enabled`; nothing otherwise. */
export function progressDisplay(stream: NodeJS.WriteStream | undefined, enabled: boolean): ProgressDisplay {
  if (!enabled || !stream?.isTTY) return SILENT
  const started = performance.now()
  let bar: cliProgress.SingleBar | undefined
  const payload = (progress: ArchiveProgress) => ({
    documents: progress.documents.toLocaleString('en-US'),
    rate: Math.round(progress.documents / Math.max((performance.now() - started) / 1000, 0.001)).toLocaleString('en-US')
  })
  return {
    update(progress) {
      if (!bar) {
        const known = progress.totalBytes !== undefined && progress.totalBytes > 0
        bar = new cliProgress.SingleBar({
          stream,
          format: known ? '{bar} {percentage}% | {documents} documents | {rate} documents/s | ETA {eta_formatted}' : '{documents} documents | {rate} documents/s',
          hideCursor: true,
          clearOnComplete: true,
          fps: 5,
          etaBuffer: 50
        })
        bar.start(known ? progress.totalBytes! : 0, 0, payload(progress))
      }
      bar.update(Math.min(progress.bytesRead, progress.totalBytes ?? progress.bytesRead), payload(progress))
    },
    stop() {
      bar?.stop()
    }
  }
}
