/**
 * Batch linting of article archives: `lintArchive` streams documents through a worker pool and the
 * cross-document stage; `mergeStates` joins the saved states of shards. See docs/archive.md.
 */
export {lintArchive} from './lint-archive.js'
export type {ArchiveOptions, ArchiveProgress} from './lint-archive.js'
export {mergeStates} from './merge.js'
export type {ArchiveRun} from './archive-run.js'
export {formatSummary, throughput} from './summary.js'
export {parseShard} from './shard.js'
export type {Shard} from './shard.js'
export {DEFAULT_FIELDS, DEFAULT_MAX_RECORD_BYTES} from './records.js'
export type {RecordFields} from './records.js'
export type {ArchiveDocument, ArchiveResult, ArchiveSummary} from './types.js'
