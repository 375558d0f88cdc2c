import {noDuplicateParagraph} from './no-duplicate-paragraph.js'
import {noDuplicateSentence} from './no-duplicate-sentence.js'
import {noRepeatedWord} from './no-repeated-word.js'

export {noDuplicateParagraph, noDuplicateSentence, noRepeatedWord}
/**
 * `no-duplicate-paragraph` comes before `no-duplicate-sentence`: the sentence rule leaves alone the
 * paragraphs the paragraph rule reported on the same document, so it must run second.
 */
export const duplicationRules = [noDuplicateParagraph, noDuplicateSentence, noRepeatedWord]
