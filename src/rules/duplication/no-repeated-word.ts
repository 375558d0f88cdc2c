/**
 * `no-repeated-word`: the same word twice in a row ("the the"), the classic slip of a copy-paste or a
 * hasty edit. Detection is retext-repeated-words, run on copydesk's already-parsed tree; this module
 * only gives its findings copydesk's rule id, severity and a fix. Its exceptions stand: words that
 * really do occur twice (`had had`, `that that`), initials (`D. D.`) and capitalised names
 * (`Duran Duran`, `Bella Bella`); copydesk adds the doubles it measured as deliberate in real copy
 * (`legitimate-doubles.ts`: emphasis such as `very very`, table columns). The plugin runs only on
 * documents where two neighbouring words with only white space between are equal ignoring case
 * (`adjacent-words.ts`): the pairs it examines before its exceptions, so the messages are the same,
 * and most documents skip it.
 */
import retextRepeatedWords from 'retext-repeated-words'
import {VFile} from 'vfile'
import {lowerBound} from '../../engine/lower-bound.js'
import {defineRule} from '../../engine/rule.js'
import {hasAdjacentEqualWords} from './adjacent-words.js'
import {isDoubledOnPurpose} from './legitimate-doubles.js'

export interface NoRepeatedWordOptions {}

// retext-repeated-words' attacher takes no options; its transformer reads only the tree and the file.
const findRepeats = retextRepeatedWords() as unknown as (tree: unknown, file: VFile) => void

export const noRepeatedWord = defineRule<NoRepeatedWordOptions>(
  {
    id: 'no-repeated-word',
    family: 'duplication',
    description: 'Disallow the same word twice in a row ("the the")',
    severity: 'error',
    fixable: true,
    recommended: true,
    schema: {type: 'object', properties: {}, additionalProperties: false},
    defaultOptions: {}
  },
  ({doc, text, report}) => {
    if (!hasAdjacentEqualWords(doc.words, text)) return
    // A scratch file collects the third-party messages so they never reach the user's file.
    const scratch = new VFile({value: text})
    findRepeats(doc.tree, scratch)
    for (const found of scratch.messages) {
      const start = found.place && 'start' in found.place ? found.place.start.offset : undefined
      const end = found.place && 'end' in found.place ? found.place.end.offset : undefined
      if (start === undefined || end === undefined) continue
      // Keep the first occurrence: remove the white space and the second copy. The first word ends
      // where its word node does (white space the parser knows, such as U+0085, is not all `\s`).
      const first = doc.words[lowerBound(doc.words.length, (index) => doc.words[index].start < start)]
      if (!first || first.start !== start) continue
      const firstEnd = first.end
      const word = first.value
      if (isDoubledOnPurpose(word, text.slice(firstEnd, end - word.length))) continue
      report({
        start,
        end,
        message: `Unexpected repeated word \`${word}\`: remove one occurrence`,
        expected: [word],
        fix: [{start: firstEnd, end, text: ''}]
      })
    }
  }
)
