/**
 * Cross-document rules: checks only a whole archive can make (the same article twice, a name the
 * archive spells one way and one article another). They split in two so that one run, a sharded run
 * and `copydesk merge` all share one `reduce` and cannot disagree:
 *
 * - `collect` runs where the document is linted (in a worker) and returns compact, JSON-serialisable
 *   state: signatures and counts, never the text.
 * - `reduce` runs once, over the states of every document of the run (or of all merged shards), in
 *   input order, and returns the messages per document.
 */
import type {DocumentViews} from './document.js'
import {DOCS_BASE_URL, type RuleMeta, type RuleMetaInput} from './rule.js'
import type {LintMessage} from './types.js'

/** Which document a state or message belongs to. */
export interface DocumentRef {
  /** Record id (archive) or path (files). */
  id: string
  /** The file the document came from (the archive file for records). */
  path?: string
  /** 1-based line of the record in its archive file. */
  recordLine?: number
  /** Position of the document in the input, for stable ordering across shards. */
  ordinal: number
}

export interface CollectedState<State> {
  ref: DocumentRef
  state: State
}

export interface DocumentMessages {
  ref: DocumentRef
  messages: LintMessage[]
}

export interface CrossDocumentRule<State = unknown, Options = any> {
  meta: RuleMeta<Options>
  /**
   * Names the shape of the states (e.g. MinHash parameters) when it can change between releases:
   * `copydesk merge` refuses to mix states of different formats.
   */
  stateFormat?: string
  collect(doc: DocumentViews, options: Options): State | undefined
  /**
   * Messages per document, in input order (an array, or a generator so that an archive of millions
   * of documents never holds all its messages at once).
   */
  reduce(states: Iterable<CollectedState<State>>, options: Options): Iterable<DocumentMessages>
}

/** A cross-document rule from its metadata (the docs URL filled in, as `defineRule` does) and its two halves. */
export function defineCrossDocumentRule<State, Options extends object>(
  meta: RuleMetaInput<Options>,
  parts: Pick<CrossDocumentRule<State, Options>, 'collect' | 'reduce' | 'stateFormat'>
): CrossDocumentRule<State, Options> {
  return {...parts, meta: {...meta, url: DOCS_BASE_URL + meta.id + '.md'}}
}
