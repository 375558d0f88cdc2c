/**
 * Name mentions: a shared, lazily computed view of a document, like `doc.sentences`. Any rule that
 * needs the people, places and organisations an article names reads `nameMentions(doc)`; the first
 * call computes it from the shared word view and caches it per document.
 *
 * A mention is a run of capitalised words (with initials such as `S.` and particles such as `bin`,
 * `al-`, `de`, `van` inside it), separated only by spaces or one line break, with titles, honorifics
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
const POSSESSIVE = /['’](?:s|S)?$/
/** `al-Assad`, `Al-Chalaby`, `el-Sisi`: a particle joined to the name by a hyphen, in either case. */
const PARTICLE_PREFIX = /^(\p{L}+)[-‐]/u
/** Characters after which a capitalised word starts a clause as a sentence-initial word does. */
const CLAUSE_OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '{', ':', '—', '–', '-', '•', '*', '>'])
/** Single capitals that are words, not initials, when written without a full stop. */
const LETTER_WORDS = new Set(['A', 'I', 'O'])
/** Leading words of a run that are never part of a name. */
const ARTICLES = new Set(['The', 'A', 'An'])

interface Piece extends NameToken {
  /** Index of the retext word this piece came from. */
  word: number
}

/** The document's name mentions, in order; computed once per document. */
export const nameMentions = documentView(extractMentions)

function extractMentions(doc: DocumentViews): NameMention[] {
  const {text, words} = doc
  const initial = words.map((word, index) => isClauseInitial(text, words, index))
  const pieces = words.map((word) => splitWord(word))
  const midSentence = new Set<string>()
  words.forEach((_, index) => {
    const first = pieces[index][0]
    if (!initial[index] && first?.kind === 'name') midSentence.add(first.text)
  })

  const mentions: NameMention[] = []
  let run: Piece[] = []
  const flush = () => {
    const tokens = trimRun(run, initial, midSentence)
    if (tokens.some((token) => token.kind === 'name')) {
      const start = tokens[0].start
      const end = tokens[tokens.length - 1].end
      mentions.push({index: mentions.length, start, end, text: text.slice(start, end), tokens: tokens.map(toToken)})
    }
    run = []
  }
  for (let index = 0; index < words.length; index++) {
    const wordPieces = pieces[index]
    if (wordPieces.length === 0 || (run.length > 0 && !joins(text, words[run[run.length - 1].word].end, wordPieces[0].start))) flush()
    run.push(...wordPieces)
    // A word cut short (`Kremlin-backed`, `Lavrov's`) ends the run after its name part; an
    // abbreviation's full stop (`Mr.`) does not.
    const rest = wordPieces.length > 0 ? text.slice(wordPieces[wordPieces.length - 1].end, words[index].end) : ''
    if (rest !== '' && rest !== '.') flush()
  }
  flush()
  return mentions
}

function toToken(piece: Piece): NameToken {
  return {text: piece.text, start: piece.start, end: piece.end, kind: piece.kind}
}

/**
 * The name-like pieces of one retext word: `al-Assad` → particle `al`, name `Assad`; `Jean-Claude` →
 * `Jean`, `Claude`; `Kremlin-backed` → `Kremlin`; `Lavrov's` → `Lavrov`; `S.` → an initial. A word
 * that is not name-like gives no piece and ends a run, except a particle, which joins one.
 */
function splitWord(word: Word): Piece[] {
  // retext keeps a full stop on a word it takes for an abbreviation (`Mr.`, and `McIlroy.` before a
  // lower-case word); a name never ends in one, an initial always may.
  const value = word.value.replace(POSSESSIVE, '')
  if (INITIAL.test(value)) return LETTER_WORDS.has(value) ? [] : [{text: value, start: word.start, end: word.start + value.length, kind: 'initial', word: word.index}]
  const bare = value.endsWith('.') ? value.slice(0, -1) : value
  if (NAME_PARTICLES.has(bare)) return [{text: bare, start: word.start, end: word.start + bare.length, kind: 'particle', word: word.index}]
  if (ACRONYM.test(bare)) return [{text: bare, start: word.start, end: word.start + bare.length, kind: 'acronym', word: word.index}]
  const pieces: Piece[] = []
  let offset = 0
  let rest = bare
  const prefix = PARTICLE_PREFIX.exec(rest)
  if (prefix && NAME_PARTICLES.has(prefix[1].toLowerCase())) {
    pieces.push({text: prefix[1], start: word.start, end: word.start + prefix[1].length, kind: 'particle', word: word.index})
    offset = prefix[0].length
    rest = rest.slice(offset)
  }
  for (const part of rest.split(/[-‐]/)) {
    if (!CAPITALISED_NAME.test(part) && !ACRONYM.test(part)) break
    const start = word.start + offset
    pieces.push({text: part, start, end: start + part.length, kind: ACRONYM.test(part) ? 'acronym' : 'name', word: word.index})
    offset += part.length + 1
  }
  return pieces.some((piece) => piece.kind !== 'particle') ? pieces : []
}

/** Whether two words are adjacent in a name: only spaces, or one line break, between them. */
function joins(text: string, end: number, start: number): boolean {
  const gap = text.slice(end, start)
  return /^\s+$/.test(gap) && gap.indexOf('\n') === gap.lastIndexOf('\n')
}

/** First word of its sentence, or first after an opening quote, bracket, colon or dash. */
function isClauseInitial(text: string, words: Word[], index: number): boolean {
  if (index === 0 || words[index - 1].sentence !== words[index].sentence) return true
  let position = words[index].start - 1
  while (position >= 0 && /\s/.test(text[position])) position--
  return position < 0 || CLAUSE_OPENERS.has(text[position])
}

/**
 * Cut a run down to its name: drop an unconfirmed sentence-initial word, leading articles, calendar
 * words, nationality adjectives, acronyms and titles (titles only when a name follows), and
 * particles at either end.
 */
function trimRun(run: Piece[], initial: boolean[], midSentence: Set<string>): Piece[] {
  let start = 0
  let end = run.length
  if (end > 0 && initial[run[0].word] && run[0].kind === 'name' && !midSentence.has(run[0].text) && isInflectedCommonWord(fold(run[0].text))) start++
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

function hasName(run: Piece[], start: number, end: number): boolean {
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
