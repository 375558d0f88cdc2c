/**
 * `no-duplicate-sentence`: a sentence that appears earlier in the document (after normalising case,
 * white space, quote and dash styles and punctuation), the trace of a sentence pasted into a later
 * paragraph. Sentences inside a paragraph that `no-duplicate-paragraph` reported are left to it, so
 * one mistake gets one message; table rows, which repeat by design, are left alone too. A repeated
 * sentence is sometimes deliberate (a refrain, a quotation recalled), so removing it is a suggestion,
 * never a fix.
 */
import type {Sentence} from '../../engine/document.js'
import {defineRule} from '../../engine/rule.js'
import {reportedParagraphDuplicates} from './paragraph-duplicates.js'
import {removalEdit} from './removal.js'
import {isTableRow} from './table-layout.js'
import {documentTokenSpans, FirstCopies} from './token-spans.js'

export interface NoDuplicateSentenceOptions {
  /** Sentences with fewer words are left alone: short stock phrases ("He said it was too early") recur honestly. */
  minWords: number
}

export const noDuplicateSentence = defineRule<NoDuplicateSentenceOptions>(
  {
    id: 'no-duplicate-sentence',
    family: 'duplication',
    description: 'Disallow a sentence that repeats an earlier sentence of the document',
    severity: 'warning',
    fixable: false,
    recommended: true,
    schema: {
      type: 'object',
      properties: {minWords: {type: 'integer', minimum: 1}},
      additionalProperties: false
    },
    defaultOptions: {minWords: 6}
  },
  ({doc, text, options, report}) => {
    const reported = new Set(reportedParagraphDuplicates(doc).map((duplicate) => duplicate.paragraph.index))
    const spans = documentTokenSpans(doc)
    const firstCopies = new FirstCopies<Sentence>()
    for (const sentence of doc.sentences) {
      const {hashes, numbers, spaced} = spans.of(sentence)
      if (hashes.length < options.minWords || isTableRow(sentence.text, hashes.length, numbers, spaced)) continue
      const earlier = firstCopies.firstCopy(sentence, hashes)
      if (!earlier || reported.has(sentence.paragraph)) continue
      report({
        start: sentence.start,
        end: sentence.end,
        message: `Duplicate sentence: repeats the sentence at line ${doc.lines.point(earlier.start).line}`,
        note: 'The same sentence appears earlier in the document: delete one copy unless the repetition is deliberate.',
        suggestions: [removalEdit(text, doc.paragraphs[sentence.paragraph], sentence.start, sentence.end)],
        related: [{start: earlier.start, end: earlier.end, message: 'the earlier copy'}]
      })
    }
  }
)
