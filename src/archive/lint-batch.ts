/**
 * The work of one batch of documents, as a pure function of plain data: the same code runs in a
 * pool worker (`worker.ts`) and, for `--jobs 1`, on the main thread. Each document is linted once
 * through `lintDocument`; the cross-document collectors then read the views that linting built.
 * Results and states come back as plain data, which is what crosses the thread boundary.
 */
import type {ResolvedConfig} from '../engine/config/types.js'
import type {DocumentViews} from '../engine/document.js'
import {lintDocument} from '../engine/lint-document.js'
import {internalErrorResult, makeResult} from '../engine/messages.js'
import {processorCache, type CopydeskProcessor} from '../engine/processor.js'
import {allRules} from '../rules/index.js'
import {crossDocumentRules} from '../rules/cross-document/index.js'
import {archiveResult} from './results.js'
import type {ArchiveDocument, ArchiveResult} from './types.js'

/** A cross-document rule to collect state for, with its archive-level options. */
export interface CollectorSetting {
  ruleId: string
  options: unknown
}

export interface BatchTask {
  /** The resolved configuration of every document of the batch (a batch never mixes configurations). */
  config: ResolvedConfig
  collectors: CollectorSetting[]
  documents: ArchiveDocument[]
}

export interface DocumentOutcome {
  result: ArchiveResult
  /** Cross-document state per rule id; absent for a document that was not linted. */
  states?: Record<string, unknown>
}

/** One processor per configuration, built on first use and kept for the life of the thread. */
const processorFor = processorCache(allRules)

const rulesById = new Map(crossDocumentRules.map((rule) => [rule.meta.id, rule]))

export function lintBatch(task: BatchTask): DocumentOutcome[] {
  const processor = processorFor(task.config)
  return task.documents.map((document) => lintOne(processor, task.collectors, document))
}

function lintOne(processor: CopydeskProcessor, collectors: CollectorSetting[], document: ArchiveDocument): DocumentOutcome {
  if (document.text === undefined) return {result: archiveResult(document, 'document', makeResult([], {fatal: {message: document.fatal ?? 'no text'}}))}
  const states: Record<string, unknown> = {}
  const collect = (views: DocumentViews) => {
    for (const {ruleId, options} of collectors) {
      const state = rulesById.get(ruleId)?.collect(views, options)
      if (state !== undefined) states[ruleId] = state
    }
  }
  try {
    const linted = lintDocument(processor, {source: document.text, format: document.format, path: document.path, sourceEncoding: document.sourceEncoding}, collect)
    return {result: archiveResult(document, 'document', linted), states}
  } catch (error) {
    // A rule crashed on this document: report it as not linted and keep going with the others. Any
    // error is caught here, not only a RuleError: the configuration was resolved before the run, so
    // nothing thrown for one record is the user's to mend, and one record must not stop an archive.
    return {result: archiveResult(document, 'document', internalErrorResult(error))}
  }
}
