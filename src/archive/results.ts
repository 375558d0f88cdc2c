/**
 * Building archive results: the document's identity first (path, id, record line, title), then the
 * lint result, which is the order a person scans a JSON Lines report in.
 */
import type {DocumentRef} from '../engine/cross-document.js'
import type {LintResult} from '../engine/types.js'
import type {ArchiveResult} from './types.js'

export interface DocumentIdentity {
  path?: string
  id: string
  recordLine?: number
  title?: string
  ordinal: number
}

export function archiveResult(document: DocumentIdentity, stage: ArchiveResult['stage'], linted: LintResult): ArchiveResult {
  return {
    ...(document.path !== undefined && {path: document.path}),
    id: document.id,
    ...(document.recordLine !== undefined && {recordLine: document.recordLine}),
    ...(document.title !== undefined && {title: document.title}),
    ordinal: document.ordinal,
    stage,
    ...linted
  }
}

/** The reference a cross-document state carries: enough to name the document, never its text. */
export function documentRef(document: DocumentIdentity): DocumentRef {
  return {
    id: document.id,
    ...(document.path !== undefined && {path: document.path}),
    ...(document.recordLine !== undefined && {recordLine: document.recordLine}),
    ordinal: document.ordinal
  }
}
