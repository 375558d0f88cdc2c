/**
 * What kind of character something is, for weighing whether a span is mojibake and whether its
 * repair reads like text. Only candidate spans are ever classified, so these are plain property
 * tests, compiled once.
 *
 * The facts behind the lists come from studying where mojibake characters occur (as ftfy's badness
 * heuristics document them): the continuation characters of UTF-8 mojibake are symbols and
 * punctuation glued to letters, and a sound repair yields letters that fit their word, common
 * punctuation, symbols or whole runs of another script, not stray IPA letters or Armenian.
 */

const LETTER = /^\p{L}$/u
const UPPER = /^\p{Lu}$/u
const LOWER = /^\p{Ll}$/u
const MARK = /^\p{M}$/u
const DIGIT = /^\p{Nd}$/u
const SPACE = /^\s$/u
const UNUSABLE = /^[\p{Cn}\p{Co}\p{Cs}\p{Cc}]$/u
const LATIN = /^[\p{Script=Latin}]$/u

function char(codePoint: number): string {
  return String.fromCodePoint(codePoint)
}

export const isLetter = (codePoint: number): boolean => LETTER.test(char(codePoint))
export const isUpper = (codePoint: number): boolean => UPPER.test(char(codePoint))
export const isLower = (codePoint: number): boolean => LOWER.test(char(codePoint))
export const isMark = (codePoint: number): boolean => MARK.test(char(codePoint))
export const isSpace = (codePoint: number): boolean => SPACE.test(char(codePoint))
export const isC1 = (codePoint: number): boolean => codePoint >= 0x80 && codePoint <= 0x9f

/** Punctuation and symbols: neither letter, digit, mark nor space. */
export function isSymbol(codePoint: number): boolean {
  const c = char(codePoint)
  return !LETTER.test(c) && !DIGIT.test(c) && !MARK.test(c) && !SPACE.test(c)
}

/**
 * Characters that follow the end of a word in ordinary writing (`CAFÉ…`, `NESTLÉ®`, `m²`, `l’`), so a
 * letter followed by one of them is no sign of damage on its own.
 */
const WORD_TRAILING = new Set([...'’‘”“»›…–—―™®²³¹°‰′″·\u00a0\u00ad'].map((c) => c.codePointAt(0)!))

export const isWordTrailing = (codePoint: number): boolean => WORD_TRAILING.has(codePoint)

/** Never a sensible repair: controls, unassigned and private-use code points, lone surrogates. */
export function isUnusable(codePoint: number): boolean {
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return false
  if ((codePoint & 0xfffe) === 0xfffe || (codePoint >= 0xfdd0 && codePoint <= 0xfdef)) return true
  return UNUSABLE.test(char(codePoint))
}

/** Rare letters of Latin Extended-A that a lone two-byte repair should not produce without support. */
const RARE_LATIN_A = new Set([...'ĈĉĊċĔĕĜĝĠġĤĥĦħĬĭĲĳĴĵĸĿŀŉŊŋŎŏŜŝŦŧŬŭŶŷſ'].map((c) => c.codePointAt(0)!))
/** The Latin Extended-B letters living languages use: pinyin tones, Romanian, Vietnamese, ƒ. */
const COMMON_LATIN_B = new Set([...'ƒƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜȘșȚț'].map((c) => c.codePointAt(0)!))

/**
 * Whether a character is an unlikely thing for a lone repaired sequence to be: IPA, phonetic and
 * modifier letters, Armenian, Hebrew points, the small scripts of U+0700–U+08FF, rare Latin letters. A run of
 * them (a whole damaged word of Armenian) is another matter; the caller counts.
 */
export function isUnlikelyAlone(codePoint: number): boolean {
  if (codePoint >= 0x0180 && codePoint <= 0x024f) return !COMMON_LATIN_B.has(codePoint)
  if (codePoint >= 0x0250 && codePoint <= 0x02ff) return true
  if (codePoint >= 0x0370 && codePoint <= 0x0385) return true
  if (codePoint >= 0x0460 && codePoint <= 0x052f) return true
  if (codePoint >= 0x0530 && codePoint <= 0x058f) return true
  if (codePoint >= 0x0591 && codePoint <= 0x05cf) return true
  if (codePoint >= 0x0700 && codePoint <= 0x08ff) return true
  if (codePoint >= 0x1d00 && codePoint <= 0x1dbf) return true
  return RARE_LATIN_A.has(codePoint)
}

/**
 * Whether a character is what three- and four-byte mojibake typically hides: punctuation, currency
 * and other symbols, arrows, box drawing, dingbats, emoji, Vietnamese letters, fullwidth forms and
 * the two specials (U+FEFF, U+FFFD).
 */
export function isTypicalTarget(codePoint: number): boolean {
  return (
    (codePoint >= 0x1e00 && codePoint <= 0x1eff) ||
    (codePoint >= 0x2000 && codePoint <= 0x2bff) ||
    (codePoint >= 0x3000 && codePoint <= 0x303f) ||
    (codePoint >= 0xfb00 && codePoint <= 0xfb06) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef) ||
    codePoint === 0xfeff ||
    codePoint === 0xfffd ||
    (codePoint >= 0x1f000 && codePoint <= 0x1faff)
  )
}

const SCRIPT_NAMES = ['Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali', 'Tamil', 'Thai', 'Han', 'Hiragana', 'Katakana', 'Hangul']
const SCRIPTS = SCRIPT_NAMES.map((name) => ({name, pattern: new RegExp(`^\\p{Script=${name}}$`, 'u')}))

/** The script of a letter, by name, `Latin`, or `Common` for everything that is not a letter. */
export function scriptOf(codePoint: number): string {
  const c = char(codePoint)
  if (!LETTER.test(c)) return 'Common'
  if (LATIN.test(c)) return 'Latin'
  return SCRIPTS.find((script) => script.pattern.test(c))?.name ?? 'Other'
}
