/**
 * `no-invisible-character`: characters a reader cannot see that do not belong in article text.
 *
 * - Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, invisible operators) inside a word of a
 *   script that separates words with spaces: they break search and spell-checking. A ZWJ inside an
 *   emoji sequence or a ZWNJ between Persian or Devanagari letters is never flagged.
 * - A byte-order mark after the start of the text (it only belongs at the very start of a file).
 * - C0 controls other than tab, line feed and carriage return (with an ANSI escape sequence's tail,
 *   `\u001b[31m`, as one span).
 * - C1 controls (U+0080–U+009F): a Windows-1252 byte decoded as Latin-1. The fix writes the character
 *   Windows-1252 means (U+0093 → “); the five bytes Windows-1252 leaves undefined are removed. C1
 *   controls inside mojibake are left to `no-mojibake`, and one right after `Â`, `Ã` or `â` (the rest
 *   of an undecodable sequence) gets no fix.
 * - Bidirectional controls (U+202A–U+202E, U+2066–U+2069): invisible, and a spoofing risk.
 *
 * The other fixes remove the characters.
 */
import {defineRule, type Report} from '../../engine/rule.js'
import {encodingRuleMeta, type EncodingRuleOptions} from './rule-meta.js'
import {isLetter, scriptOf} from './character-classes.js'
import {windows1252ForC1} from './code-pages.js'
import {insideMojibake} from './damage-scan.js'
import {BIDI_NAMES, INVISIBLE_CHARACTER, invisibleKind, SPACED_SCRIPTS, ZERO_WIDTH_NAMES} from './invisible-characters.js'
import {codePointLabel, showText} from './show-text.js'

/** The tail of an ANSI terminal escape (CSI) after ESC: `[`, parameters, a final letter. */
const ANSI_TAIL = /^\[[0-9;?]*[A-Za-z]/
const MOJIBAKE_LEADS = new Set(['Â', 'Ã', 'â'])
const DIGIT = /^\p{Nd}$/u

export const noInvisibleCharacter = defineRule<EncodingRuleOptions>(
  encodingRuleMeta('no-invisible-character', 'Disallow invisible characters in text: zero-width characters inside words, control characters, stray BOMs, bidirectional controls', {fixable: true}),
  ({doc, text, report}) => {
    for (const match of text.matchAll(INVISIBLE_CHARACTER)) {
      const start = match.index
      const codePoint = match[0].codePointAt(0)!
      const label = codePointLabel(match[0])
      switch (invisibleKind(codePoint)) {
        case 'zero-width': {
          if (!insideSpacedWord(text, start)) break
          report({start, end: start + 1, message: `Invisible ${ZERO_WIDTH_NAMES.get(codePoint)} (${label}) inside a word: remove it`, fix: [{start, end: start + 1, text: ''}]})
          break
        }
        case 'byte-order-mark': {
          if (start === 0) break
          report({start, end: start + 1, message: `Byte-order mark (${label}) after the start of the text: remove it`, fix: [{start, end: start + 1, text: ''}]})
          break
        }
        case 'bidi': {
          report({
            start,
            end: start + 1,
            message: `Invisible bidirectional control ${label} (${BIDI_NAMES.get(codePoint)}): it can make text display other than it reads (a spoofing risk); remove it`,
            fix: [{start, end: start + 1, text: ''}]
          })
          break
        }
        case 'c0': {
          const tail = codePoint === 0x1b ? (ANSI_TAIL.exec(text.slice(start + 1, start + 24))?.[0] ?? '') : ''
          const end = start + 1 + tail.length
          const what = tail ? `Terminal escape sequence \`${showText(text.slice(start, end))}\`` : `Control character ${label}`
          report({start, end, message: `${what} in text: remove it`, fix: [{start, end, text: ''}]})
          break
        }
        case 'c1': {
          if (insideMojibake(doc, start)) break
          reportC1(text, start, codePoint, label, report)
          break
        }
      }
    }
  }
)

function reportC1(text: string, start: number, codePoint: number, label: string, report: (report: Report) => void): void {
  const end = start + 1
  const meant = windows1252ForC1(codePoint)
  if (MOJIBAKE_LEADS.has(text[start - 1])) {
    report({start, end, message: `C1 control ${label} inside mojibake that cannot be decoded: repair the text by hand`})
  } else if (meant === undefined) {
    report({start, end, message: `C1 control ${label} in text (an undefined Windows-1252 byte): remove it`, fix: [{start, end, text: ''}]})
  } else {
    report({start, end, message: `C1 control ${label} is Windows-1252 \`${meant}\` read as Latin-1: it should be \`${meant}\``, expected: [meant], fix: [{start, end, text: meant}]})
  }
}

/** Whether the character at `index` sits between two letters or digits of a space-separated script. */
function insideSpacedWord(text: string, index: number): boolean {
  let before = index - 1
  while (before >= 0 && ZERO_WIDTH_NAMES.has(text.charCodeAt(before))) before--
  let after = index + 1
  while (after < text.length && ZERO_WIDTH_NAMES.has(text.charCodeAt(after))) after++
  return before >= 0 && after < text.length && isSpacedWordCharacter(text.codePointAt(before)!) && isSpacedWordCharacter(text.codePointAt(after)!)
}

function isSpacedWordCharacter(codePoint: number): boolean {
  if (DIGIT.test(String.fromCodePoint(codePoint))) return true
  return isLetter(codePoint) && SPACED_SCRIPTS.has(scriptOf(codePoint))
}
