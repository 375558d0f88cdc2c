/**
 * Reading damaged text one "unit" at a time: the character that once was one byte.
 *
 * Mojibake often goes through Unicode normalisation after the wrong decode. NFD splits `Ã` into
 * `A` + U+0303, and NFKD goes further and turns `¼` into `1⁄4` and `¨` into a space + U+0308 (PolNeAR
 * has `GA\u03031⁄4len` for Gülen). A unit is therefore a character with its combining marks composed
 * back (NFC), or one of the compatibility spellings of a code-page character, mapped back to it.
 */
import {CODE_PAGES} from './code-pages.js'

export interface TextUnit {
  /** The character the unit stands for. */
  codePoint: number
  /** How many UTF-16 code units of the text it covers. */
  length: number
  /** Spelled in its NFKD compatibility form (`1⁄4` for `¼`), so only an NFKD comparison matches it. */
  flattened?: boolean
}

/** A combining diacritical mark (U+0300–U+036F), the marks NFD splits off Latin letters. */
export function isCombiningMark(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f
}

/**
 * NFKD spellings of code-page characters that are more than one character and contain something
 * other than ASCII (`1⁄4`, space + U+0308), keyed by their first character. Spellings that are plain
 * ASCII (`º` → `o`, `™` → `TM`) are left out: treating every `o` as a possible `º` would make
 * ordinary text look damaged.
 */
const COMPATIBILITY_SPELLINGS = new Map<string, Array<{spelling: string; codePoint: number}>>()

for (const codePage of CODE_PAGES) {
  for (const codePoint of codePage.byteOf.keys()) {
    const spelling = String.fromCodePoint(codePoint).normalize('NFKD')
    if (spelling.length < 2 || /^[\x00-\x7f]*$/.test(spelling) || isCombiningMark(spelling.charCodeAt(0))) continue
    if (spelling.normalize('NFC') !== spelling) continue // a letter plus marks: NFC composes it back anyway
    const list = COMPATIBILITY_SPELLINGS.get(spelling[0]) ?? []
    if (!list.some((entry) => entry.spelling === spelling)) list.push({spelling, codePoint})
    COMPATIBILITY_SPELLINGS.set(spelling[0], list)
  }
}

/** The unit starting at `index` (which must be inside the text). */
export function unitAt(text: string, index: number): TextUnit {
  const codePoint = text.codePointAt(index)!
  const length = codePoint > 0xffff ? 2 : 1
  const next = text.charCodeAt(index + length)
  const spellings = COMPATIBILITY_SPELLINGS.get(text[index])
  if (spellings) {
    for (const entry of spellings) if (text.startsWith(entry.spelling, index)) return {codePoint: entry.codePoint, length: entry.spelling.length, flattened: true}
  }
  if (!isCombiningMark(next)) return {codePoint, length}
  let end = index + length + 1
  while (end < text.length && isCombiningMark(text.charCodeAt(end))) end++
  const composed = text.slice(index, end).normalize('NFC')
  const single = composed.codePointAt(0)!
  if (composed.length === (single > 0xffff ? 2 : 1)) return {codePoint: single, length: end - index}
  return {codePoint, length}
}
