/**
 * Deciding whether a paragraph (or one sentence) is page furniture, from the data in
 * `scrape-patterns.ts`. Shared by `no-scrape-artifact`, which reports the furniture, and
 * `no-truncated-text`, which looks past trailing furniture for the real end of the article.
 */
import {SCRAPE_KINDS, scrapePatterns, type ScrapeKind, type ScrapeKindPatterns} from './scrape-patterns.js'
import {screenOf} from './pattern-screen.js'

/** Extra whole-paragraph patterns per kind, as given in options (regular expression sources). */
export type ExtraScrapePatterns = Partial<Record<ScrapeKind, readonly string[]>>

export interface FurnitureMatch {
  kind: ScrapeKind
  /** `paragraph`: all of it; `prefix`: its first `length` characters (a glued label or dateline). */
  scope: 'paragraph' | 'prefix'
  length: number
}

export interface FurnitureMatcher {
  /**
   * The furniture a paragraph is or starts with. `midText` says the paragraph comes after the
   * article's opening, where a byline or dateline no longer belongs.
   */
  matchParagraph(text: string, midText: boolean): FurnitureMatch | undefined
  /** The kind of furniture a single sentence inside a longer paragraph is, if any. */
  matchSentence(text: string): ScrapeKind | undefined
}

/** No `whole` pattern matches more than this many characters, so longer paragraphs skip them. */
const MAX_WHOLE_LENGTH = 320

interface CompiledKind extends ScrapeKindPatterns {
  kind: ScrapeKind
}

const defaultMatcher = createMatcher(compileKinds({}))
const matcherCache = new WeakMap<ExtraScrapePatterns, FurnitureMatcher>()

/** The matcher for the built-in patterns plus `extra`; compiled once per options object. */
export function furnitureMatcher(extra?: ExtraScrapePatterns): FurnitureMatcher {
  if (!extra || Object.keys(extra).length === 0) return defaultMatcher
  let matcher = matcherCache.get(extra)
  if (!matcher) {
    matcher = createMatcher(compileKinds(extra))
    matcherCache.set(extra, matcher)
  }
  return matcher
}

/** White space that `collapseSpace` changes: a run, or a tab, line break or no-break space. */
const UNCOLLAPSED = /\s\s|[\t\n\r\u00a0]/

/** Collapse runs of white space (hard-wrapped lines, double spaces) so patterns can use single spaces. */
function collapseSpace(text: string): string {
  return UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text
}

function compileKinds(extra: ExtraScrapePatterns): CompiledKind[] {
  return SCRAPE_KINDS.map((kind) => {
    const sources = extra[kind] ?? []
    const added = sources.map((source) => compileExtra(kind, source))
    return {kind, ...scrapePatterns[kind], whole: [...scrapePatterns[kind].whole, ...added]}
  })
}

function compileExtra(kind: ScrapeKind, source: string): RegExp {
  try {
    return new RegExp(`^(?:${source})$`, 'iu')
  } catch (error) {
    throw new Error(`no-scrape-artifact: option \`patterns.${kind}\` holds an invalid regular expression \`${source}\`: ${(error as Error).message}`)
  }
}

function createMatcher(kinds: CompiledKind[]): FurnitureMatcher {
  const sentenceKinds = kinds.filter((kind) => kind.sentences)
  const screen = createScreen(kinds, sentenceKinds)
  return {
    matchParagraph(text, midText) {
      const collapsed = collapseSpace(text)
      if (!screen.paragraph(text, collapsed)) return undefined
      for (const kind of kinds) {
        if (kind.midTextOnly && !midText) continue
        if (collapsed.length <= MAX_WHOLE_LENGTH && kind.whole.some((pattern) => pattern.test(collapsed))) {
          return {kind: kind.kind, scope: 'paragraph', length: text.length}
        }
        if (kind.contains.some((pattern) => pattern.test(collapsed))) return {kind: kind.kind, scope: 'paragraph', length: text.length}
        for (const pattern of kind.prefix) {
          const found = pattern.exec(text)
          if (found && found[0].length < text.length) return {kind: kind.kind, scope: 'prefix', length: found[0].length}
        }
      }
      return undefined
    },
    matchSentence(text) {
      const collapsed = collapseSpace(text)
      if (collapsed.length > MAX_WHOLE_LENGTH || !screen.sentence(collapsed)) return undefined
      return sentenceKinds.find((kind) => kind.whole.some((pattern) => pattern.test(collapsed)))?.kind
    }
  }
}

interface Screen {
  /** False when no pattern of any kind can match the paragraph: the kinds need not be tried one by one. */
  paragraph(text: string, collapsed: string): boolean
  /** The same for a sentence and the kinds tested sentence by sentence. */
  sentence(collapsed: string): boolean
}

/**
 * The quick rejection in front of the pattern lists (`pattern-screen.ts`). Nearly every paragraph
 * of an article is prose that no pattern matches; the screen proves that with a handful of cheap
 * tests instead of a test per pattern, and `contains` phrases are only searched for when a
 * trigger word is present. It never rejects a paragraph that a pattern would match, so it changes
 * speed, not results.
 */
function createScreen(kinds: CompiledKind[], sentenceKinds: CompiledKind[]): Screen {
  const whole = screenOf(kinds.flatMap((kind) => kind.whole))
  const prefix = screenOf(kinds.flatMap((kind) => kind.prefix))
  const sentenceWhole = screenOf(sentenceKinds.flatMap((kind) => kind.whole))
  const searched = kinds.filter((kind) => kind.contains.length > 0)
  const contains = screenOf(searched.flatMap((kind) => kind.contains))
  const triggers = searched.every((kind) => kind.containsTriggers) ? triggerPattern(searched.flatMap((kind) => kind.containsTriggers ?? [])) : undefined
  const mayContain = (collapsed: string): boolean => searched.length > 0 && (!triggers || triggers.test(collapsed))
  return {
    paragraph: (text, collapsed) =>
      (collapsed.length <= MAX_WHOLE_LENGTH && whole(collapsed)) || (mayContain(collapsed) && contains(collapsed)) || prefix(text),
    sentence: sentenceWhole
  }
}

/**
 * One case-insensitive search for any of the trigger words. The patterns match by Unicode case
 * folding, under which the long s `ſ` and the Kelvin sign `K` are an `s` and a `k`; the plain
 * `i` flag does not fold them, so a paragraph holding either is always searched.
 */
function triggerPattern(triggers: readonly string[]): RegExp {
  const words = triggers.map((trigger) => trigger.replace(/[$()*+.?[\\\]^{|}]/gu, '\\$&'))
  return new RegExp(`${words.join('|')}|[\u017f\u212a]`, 'i')
}
