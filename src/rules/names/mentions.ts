/**
 * Name mentions: a shared, lazily computed view of a document, like `doc.sentences`. Any rule that
 * needs the people, places and organisations an article names reads `nameMentions(doc)`; the first
 * call computes it from the shared word view and caches it per document.
 *
 * A mention is a run of capitalised words (with initials such as `S.` and particles such as `bin`,
 * `al-`, `de`, `van`, or an `O'` written apart, inside it), separated only by spaces or one line break, with titles, honorifics
 * and nationality adjectives stripped from its front ("Russian Foreign Minister Sergei Lavrov" →
 * "Sergei Lavrov") and possessive endings from its end (`Lavrov's`, `Lavrov"s`).
 *
 * A sentence-initial capitalised word counts as a name when the same spelling is capitalised
 * mid-sentence elsewhere in the document, or when it is not an ordinary English word at all
 * (`common-words.ts`): "However" and "Showers" start sentences and are dropped, "Lavrov said" keeps
 * its name even where it is the only sentence that uses it (a misspelled mention is exactly such a
 * word, and it starts a sentence as often as any other).
 */
import {documentView, type DocumentViews, type Word} from '../../engine/document.js'
import {isWhiteSpace} from '../../engine/characters.js'
import {isInflectedCommonWord} from './common-words.js'
import {CALENDAR_WORDS, DEMONYMS, MULTI_WORD_DEMONYMS} from './demonyms.js'
import {NAME_PARTICLES} from './particles.js'
import {fold} from './spelling.js'
import {TITLES} from './titles.js'

export type NameTokenKind = 'name' | 'initial' | 'acronym' | 'particle'

export interface NameToken {
  /** The token as written, without a possessive ending. */
  text: string
  start: number
  end: number
  kind: NameTokenKind
}

export interface NameMention {
  /** 0-based position among the document's mentions. */
  index: number
  start: number
  end: number
  /** The mention as written (`text.slice(start, end)`). */
  text: string
  tokens: NameToken[]
}

const INITIAL = /^\p{Lu}\.?$|^(?:\p{Lu}\.){2,3}$/u
/** `US`, `SCO`, `LEDs`. */
const ACRONYM = /^\p{Lu}{2,}s?$/u
const CAPITALISED_NAME = /^\p{Lu}[\p{L}\p{M}'’]*\p{Ll}[\p{L}\p{M}'’]*$/u
/** `al-Assad`, `Al-Chalaby`, `el-Sisi`: a particle joined to the name by a hyphen, in either case. */
const PARTICLE_PREFIX = /^(\p{L}+)[-‐]/u
const HYPHENS = /[-‐]/
/** `O'`, `D'` as a word of their own. */
const APOSTROPHE_PREFIX = /^\p{Lu}['’]$/u
/** Characters after which a capitalised word starts a clause as a sentence-initial word does. */
const CLAUSE_OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '{', ':', '—', '–', '-', '•', '*', '>'])
/** Single capitals that are words, not initials, when written without a full stop. */
const LETTER_WORDS = new Set(['A', 'I', 'O'])
/** Leading words of a run that are never part of a name. */
const ARTICLES = new Set(['The', 'A', 'An'])
/**
 * The first two characters and the length of every form a particle takes as a word: bare, or with
 * a full stop and a possessive ending (`de's`, `van.`). A lower-case word of any other shape is no
 * particle, and is dismissed without building or hashing a string.
 */
const PARTICLE_SHAPES: ReadonlySet<number> = new Set(
  [...NAME_PARTICLES].flatMap((particle) =>
    ['', '.'].flatMap((stop) => ['', "'", '’', "'s", "'S", '’s', '’S'].map((ending) => shapeKey(particle + stop + ending, 0, particle.length + stop.length + ending.length)))
  )
)
const MAX_PARTICLE_LENGTH = Math.max(...[...NAME_PARTICLES].map((particle) => particle.length))
const NO_PIECES: readonly Piece[] = []

interface Piece extends NameToken {
  /** Index of the retext word this piece came from. */
  word: number
}

/** A word that gave name-like pieces. */
interface Candidate {
  word: Word
  pieces: readonly Piece[]
  /** First word of its sentence or clause (see `isClauseInitial`). */
  initial: boolean
}

/** The document's name mentions, in order; computed once per document. */
export const nameMentions = documentView(extractMentions)

