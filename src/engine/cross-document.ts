/**
 * Cross-document rules: checks only a whole archive can make (the same article twice, a name the
 * archive spells one way and one article another). They split in two:
 *
 * - `collect` runs where the document is linted (in a worker) and returns compact, JSON-serialisable
 *   state: signatures and counts, never the text.
 * - `reducer` is created once per run (or per `copydesk merge`); it takes every document's state in
 *   input order as the state arrives, while later documents are still being linted, and returns the
 *   messages per document once all are in. One run, shards merged and `reduce` over a list all feed
 *   the same reducer, so they cannot disagree.
 */
import type {DocumentViews} from './document.js'
import {RuleError} from './errors.js'
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
  /** A reducer for one run: give it every document's state in input order, then ask for the messages. */
  reducer(options: Options): Reducer<State>
  /** The messages of a whole list of states at once (the reducer fed with each, then finished). */
  reduce(states: Iterable<CollectedState<State>>, options: Options): Iterable<DocumentMessages>
}

export interface Reducer<State> {
  /** The next document's state, in input order. */
  add(collected: CollectedState<State>): void
  /**
   * Messages per document, in input order, once every state is in (an array, or a generator so that
   * an archive of millions of documents never holds all its messages at once).
   */
  finish(): Iterable<DocumentMessages>
}

/** A cross-document rule from its metadata (the docs URL filled in, as `defineRule` does) and its two halves. */
export function defineCrossDocumentRule<State, Options extends object>(
  meta: RuleMetaInput<Options>,
  parts: CrossDocumentParts<State, Options>
): CrossDocumentRule<State, Options> {
  return crossDocumentRule({...meta, url: DOCS_BASE_URL + meta.id + '.md'}, parts)
}

type CrossDocumentParts<State, Options> = Pick<CrossDocumentRule<State, Options>, 'collect' | 'reducer' | 'stateFormat'>

/** A cross-document rule whose metadata is complete already: the archive half of a per-document rule shares that rule's `meta`. */
export function crossDocumentRule<State, Options>(meta: RuleMeta<Options>, parts: CrossDocumentParts<State, Options>): CrossDocumentRule<State, Options> {
  // A collector that throws is named, as `defineRule` names a per-document check that throws.
  const collect: CrossDocumentParts<State, Options>['collect'] = (doc, options) => {
    try {
      return parts.collect(doc, options)
    } catch (error) {
      throw new RuleError(meta.id, error)
    }
  }
  return {...parts, collect, meta, reduce: (states, options) => reduceAll(parts.reducer(options), states)}
}

function* reduceAll<State>(reducer: Reducer<State>, states: Iterable<CollectedState<State>>): Generator<DocumentMessages> {
  for (const collected of states) reducer.add(collected)
  yield* reducer.finish()
}
