/**
 * `valid-utf8`: a file that is not valid UTF-8. Reading files (`decodeBytes` in
 * `src/inputs/decode.ts`) detects the likely encoding and decodes with it, so the file is linted as
 * text with its positions intact; the linter puts that encoding on `file.data.sourceEncoding` and this
 * rule reports it once, at the start of the document. `--fix` writes the file back as UTF-8. Text
 * handed to the API as a string is already Unicode and never gets this message.
 */
import {defineRule} from '../../engine/rule.js'
import {encodingRuleMeta, type EncodingRuleOptions} from './rule-meta.js'

export const validUtf8 = defineRule<EncodingRuleOptions>(
  encodingRuleMeta('valid-utf8', 'Require files to be valid UTF-8 (others are decoded with their detected encoding and reported)', {fixable: true}),
  ({file, report}) => {
    const encoding = file.data.sourceEncoding
    if (!encoding) return
    report({
      start: 0,
      end: 0,
      message: `File is not valid UTF-8: decoded as ${encoding} (detected), and linted as such; \`--fix\` rewrites it as UTF-8`
    })
  }
)
