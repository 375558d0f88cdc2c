/**
 * The invisible characters `no-invisible-character` knows, by kind, with the names its messages use.
 */
export type InvisibleKind = 'zero-width' | 'byte-order-mark' | 'bidi' | 'c0' | 'c1'

/** Zero-width and invisible-operator characters: harmless between words, damage inside one. */
export const ZERO_WIDTH_NAMES: ReadonlyMap<number, string> = new Map([
  [0x200b, 'zero-width space'],
  [0x200c, 'zero-width non-joiner'],
  [0x200d, 'zero-width joiner'],
  [0x2060, 'word joiner'],
  [0x2061, 'invisible function application'],
  [0x2062, 'invisible times'],
  [0x2063, 'invisible separator'],
  [0x2064, 'invisible plus']
])

/** Bidirectional embedding, override and isolate controls: invisible, and able to disguise text. */
export const BIDI_NAMES: ReadonlyMap<number, string> = new Map([
  [0x202a, 'left-to-right embedding'],
  [0x202b, 'right-to-left embedding'],
  [0x202c, 'pop directional formatting'],
  [0x202d, 'left-to-right override'],
  [0x202e, 'right-to-left override'],
  [0x2066, 'left-to-right isolate'],
  [0x2067, 'right-to-left isolate'],
  [0x2068, 'first strong isolate'],
  [0x2069, 'pop directional isolate']
])

export const BYTE_ORDER_MARK = 0xfeff

/** Every character the rule looks at: one scan finds them all. Tab, line feed and carriage return are text. */
export const INVISIBLE_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200d\u2060-\u2064\u202a-\u202e\u2066-\u2069\ufeff]/g

export function invisibleKind(codePoint: number): InvisibleKind {
  if (ZERO_WIDTH_NAMES.has(codePoint)) return 'zero-width'
  if (BIDI_NAMES.has(codePoint)) return 'bidi'
  if (codePoint === BYTE_ORDER_MARK) return 'byte-order-mark'
  return codePoint >= 0x80 ? 'c1' : 'c0'
}

/**
 * Scripts written with spaces between words that never use joiners: a zero-width character between
 * two of their letters is damage. Elsewhere it can be meaning (ZWNJ in Persian, ZWJ in Devanagari
 * conjuncts, ZWSP as the word break of Thai and Khmer), so it is left alone.
 */
export const SPACED_SCRIPTS: ReadonlySet<string> = new Set(['Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew'])
