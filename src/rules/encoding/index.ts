/**
 * The encoding family: damage done to text by wrong decodes and careless serialisation. Every rule
 * scans the raw text with patterns compiled at module load; none needs the retext tree.
 */
import type {Rule} from '../../engine/rule.js'
import {noBrokenApostrophe} from './no-broken-apostrophe.js'
import {noEscapedText} from './no-escaped-text.js'
import {noHtmlEntity} from './no-html-entity.js'
import {noInvisibleCharacter} from './no-invisible-character.js'
import {noMojibake} from './no-mojibake.js'
import {noReplacementCharacter} from './no-replacement-character.js'
import {validUtf8} from './valid-utf8.js'

export {noBrokenApostrophe, noEscapedText, noHtmlEntity, noInvisibleCharacter, noMojibake, noReplacementCharacter, validUtf8}

export const encodingRules: Rule[] = [
  validUtf8,
  noMojibake,
  noReplacementCharacter,
  noInvisibleCharacter,
  noHtmlEntity,
  noEscapedText,
  noBrokenApostrophe
]
