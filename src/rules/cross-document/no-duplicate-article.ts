/**
 * `no-duplicate-article`: the same article twice in an archive. Exact copies (equal after the
 * fingerprint normalisation: case, accents, punctuation and spacing set aside) are objective damage
 * and an `error`; near-copies (most of the shorter article's 3-word sequences found in the other: a
 * republished story with words changed or a paragraph cut) may be a legitimate update, so they are a
 * `warning`.
 *
 * Collect keeps, per document, a 64-bit hash of its comparison form, a 256-byte MinHash signature
 * of its 3-word shingles and the number of distinct shingles; the reduce walks the documents in input
 * order, finds earlier exact copies through a hash table and near-copies through LSH banding (each
 * candidate verified on the whole signature), and joins copies into clusters whose earliest member is
 * the one every later copy is reported against. Linear in the number of documents; no text is kept.
 */
import type {CollectedState, DocumentMessages, Reducer} from '../../engine/cross-document.js'
import {defineCrossDocumentRule} from '../../engine/cross-document.js'
import type {DocumentViews} from '../../engine/document.js'
import {sequenceHash, shingleHashes, uniqueSortedInPlace} from '../../engine/fingerprint.js'
import {documentTokenSpans} from '../duplication/token-spans.js'
import type {LintMessage, RelatedLocation} from '../../engine/types.js'
import {EarliestFirstClusters} from './clusters.js'
import {DocumentRefs, int32Column} from './columns.js'
import {identitiesDiffer, identitySketch, IDENTITY_KEPT, type IdentitySketch} from './identity.js'
import {LshIndex} from './lsh-index.js'
import {containmentFromJaccard, estimateJaccard, minhashSignature} from './minhash.js'
import {SignatureStore} from './signature-store.js'

/**
 * The near-duplicate parameters, chosen by measurement (docs/rules/no-duplicate-article.md):
 * 3-word shingles, a 128-bin signature, 64 bands of 2 bins. A copy with 5–15% of its words edited
 * keeps only a third of its 5-word shingles (each edit breaks five), so the large-corpus
 * deduplicators' 5-word shingles and Jaccard threshold of 0.7 find none of those copies; 3-word
 * shingles keep about half, and the share of the shorter article's shingles found in the longer
 * (containment) stays high when a paragraph was cut. Bands of two bins make a pair of Jaccard 0.25 a
 * candidate 98% of the time. They are constants, not options: states from different runs and shards
 * must be comparable, and `STATE_FORMAT` names them so that `merge` refuses a mix.
 */
export const SHINGLE_WORDS = 3
export const BINS = 128
export const BANDS = 64
const STATE_FORMAT = `oph-${SHINGLE_WORDS}w-${BINS}x16bit-${BANDS}b-identity`

export interface NoDuplicateArticleOptions {
  /** Report near-duplicates as well as exact ones. */
  nearDuplicates: boolean
  /** Estimated share of the shorter article's 3-word shingles found in the other, from which two articles are near-duplicates. */
  threshold: number
  /** Articles with fewer words are checked for exact copies only: short texts share templates, not stories. */
  minWords: number
}

export interface DuplicateState {
  /** 64-bit hash (hex) of the comparison form. */
  hash: string
  /** Base64 MinHash signature (16-bit values, little-endian); absent when the article has too few words for near-duplicate checks. */
  signature?: string
  /** Number of distinct shingles, with the signature: what containment is estimated from. */
  shingles?: number
  /** The names and figures of the article (see `identity.ts`), with the signature. */
  identity?: IdentitySketch
  /** End of the first paragraph, `[line, column, offset]`: the span messages point at. */
  lede: [number, number, number]
}

const HASH_SEEDS = [0, 0x5bd1e995]

