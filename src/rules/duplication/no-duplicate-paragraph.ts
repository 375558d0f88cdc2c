/**
 * `no-duplicate-paragraph`: a paragraph that repeats an earlier one, exactly (after normalising case,
 * white space, quote and dash styles and punctuation) or nearly (an edited copy left beside the
 * original). The later copy is reported, spanning the whole paragraph, with the earlier one as a
 * related location. An exact copy carries nothing the original lacks, so `--fix` removes it; a near
 * copy may hold the corrected version, so removing it is only a suggestion.
 */
import {defineRule} from '../../engine/rule.js'
import type {Severity} from '../../engine/types.js'
import {paragraphDuplicates} from './paragraph-duplicates.js'
import {removalEdit} from './removal.js'

export interface NoDuplicateParagraphOptions {
  /** Paragraphs with fewer words are left alone (short repeated lines are the scrape-artifact rule's). */
  minWords: number
  /** Shorter paragraphs are reported as exact copies only: template lines (table rows, credits) differ by a word by design. */
  nearMinWords: number
  /** Word-trigram Jaccard similarity at or above which an edited copy is reported; 1 reports exact copies only. */
  threshold: number
  /** Severity of near-duplicates, which need a human to pick the right version. */
  nearDuplicateSeverity: Severity
}

export const noDuplicateParagraph = defineRule<NoDuplicateParagraphOptions>(
  {
    id: 'no-duplicate-paragraph',
    family: 'duplication',
    description: 'Disallow a paragraph that repeats an earlier one, exactly or with a few words changed',
    severity: 'error',
    fixable: true,
    recommended: true,
    schema: {
      type: 'object',
      properties: {
        minWords: {type: 'integer', minimum: 1},
        nearMinWords: {type: 'integer', minimum: 1},
        threshold: {type: 'number', exclusiveMinimum: 0, maximum: 1},
        nearDuplicateSeverity: {enum: ['error', 'warning', 'info']}
      },
      additionalProperties: false
    },
    defaultOptions: {minWords: 8, nearMinWords: 10, threshold: 0.35, nearDuplicateSeverity: 'warning'}
  },
  ({doc, text, options, report}) => {
    for (const duplicate of paragraphDuplicates(doc, options)) {
      const {paragraph, original} = duplicate
      const line = doc.lines.point(original.start).line
      const removal = [removalEdit(text, paragraph, paragraph.start, paragraph.end)]
      const related = [{start: original.start, end: original.end, message: 'the earlier copy'}]
      if (duplicate.exact) {
        report({
          start: paragraph.start,
          end: paragraph.end,
          message: `Duplicate paragraph: repeats the paragraph at line ${line}`,
          note: 'The same paragraph appears twice; --fix removes this later copy.',
          fix: removal,
          related
        })
      } else {
        const percent = Math.round(duplicate.similarity * 100)
        report({
          start: paragraph.start,
          end: paragraph.end,
          message: `Near-duplicate paragraph: repeats the paragraph at line ${line} with changes (${percent}% of word trigrams shared)`,
          note: 'An edited copy was left beside the original: keep the right version and delete the other.',
          suggestions: removal,
          related,
          severity: options.nearDuplicateSeverity
        })
      }
    }
  }
)
