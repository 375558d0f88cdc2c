/**
 * `no-replacement-character`: U+FFFD, the mark a decoder leaves where it met bytes it could not read,
 * and `â??`, the same loss after a conversion to a single-byte code page turned the UTF-8 bytes of
 * `’` (read as `â€™`) into question marks. The original bytes are gone, so nothing can be repaired
 * automatically; the message says so. U+FFFD inside a mojibake span is left to `no-mojibake`, which
 * reports the whole span once.
 */
import {defineRule} from '../../engine/rule.js'
import {encodingRuleMeta, type EncodingRuleOptions} from './rule-meta.js'
import {insideMojibake} from './damage-scan.js'

/** Runs of U+FFFD, and `â` followed by two question marks (a three-byte character converted to `?`). */
const LOST_CHARACTERS = /\ufffd+|â\?\?/g

export const noReplacementCharacter = defineRule<EncodingRuleOptions>(
  encodingRuleMeta('no-replacement-character', 'Disallow U+FFFD and `â??`: characters lost in a bad decode', {fixable: false}),
  ({doc, text, report}) => {
    for (const match of text.matchAll(LOST_CHARACTERS)) {
      const start = match.index
      if (insideMojibake(doc, start)) continue
      const count = match[0].length
      report({
        start,
        end: start + count,
        message:
          match[0][0] === '\ufffd'
            ? `Replacement character${count > 1 ? `s (${count})` : ''} U+FFFD: ${count > 1 ? 'characters were' : 'a character was'} lost in a bad decode, and the bytes are gone, so this cannot be fixed automatically; restore the text from the source`
            : '`â??` is a character lost in a bad conversion (UTF-8 read as Windows-1252, then its last bytes replaced by `?`); the bytes are gone, so this cannot be fixed automatically; restore the text from the source'
      })
    }
  }
)