function collect(doc: DocumentViews, options: NoDuplicateArticleOptions): DuplicateState {
  const first = doc.paragraphs[0]
  const end = doc.lines.point(first ? first.end : doc.text.length)
  // The word tokens of the whole text, from the pass the duplication rules share.
  const spans = documentTokenSpans(doc)
  const {hashes} = spans.of({start: 0, end: doc.text.length, text: doc.text})
  const state: DuplicateState = {hash: exactHash(hashes), lede: [end.line, end.column, end.offset]}
  if (!options.nearDuplicates || hashes.length < options.minWords) return state
  const shingles = uniqueSortedInPlace(shingleHashes(hashes, SHINGLE_WORDS))
  const signature = minhashSignature(shingles, BINS)
  if (signature) {
    state.signature = Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString('base64')
    state.shingles = shingles.length
    state.identity = identitySketch(doc.text, spans.table)
  }
  return state
}

/** A 64-bit hash (hex) of the comparison form (`normaliseForComparison`), from its token hashes. */
function exactHash(tokenHashes: Uint32Array): string {
  return HASH_SEEDS.map((seed) => sequenceHash(tokenHashes, seed).toString(16).padStart(8, '0')).join('')
}

interface NearMatch {
  match: number
  similarity: number
}

function reducer(options: NoDuplicateArticleOptions): Reducer<DuplicateState> {
  // Per-document facts live in typed columns (see columns.ts): they are held for the whole run.
  const refs = new DocumentRefs()
  /** `[line, column, offset]` of each document's lede end, flat. */
  const ledes = int32Column()
  const clusters = new EarliestFirstClusters()
  const firstByHash = new Map<string, number>()
  /** The earlier document each exact copy repeats, -1 for none. */
  const exactOf = int32Column()
  const nearOf = new Map<number, NearMatch>()
  const signatures = new SignatureStore(BINS, (length) => new Uint16Array(length))
  const identities = new SignatureStore(IDENTITY_KEPT, (length) => new Uint32Array(length))
  /** Slot of each document's signature in `signatures` and `identities`, -1 when it has none. */
  const slots = int32Column()
  /** Distinct shingles and identity tokens of each document (0 when it has no signature). */
  const sizes = int32Column()
  const identityCounts = int32Column()
  const lsh = new LshIndex(BINS, BANDS, (other, word) => signatures.wordAt(slots.get(other), word))

  /** Each document is matched against the earlier ones as it arrives, so the index is built while the run lints. */
  const add = ({ref, state}: CollectedState<DuplicateState>): void => {
    const doc = clusters.add()
    refs.add(ref)
    slots.push(-1)
    sizes.push(state.shingles ?? 0)
    identityCounts.push(state.identity?.count ?? 0)
    for (const value of state.lede) ledes.push(value)
    const first = firstByHash.get(state.hash)
    exactOf.push(first ?? -1)
    if (first !== undefined) {
      clusters.join(doc, first)
      return
    }
    firstByHash.set(state.hash, doc)
    if (!options.nearDuplicates || state.signature === undefined) return
    const signature = decodeSignature(state.signature)
    if (signature.length !== BINS) return
    slots.set(doc, signatures.add(signature))
    identities.add(state.identity?.hashes ?? [], 0xffffffff)
    const identityOf = (member: number) => ({hashes: identities.get(slots.get(member)), count: identityCounts.get(member)})
    const mine = identityOf(doc)
    const similarity = (other: number) => {
      // Reports of one template about another company, amount or date are different news, however alike their wording.
      if (identitiesDiffer(mine, identityOf(other))) return 0
      return containmentFromJaccard(estimateJaccard(signature, signatures.get(slots.get(other))), sizes.get(doc), sizes.get(other))
    }
    const best = bestEarlierMatch(doc, lsh.addAndFindCandidates(doc), similarity, options.threshold)
    if (best) {
      nearOf.set(doc, best)
      clusters.join(doc, best.match)
    }
  }

  /** Cluster sizes are known only at the end, so the messages wait for every document. */
  function* finish(): Generator<DocumentMessages> {
    const clusterSizes = clusters.sizes()
    const exactCopies = new Int32Array(refs.length).fill(1)
    for (let doc = 0; doc < refs.length; doc++) {
      const first = exactOf.get(doc)
      if (first !== -1) exactCopies[first]++
    }
    const place = (doc: number) => ({line: ledes.get(doc * 3), column: ledes.get(doc * 3 + 1), offset: ledes.get(doc * 3 + 2)})
    const related = (doc: number, message: string): RelatedLocation => {
      const end = place(doc)
      const {id, path} = refs.get(doc)
      const location: RelatedLocation = {message, documentId: id, line: 1, column: 1, offset: 0, endLine: end.line, endColumn: end.column, endOffset: end.offset}
      if (path !== undefined) location.path = path
      return location
    }
    const messageAt = (doc: number, fields: Pick<LintMessage, 'severity' | 'message' | 'note' | 'related'>): DocumentMessages => {
      const end = place(doc)
      return {ref: refs.get(doc), messages: [{ruleId: noDuplicateArticle.meta.id, url: noDuplicateArticle.meta.url, line: 1, column: 1, offset: 0, endLine: end.line, endColumn: end.column, endOffset: end.offset, ...fields}]}
    }
    const idOf = (doc: number) => refs.get(doc).id

    for (let doc = 0; doc < refs.length; doc++) {
      const first = exactOf.get(doc)
      if (first !== -1) {
        yield messageAt(doc, {
          severity: noDuplicateArticle.meta.severity,
          message: `Exact duplicate of article \`${idOf(first)}\`, the earliest of ${exactCopies[first]} articles with this text`,
          note: 'The same text appears earlier in the archive: keep one copy.',
          related: [related(first, 'earliest copy')]
        })
        continue
      }
      const near = nearOf.get(doc)
      if (!near) continue
      const earliest = clusters.find(doc)
      // Not an exact copy, so never "100%" even when every signature position agrees.
      const similar = `${Math.min(99, Math.floor(near.similarity * 100))}% similar`
      const message =
        near.match === earliest
          ? `Near-duplicate of article \`${idOf(earliest)}\` (${similar}), the earliest of ${clusterSizes[earliest]} similar articles`
          : `Near-duplicate of article \`${idOf(near.match)}\` (${similar}); the earliest of these ${clusterSizes[earliest]} similar articles is \`${idOf(earliest)}\``
      const locations = [related(earliest, 'earliest similar article')]
      if (near.match !== earliest) locations.push(related(near.match, 'most similar earlier article'))
      yield messageAt(doc, {
        severity: 'warning',
        message,
        note: 'Most of this article repeats an earlier one: if it is an update or a correction, say so; otherwise keep one version.',
        related: locations
      })
    }
  }

  return {add, finish}
}

