/**
 * `lintArchive`: the archive pipeline behind `copydesk archive.jsonl.gz` and the API.
 *
 * ```
 * inputs ─► documents ─► batches ─► worker pool ─► results, in input order ─► caller
 *  (streamed,     (by configuration,   (lintDocument +        │
 *   gzip sniffed)  ~32 documents)        collect states)      └─► states ─► reducers ─► cross-document results
 *                                                                   └─► state file (--save-state)
 * ```
 *
 * Everything is pulled: the caller's `for await` asks for the next result, which lets a batch
 * finish, which frees a slot for the next batch to be read. Per-document results stream out as they
 * finish; cross-document states go to the rules' reducers as they arrive, on the main thread while
 * the workers lint later batches, so only the reducers' final messages wait for the last document.
 * Memory does not grow with the archive beyond what the reducers keep (compact signatures and
 * counts, never texts).
 */
import os from 'node:os'
import path from 'node:path'
import type {ResolvedConfig} from '../engine/config/types.js'
import {createLinter, type LinterOptions} from '../engine/linter.js'
import {makeResult} from '../engine/messages.js'
import {archiveRun, type ArchiveRun} from './archive-run.js'
import {collectorSettings, CrossDocumentStage, enabledRules, settingsRecord} from './cross-document-stage.js'
import {resolveInputs, totalInputBytes} from './inputs.js'
import type {BatchTask, CollectorSetting, DocumentOutcome} from './lint-batch.js'
import {mapOrdered} from './ordered-map.js'
import {createBatchRunner, type BatchRunner} from './pool.js'
import {readDocuments} from './read-documents.js'
import {archiveResult, documentRef} from './results.js'
import {DEFAULT_FIELDS, DEFAULT_MAX_RECORD_BYTES, type RecordFields} from './records.js'
import {inShard, parseShard, type Shard} from './shard.js'
import {StateWriter, STATE_KIND, STATE_VERSION, type StateHeader} from './state-file.js'
import {SummaryCounter} from './summary.js'
import type {ArchiveDocument, ArchiveResult, ArchiveSummary} from './types.js'

export interface ArchiveOptions extends LinterOptions {
  /** Archive files (`.jsonl`, `.ndjson`, optionally `.gz`), plain files, folders, globs; `-` is `stdin`. */
  inputs: string[]
  /** Read for the `-` input, as JSON Lines (gzip recognised by its magic bytes). */
  stdin?: AsyncIterable<Uint8Array>
  /** Record fields: `textField` (default `text`), `idField` (default `id`, else the line number), `titleField`. */
  fields?: Partial<RecordFields>
  /** Worker threads; defaults to the number of cores. 1 lints on the calling thread. */
  jobs?: number
  /** Lint only this shard (`{index, count}` or `"K/N"`). */
  shard?: Shard | string
  /** Keep the cross-document state in this file, for `mergeStates`. */
  saveState?: string
  /** Records larger than this (bytes) are reported, not linted. */
  maxRecordBytes?: number
  /** Called after every batch, for progress display. */
  onProgress?: (progress: ArchiveProgress) => void
}

export interface ArchiveProgress {
  /** Documents whose results have been produced. */
  documents: number
  /** Raw (possibly compressed) input bytes read so far. */
  bytesRead: number
  /** Total input bytes, when known (not for stdin). */
  totalBytes?: number
}

/** A batch is cut at this many documents or bytes, whichever comes first. */
const BATCH_DOCUMENTS = 32
const BATCH_BYTES = 512 * 1024
/** Batches in flight per worker: enough to keep every worker busy while the main thread reads and writes. */
const BATCHES_PER_JOB = 3

export function lintArchive(options: ArchiveOptions): ArchiveRun {
  return archiveRun(() => run(options))
}

