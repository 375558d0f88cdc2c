/**
 * `no-tortured-phrase`: a phrase an article spinner made by swapping words for wrong synonyms
 * ("a conciliatory source" for "a diplomatic source", "the proposal was prolonged" for "the
 * invitation was extended"). Spun text passes off copied articles as new, and a single tortured
 * phrase is strong evidence that the whole text went through a spinner.
 *
 * The phrases come from copydesk's curated news dictionary (`tortured-phrases.ts`) plus any the
 * user gives inline (`phrases`) or in JSON or CSV files (`dictionaries`). Matching is on word
 * boundaries and lemmas, so inflected and re-ordered-by-voice forms listed once are found in every
 * inflection. The original phrase is given as `expected` and offered as a suggestion: restoring
 * it needs a human eye, since the spinner may have changed the words around it too.
 */
import {defineRule} from '../../engine/rule.js'
import {readDictionaryFile} from './dictionary-file.js'
import {PhraseDictionary} from './phrase-dictionary.js'
import {newsTorturedPhrases, type PhrasePair} from './tortured-phrases.js'

export interface NoTorturedPhraseOptions {
  /** Extra tortured phrases with their originals, inline. */
  phrases: PhrasePair[]
  /** Paths to JSON or CSV dictionaries of `tortured,original` pairs, relative to the working directory. */
  dictionaries: string[]
}

const builtinDictionary = new PhraseDictionary(newsTorturedPhrases)
const dictionaries = new WeakMap<NoTorturedPhraseOptions, PhraseDictionary>()

/** The dictionary for one options object, built once (the engine passes the same object for every document). */
function dictionaryFor(options: NoTorturedPhraseOptions, cwd: string): PhraseDictionary {
  if (options.phrases.length === 0 && options.dictionaries.length === 0) return builtinDictionary
  let dictionary = dictionaries.get(options)
  if (!dictionary) {
    const fromFiles = options.dictionaries.flatMap((file) => readDictionaryFile(file, cwd))
    dictionary = new PhraseDictionary([...newsTorturedPhrases, ...options.phrases, ...fromFiles])
    dictionaries.set(options, dictionary)
  }
  return dictionary
}

export const noTorturedPhrase = defineRule<NoTorturedPhraseOptions>(
  {
    id: 'no-tortured-phrase',
    family: 'artifacts',
    description: 'Disallow tortured phrases left by article spinners ("conciliatory source" for "diplomatic source")',
    severity: 'warning',
    fixable: false,
    recommended: true,
    schema: {
      type: 'object',
      properties: {
        phrases: {
          type: 'array',
          items: {
            type: 'object',
            properties: {tortured: {type: 'string', minLength: 1}, original: {type: 'string', minLength: 1}},
            required: ['tortured', 'original'],
            additionalProperties: false
          }
        },
        dictionaries: {type: 'array', items: {type: 'string', minLength: 1}}
      },
      additionalProperties: false
    },
    defaultOptions: {phrases: [], dictionaries: []}
  },
  ({doc, text, options, file, report}) => {
    for (const found of dictionaryFor(options, file.cwd).find(text, doc.words)) {
      const actual = text.slice(found.start, found.end)
      report({
        start: found.start,
        end: found.end,
        message: `Unexpected tortured phrase \`${actual}\`: a spinner's synonym swap for \`${found.expected}\``,
        expected: [found.expected],
        suggestions: [{start: found.start, end: found.end, text: found.expected}]
      })
    }
  }
)
