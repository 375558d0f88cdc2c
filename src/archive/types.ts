/**
 * The plain data of an archive run: documents read from the inputs, results written as they
 * finish, and the run's summary. Everything here crosses worker threads and goes into JSON as is.
 */
import type {InputFormat} from '../inputs/types.js'
import type {LintResult} from '../engine/types.js'

/** One document of an archive run, or the reason a record of the input could not become one. */
export interface ArchiveDocument {
  /** Position in the whole input (every record and file counts, readable or not): orders output and picks shards. */
  ordinal: number
  /** Record id (`--id-field`, else the line number) or, for a plain file, its path. */
  id: string
  /** The archive file (or plain file) the document came from; absent for stdin. */
  path?: string
  /** 1-based line of the record in its archive. */
  recordLine?: number
  title?: string
  format: InputFormat
  /** The text to lint; absent when the record could not be read. */
  text?: string
  /** The encoding a plain file was decoded from when it was not UTF-8 (for the `valid-utf8` rule). */
  sourceEncoding?: string
  /** Why the record could not be read, naming the problem; such a document is reported, not linted. */
  fatal?: string
  /** Bytes of input the document took, for throughput figures. */
  bytes: number
}

/** A result of an archive run: a document's own messages, or (at the end) its cross-document ones. */
export interface ArchiveResult extends LintResult {
  ordinal: number
  id: string
  recordLine?: number
  title?: string
  /**
   * `document` results stream in input order as documents are linted; `cross-document` results
   * (duplicates, name variants across the archive) follow once every document has been seen, so a
   * document may have one result of each stage.
   */
  stage: 'document' | 'cross-document'
}

/** Figures of a run, printed at its end and saved with the cross-document state. */
export interface ArchiveSummary {
  /** Every record and file of the input (in this shard), readable or not. */
  documents: number
  /** Documents that could not be read or linted (bad records); each has a fatal result. */
  unreadable: number
  /** Messages per rule id, both stages. */
  messagesByRule: Record<string, number>
  errorCount: number
  warningCount: number
  infoCount: number
  documentsWithErrors: number
  /** Input bytes (uncompressed) of the documents. */
  bytes: number
  /** Wall time of the run in milliseconds. */
  elapsedMs: number
}