/**
 * Two passes over the shared words: the first keeps the few name-like words (most words are
 * lower-case and are dismissed by their first character), the second joins adjacent ones into runs.
 * The second needs the first complete: a sentence-initial word is confirmed by a later use.
 */
function extractMentions(doc: DocumentViews): NameMention[] {
  const {text, words} = doc
  const candidates: Candidate[] = []
  const midSentence = new Set<string>()
  for (let index = 0; index < words.length; index++) {
    const pieces = splitWord(text, words[index])
    if (pieces.length === 0) continue
    const initial = isClauseInitial(text, words, index)
    if (!initial && pieces[0].kind === 'name') midSentence.add(pieces[0].text)
    candidates.push({word: words[index], pieces, initial})
  }

  const mentions: NameMention[] = []
  let run: Piece[] = []
  const initialWords = new Set<number>()
  const flush = () => {
    if (run.length === 0) return
    const tokens = trimRun(run, initialWords, midSentence)
    if (hasName(tokens, 0, tokens.length)) {
      const start = tokens[0].start
      const end = tokens[tokens.length - 1].end
      mentions.push({index: mentions.length, start, end, text: text.slice(start, end), tokens: tokens.map(toToken)})
    }
    run = []
  }
  let previous: Word | undefined
  for (const {word, pieces, initial} of candidates) {
    if (word.index !== (previous?.index ?? -2) + 1 || (run.length > 0 && !joins(text, previous?.end ?? 0, pieces[0].start))) flush()
    if (initial) initialWords.add(word.index)
    for (const piece of pieces) run.push(piece)
    // A word cut short (`Kremlin-backed`, `Lavrov's`) ends the run after its name part; an
    // abbreviation's full stop (`Mr.`) does not.
    const cut = pieces[pieces.length - 1].end
    if (cut !== word.end && !(cut + 1 === word.end && text.charCodeAt(cut) === FULL_STOP)) flush()
    previous = word
  }
  flush()
  return mentions
}

/**
 * The spelling of every name word in the document, in order and with repeats, before runs are
 * joined and trimmed: every name-token spelling of `nameMentions` is among them (and a few more,
 * such as sentence-initial `However`). Found in one cheap pass over the words, so that a check that
 * needs two spellings of one name can look here first and skip an article without a candidate pair.
 */
export function nameWordSpellings(doc: DocumentViews): string[] {
  const {text, words} = doc
  const spellings: string[] = []
  for (const word of words) {
    const first = text.charCodeAt(word.start)
    // The common case, a capitalised word of ASCII letters, without building its pieces; a
    // lower-case word has a name in it only after a particle and a hyphen (`al-Assad`).
    if (first >= 0x41 && first <= 0x5a) {
      const shape = plainWordShape(text, word)
      if (shape === 'name') spellings.push(word.value)
      if (shape !== undefined) continue
    } else if (first < 0x80 && !(first >= 0x61 && first <= 0x7a && hasParticleHyphen(text, word))) continue
    const pieces = splitWord(text, word)
    for (let index = 0; index < pieces.length; index++) if (pieces[index].kind === 'name') spellings.push(pieces[index].text)
  }
  return spellings
}

function toToken(piece: Piece): NameToken {
  return {text: piece.text, start: piece.start, end: piece.end, kind: piece.kind}
}

const FULL_STOP = 0x2e
const APOSTROPHE = 0x27
const RIGHT_SINGLE_QUOTE = 0x2019

/** `Lavrov's` → `Lavrov`, `Lavrov’s` → `Lavrov`, `Blairs'` → `Blairs`. */
function withoutPossessive(value: string): string {
  const last = value.charCodeAt(value.length - 1)
  if (last === APOSTROPHE || last === RIGHT_SINGLE_QUOTE) return value.slice(0, -1)
  if (last !== 0x73 && last !== 0x53) return value
  const before = value.charCodeAt(value.length - 2)
  return before === APOSTROPHE || before === RIGHT_SINGLE_QUOTE ? value.slice(0, -2) : value
}

/**
 * The name-like pieces of one retext word: `al-Assad` → particle `al`, name `Assad`; `Jean-Claude` →
 * `Jean`, `Claude`; `Kremlin-backed` → `Kremlin`; `Lavrov's` → `Lavrov`; `S.` → an initial. A word
 * that is not name-like gives no piece and ends a run, except a particle, which joins one.
 *
 * This runs on every word of every document, so the common case is settled by the first character
 * before any string is built: a word starting with a digit or a symbol is never name-like, and one
 * starting with an ASCII lower-case letter only as a particle (`bin`, `de`) or a particle joined to a
 * name (`al-Assad`).
 */