/** A state's signature; the bytes are copied, so the view is aligned whatever base64 decoding gave. */
function decodeSignature(base64: string): Uint16Array {
  const bytes = Buffer.from(base64, 'base64')
  const values = new Uint16Array(bytes.length >> 1)
  for (let index = 0; index < values.length; index++) values[index] = bytes.readUInt16LE(index * 2)
  return values
}

/** The most similar earlier candidate at or above `threshold`, each candidate checked once. */
function bestEarlierMatch(doc: number, candidates: number[], similarityTo: (other: number) => number, threshold: number): NearMatch | undefined {
  let best: NearMatch | undefined
  const seen = new Set<number>()
  for (const candidate of candidates) {
    if (candidate === doc || seen.has(candidate)) continue
    seen.add(candidate)
    const similarity = similarityTo(candidate)
    if (similarity >= threshold && (!best || similarity > best.similarity || (similarity === best.similarity && candidate < best.match))) {
      best = {match: candidate, similarity}
    }
  }
  return best
}

export const noDuplicateArticle = defineCrossDocumentRule<DuplicateState, NoDuplicateArticleOptions>(
  {
    id: 'no-duplicate-article',
    family: 'cross-document',
    description: 'Disallow the same article twice in an archive: exact copies (error) and near-copies (warning)',
    severity: 'error',
    fixable: false,
    recommended: true,
    schema: {
      type: 'object',
      properties: {
        nearDuplicates: {type: 'boolean'},
        threshold: {type: 'number', minimum: 0.3, maximum: 1},
        minWords: {type: 'integer', minimum: 0}
      },
      additionalProperties: false
    },
    defaultOptions: {nearDuplicates: true, threshold: 0.55, minWords: 50}
  },
  {collect, reducer, stateFormat: STATE_FORMAT}
)