async function* run(options: ArchiveOptions): AsyncGenerator<ArchiveResult, ArchiveSummary> {
  const started = performance.now()
  const cwd = path.resolve(options.cwd ?? process.cwd())
  const linter = createLinter({...options, cwd})
  const shard = typeof options.shard === 'string' ? parseShard(options.shard) : options.shard
  const enabled = enabledRules(await linter.configForFile(undefined))
  const sources = await resolveInputs(options.inputs, cwd)
  const counter = new SummaryCounter()
  const progress: ArchiveProgress = {documents: 0, bytesRead: 0, totalBytes: totalInputBytes(sources)}
  const jobs = Math.max(1, Math.floor(options.jobs ?? os.availableParallelism()))
  const runner = createBatchRunner(jobs)
  const stage = new CrossDocumentStage(enabled)
  let writer: StateWriter | undefined
  try {
    if (options.saveState !== undefined) {
      const header: StateHeader = {kind: STATE_KIND, version: STATE_VERSION, rules: settingsRecord(enabled), inputs: options.inputs, ...(shard && {shard})}
      writer = new StateWriter(path.resolve(cwd, options.saveState), header)
    }
    const documents = readDocuments(sources, {
      fields: {...DEFAULT_FIELDS, ...options.fields},
      maxRecordBytes: options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES,
      stdin: options.stdin,
      keep: (ordinal) => inShard(shard, ordinal),
      onInputBytes: (bytes) => (progress.bytesRead += bytes)
    })
    const batches = toBatches(documents, configCache((file) => linter.configForFile(file)), collectorSettings(enabled))
    for await (const {task, outcomes} of mapOrdered(batches, (task) => runSafely(runner, task), jobs * BATCHES_PER_JOB)) {
      for (let index = 0; index < outcomes.length; index++) {
        const {result, states} = outcomes[index]
        counter.document(result, task.documents[index].bytes)
        if (states && Object.keys(states).length > 0) {
          const ref = documentRef(result)
          stage.add(ref, states)
          writer?.entry({ref, ...(result.errorCount > 0 && {errors: true as const}), states})
        }
        yield result
      }
      progress.documents += outcomes.length
      options.onProgress?.({...progress})
    }
    // The workers are done: free their memory before the reducers build their messages.
    await runner.close()
    writer?.finish(counter.finish(performance.now() - started))
    writer = undefined
    for (const result of stage.results()) {
      counter.crossDocument(result)
      yield result
    }
    return counter.finish(performance.now() - started)
  } finally {
    writer?.abandon()
    await runner.close()
  }
}

async function* toBatches(
  documents: AsyncIterable<ArchiveDocument>,
  configFor: (file: string | undefined) => Promise<ResolvedConfig>,
  collectors: CollectorSetting[]
): AsyncGenerator<BatchTask> {
  let batch: BatchTask | undefined
  let bytes = 0
  for await (const document of documents) {
    const config = await configFor(document.path)
    if (batch && (batch.config !== config || batch.documents.length >= BATCH_DOCUMENTS || bytes >= BATCH_BYTES)) {
      yield batch
      batch = undefined
    }
    if (!batch) {
      batch = {config, collectors, documents: []}
      bytes = 0
    }
    batch.documents.push(document)
    bytes += document.bytes
  }
  if (batch) yield batch
}

/** Resolved configuration per input file: an archive's records all share their file's. */
function configCache(resolve: (file: string | undefined) => Promise<ResolvedConfig>): (file: string | undefined) => Promise<ResolvedConfig> {
  const cache = new Map<string | undefined, Promise<ResolvedConfig>>()
  return (file) => {
    let config = cache.get(file)
    if (!config) {
      config = resolve(file)
      cache.set(file, config)
    }
    return config
  }
}

/** A batch's outcomes; if its worker dies, every document of the batch is reported as not linted. */
async function runSafely(runner: BatchRunner, task: BatchTask): Promise<{task: BatchTask; outcomes: DocumentOutcome[]}> {
  try {
    return {task, outcomes: await runner.run(task)}
  } catch (error) {
    const message = `internal error: the worker linting this document failed (${(error as Error).message})`
    return {
      task,
      outcomes: task.documents.map((document) => ({result: archiveResult(document, 'document', makeResult([], {fatal: {message}}))}))
    }
  }
}