function splitWord(text: string, word: Word): readonly Piece[] {
  // retext's word values are slices of the text, so the text answers without touching the value.
  const first = text.charCodeAt(word.start)
  if (first < 0x41 || (first > 0x5a && first < 0x61) || (first > 0x7a && first < 0x80)) return NO_PIECES
  // A hyphen matters in a lower-case word only right after a particle (`al-Assad`).
  if (first >= 0x61 && first <= 0x7a && !hasParticleHyphen(text, word)) {
    return PARTICLE_SHAPES.has(shapeKey(text, word.start, word.end)) ? particleOf(word) : NO_PIECES
  }
  return (first <= 0x5a && plainWordPiece(text, word)) || splitNameLikeWord(word)
}

/**
 * The piece of a word of ASCII letters only, starting with a capital (`Blair`, `BBC`, `LEDs`, `S`):
 * most capitalised words, decided by character codes; anything else is left to `splitNameLikeWord`.
 */
function plainWordPiece(text: string, word: Word): readonly Piece[] | undefined {
  const shape = plainWordShape(text, word)
  if (shape === undefined) return undefined
  return shape === 'letter' ? NO_PIECES : [piece(word, word.value, shape)]
}

/** What a capitalised word of ASCII letters is (`letter`: `A`, `I`, `O`); undefined for any other word. */
function plainWordShape(text: string, word: Word): NameTokenKind | 'letter' | undefined {
  let capitals = 0
  for (let position = word.start; position < word.end; position++) {
    const code = text.charCodeAt(position)
    if (code >= 0x41 && code <= 0x5a) capitals++
    else if (code < 0x61 || code > 0x7a) return undefined
  }
  const length = word.end - word.start
  if (length === 1) return LETTER_WORDS.has(text[word.start]) ? 'letter' : 'initial'
  const acronym = capitals === length || (capitals === length - 1 && length > 2 && text.charCodeAt(word.end - 1) === 0x73)
  return acronym ? 'acronym' : 'name'
}

/** A piece that starts where its word starts. */
function piece(word: Word, text: string, kind: NameTokenKind): Piece {
  return {text, start: word.start, end: word.start + text.length, kind, word: word.index}
}

/** The first two character codes and the length of `text.slice(start, end)`, as one number. */
function shapeKey(text: string, start: number, end: number): number {
  const second = end - start > 1 ? text.charCodeAt(start + 1) : 0
  return (text.charCodeAt(start) * 0x10000 + second) * 16 + Math.min(end - start, 15)
}

/** A hyphen where one can follow a particle: within the word's first `MAX_PARTICLE_LENGTH + 1` characters. */
function hasParticleHyphen(text: string, word: Word): boolean {
  const end = Math.min(word.end, word.start + MAX_PARTICLE_LENGTH + 1)
  for (let position = word.start + 1; position < end; position++) {
    const code = text.charCodeAt(position)
    if (code === 0x2d || code === 0x2010) return true
  }
  return false
}

/** A word without a hyphen: a particle (`bin`, `de`, `van`, `de's`), or nothing. */
function particleOf(word: Word): readonly Piece[] {
  let bare = withoutPossessive(word.value)
  if (bare.endsWith('.')) bare = bare.slice(0, -1)
  return NAME_PARTICLES.has(bare) ? [piece(word, bare, 'particle')] : NO_PIECES
}

