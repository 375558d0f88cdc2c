/**
 * `no-scrape-artifact`: a line or paragraph that is page furniture rather than article text: leaked
 * field labels, calls to action, share and follow furniture, cookie banners, newsletter prompts,
 * caption markers, site navigation, bylines and datelines repeated mid-text.
 *
 * The C4 and Gopher line filters drop such lines silently; a copy desk wants to see each one and
 * why. The patterns are data (`scrape-patterns.ts`) and are anchored to whole paragraphs or
 * sentences, so prose that merely contains the same words is left alone. Removing the line is
 * offered as a suggestion, since a pattern can still be wrong about a line; with `autofix` on it
 * becomes a fix that `--fix` applies.
 */
import type {Paragraph, Sentence} from '../../engine/document.js'
import {defineRule} from '../../engine/rule.js'
import type {Edit} from '../../engine/types.js'
import {furnitureMatcher, type ExtraScrapePatterns, type FurnitureMatch} from './furniture.js'
import {SCRAPE_KINDS, scrapePatterns, type ScrapeKind} from './scrape-patterns.js'

export interface NoScrapeArtifactOptions {
  /** Extra whole-line patterns per kind (regular expression sources, matched case-insensitively). */
  patterns: ExtraScrapePatterns
  /** Remove flagged lines with `--fix` instead of only suggesting it. */
  autofix: boolean
}

/** Bylines and datelines belong in this many opening paragraphs (a headline line, then the byline). */
const OPENING_PARAGRAPHS = 2

const patternListSchema = {type: 'array', items: {type: 'string'}}

export const noScrapeArtifact = defineRule<NoScrapeArtifactOptions>(
  {
    id: 'no-scrape-artifact',
    family: 'artifacts',
    description: 'Disallow page furniture in article text (field labels, calls to action, share bars, cookie banners)',
    severity: 'warning',
    fixable: true,
    recommended: true,
    schema: {
      type: 'object',
      properties: {
        patterns: {
          type: 'object',
          properties: Object.fromEntries(SCRAPE_KINDS.map((kind) => [kind, patternListSchema])),
          additionalProperties: false
        },
        autofix: {type: 'boolean'}
      },
      additionalProperties: false
    },
    defaultOptions: {patterns: {}, autofix: false}
  },
  ({doc, text, options, report}) => {
    const matcher = furnitureMatcher(options.patterns)
    const paragraphs = doc.paragraphs
    const flagged = new Set<number>()
    const emit = (kind: ScrapeKind, start: number, end: number, edit: Edit, what: string) => {
      const excerpt = collapseForMessage(text.slice(start, end))
      report({
        start,
        end,
        message: `Unexpected ${scrapePatterns[kind].description} \`${excerpt}\`: remove ${what}`,
        ...(options.autofix ? {fix: [edit]} : {suggestions: [edit]})
      })
    }

    for (const paragraph of paragraphs) {
      const found = matcher.matchParagraph(paragraph.text, paragraph.index >= OPENING_PARAGRAPHS)
      if (!found) continue
      flagged.add(paragraph.index)
      const end = paragraph.start + found.length
      emit(found.kind, paragraph.start, end, removalEdit(text, paragraphs, paragraph, found), found.scope === 'prefix' ? 'the label' : 'the line')
    }

    const sentences = doc.sentences
    for (const sentence of sentences) {
      const paragraph = paragraphs[sentence.paragraph]
      if (flagged.has(sentence.paragraph) || (sentence.start === paragraph.start && sentence.end === paragraph.end)) continue
      const kind = matcher.matchSentence(sentence.text)
      if (kind) emit(kind, sentence.start, sentence.end, sentenceRemoval(text, paragraph, sentence), 'the sentence')
    }
  }
)

/** Removes a whole paragraph with the separator after it (or before it, for the last one). */
function removalEdit(text: string, paragraphs: Paragraph[], paragraph: Paragraph, found: FurnitureMatch): Edit {
  if (found.scope === 'prefix') return {start: paragraph.start, end: paragraph.start + found.length, text: ''}
  const next = paragraphs[paragraph.index + 1]
  if (next) return {start: paragraph.start, end: next.start, text: ''}
  const previous = paragraphs[paragraph.index - 1]
  return {start: previous ? previous.end : 0, end: previous ? paragraph.end : text.length, text: ''}
}

/** Removes one sentence and the space that joined it to its neighbour. */
function sentenceRemoval(text: string, paragraph: Paragraph, sentence: Sentence): Edit {
  let start = sentence.start
  while (start > paragraph.start && /\s/.test(text[start - 1])) start--
  if (start > paragraph.start) return {start, end: sentence.end, text: ''}
  let end = sentence.end
  while (end < paragraph.end && /\s/.test(text[end])) end++
  return {start: sentence.start, end, text: ''}
}

function collapseForMessage(value: string): string {
  const single = value.replace(/\s+/g, ' ')
  return single.length > 60 ? `${single.slice(0, 57)}…` : single
}