/** `splitWord` for a word that may be name-like: capitalised, non-ASCII, or hyphenated. */
function splitNameLikeWord(word: Word): readonly Piece[] {
  // `O'`, `D'` standing apart (`Rory O' Neill`, a scraped `O'Neill`) are the start of a name, not an
  // initial with a possessive ending: they join the name that follows, as particles do.
  if (APOSTROPHE_PREFIX.test(word.value)) return [piece(word, word.value, 'particle')]
  const value = withoutPossessive(word.value)
  if (INITIAL.test(value)) return LETTER_WORDS.has(value) ? NO_PIECES : [piece(word, value, 'initial')]
  // retext keeps a full stop on a word it takes for an abbreviation (`Mr.`, and `McIlroy.` before a
  // lower-case word); a name never ends in one, an initial always may.
  const bare = value.endsWith('.') ? value.slice(0, -1) : value
  if (NAME_PARTICLES.has(bare)) return [piece(word, bare, 'particle')]
  if (ACRONYM.test(bare)) return [piece(word, bare, 'acronym')]
  if (!HYPHENS.test(bare)) return CAPITALISED_NAME.test(bare) ? [piece(word, bare, 'name')] : NO_PIECES
  const pieces: Piece[] = []
  let offset = 0
  let rest = bare
  const prefix = PARTICLE_PREFIX.exec(rest)
  if (prefix && NAME_PARTICLES.has(prefix[1].toLowerCase())) {
    pieces.push(piece(word, prefix[1], 'particle'))
    offset = prefix[0].length
    rest = rest.slice(offset)
  }
  for (const part of rest.split(HYPHENS)) {
    if (!CAPITALISED_NAME.test(part) && !ACRONYM.test(part)) break
    const start = word.start + offset
    pieces.push({text: part, start, end: start + part.length, kind: ACRONYM.test(part) ? 'acronym' : 'name', word: word.index})
    offset += part.length + 1
  }
  return pieces.some((each) => each.kind !== 'particle') ? pieces : NO_PIECES
}

/** Whether two words are adjacent in a name: only white space, with at most one line break, between them. */
function joins(text: string, end: number, start: number): boolean {
  if (start <= end) return false
  let breaks = 0
  for (let position = end; position < start; position++) {
    const code = text.charCodeAt(position)
    if (!isWhiteSpace(code)) return false
    if (code === 0x0a && ++breaks > 1) return false
  }
  return true
}

/** First word of its sentence, or first after an opening quote, bracket, colon or dash. */
function isClauseInitial(text: string, words: Word[], index: number): boolean {
  if (index === 0 || words[index - 1].sentence !== words[index].sentence) return true
  let position = words[index].start - 1
  while (position >= 0 && isWhiteSpace(text.charCodeAt(position))) position--
  return position < 0 || CLAUSE_OPENERS.has(text[position])
}

/**
 * Cut a run down to its name: drop an unconfirmed sentence-initial word, leading articles, calendar
 * words, nationality adjectives, acronyms and titles (titles only when a name follows), and
 * particles at either end.
 */
function trimRun(run: Piece[], initialWords: ReadonlySet<number>, midSentence: ReadonlySet<string>): Piece[] {
  let start = 0
  let end = run.length
  if (end > 0 && initialWords.has(run[0].word) && run[0].kind === 'name' && !midSentence.has(run[0].text) && isInflectedCommonWord(fold(run[0].text))) start++
  for (;;) {
    const before = start
    if (start < end && (ARTICLES.has(run[start].text) || CALENDAR_WORDS.has(run[start].text) || DEMONYMS.has(run[start].text))) start++
    start += leadingMatch(run, start, end, DEMONYM_PHRASES)
    const title = leadingMatch(run, start, end, TITLE_PHRASES)
    if (title > 0 && hasName(run, start + title, end)) start += title
    if (start < end - 1 && run[start].kind === 'acronym') start++
    if (start === before) break
  }
  while (start < end && run[start].kind === 'particle') start++
  while (end > start && run[end - 1].kind === 'particle') end--
  while (end > start && CALENDAR_WORDS.has(run[end - 1].text)) end--
  return run.slice(start, end)
}

function hasName(run: readonly NameToken[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) if (run[index].kind === 'name') return true
  return false
}

/** Phrases by their first word, longest first, so a run is matched against a handful, not all. */
type PhraseIndex = Map<string, Array<readonly string[]>>

function indexPhrases(phrases: ReadonlyArray<readonly string[]>): PhraseIndex {
  const index: PhraseIndex = new Map()
  for (const phrase of phrases) {
    const list = index.get(phrase[0]) ?? []
    list.push(phrase)
    index.set(phrase[0], list)
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length)
  return index
}

const TITLE_PHRASES = indexPhrases(TITLES)
const DEMONYM_PHRASES = indexPhrases(MULTI_WORD_DEMONYMS)

/** Length of the longest phrase that the run starts with at `start`, ignoring full stops (0 when none). */
function leadingMatch(run: Piece[], start: number, end: number, phrases: PhraseIndex): number {
  if (start >= end) return 0
  const candidates = phrases.get(withoutStop(run[start].text)) ?? []
  const match = candidates.find(
    (phrase) => start + phrase.length <= end && phrase.every((word, offset) => withoutStop(run[start + offset].text) === word)
  )
  return match?.length ?? 0
}

function withoutStop(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word
}
