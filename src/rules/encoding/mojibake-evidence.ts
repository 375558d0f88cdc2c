/**
 * Weighing a candidate: how strongly the damaged text says "mojibake", and whether the repair reads
 * like text. A candidate is a run of characters that, mapped back to bytes in some code page, form
 * valid UTF-8; that alone proves little (`CAFÉ…` is valid UTF-8 in Windows-1252), so the detector asks
 * two questions. Evidence is counted on the damaged side, in points:
 *
 * - a C1 control (3): no text means one; they are bytes Windows-1252 would have shown as punctuation;
 * - a symbol glued to a letter (2), unless it is one that ordinarily ends a word (`…`, `®`, `’`, `²`)
 *   and the word does end there: `cafÃ©`, `HÃ´tel`, `Ä°stanbul`;
 * - a lowercase letter followed by an accented capital (2): `cafÃ`, `вЂ`;
 * - `Â` or `Ã` followed by a continuation character (2): in the Latin code pages these two letters
 *   almost never precede a symbol except as the first half of a UTF-8 sequence (`Â£`, `Ã©`);
 * - a three- or four-byte sequence with a continuation other than word-ending punctuation (1), and
 *   hiding a typical target such as punctuation or an emoji (1): `â€™`, `âœ”`, but not a Cyrillic
 *   `в` followed by `’”` (nor a sequence with an inferred byte);
 * - every further sequence in an unbroken run (1): `Ð´Ð¾Ñ€Ð¾Ð³Ðµ`.
 *
 * The repair must read like text: no controls or unassigned code points, no combining mark after a
 * space, no lone IPA letter or Hebrew point (`NESTLÉ®` would become `NESTLɮ`), no lone Han, Hebrew or
 * Thai letter glued to a Latin word, and no capital after a lowercase letter.
 */
import {
  isC1,
  isLetter,
  isLower,
  isMark,
  isSpace,
  isSymbol,
  isTypicalTarget,
  isUnlikelyAlone,
  isUnusable,
  isUpper,
  isWordTrailing,
  scriptOf
} from './character-classes.js'

/** One damaged unit of a candidate, with how it was read. */
export interface DamagedUnit {
  codePoint: number
  /**
   * `byte`: the code page's own character; `flattened`: the same in its NFKD spelling (`1⁄4`); the
   * others are inferred bytes (see the detector).
   */
  kind: 'byte' | 'flattened' | 'restored-space' | 'lost' | 'ordinal'
}

export interface SequenceShape {
  units: DamagedUnit[]
  /** The character the sequence decodes to. */
  decoded: number
}

/** Points at which a candidate counts as mojibake on its own evidence. */
export const STRONG_EVIDENCE = 2

/** Symbols that are ordinary inside a word (`don’t`, `col·lecció`, soft hyphens, dashes in compounds). */
const WORD_INTERNAL = new Set([...'’‘·\u00ad\u00a0–—'].map((c) => c.codePointAt(0)!))
/** After `Â`/`Ã`, continuations that can also be the punctuation closing an all-capitals word. */
const CLOSING_AFTER_CAPITAL = new Set([...'…”’'].map((c) => c.codePointAt(0)!))
const A_CIRCUMFLEX = 0xc2
const A_TILDE = 0xc3

/**
 * Evidence points for a run of sequences read in a Latin code page (`latin`) or another, between the
 * characters `before` and `after` (-1 at the text's edges).
 */
export function evidence(sequences: readonly SequenceShape[], before: number, after: number, latin: boolean): number {
  const window: DamagedUnit[] = [{codePoint: before, kind: 'byte'}]
  for (const sequence of sequences) window.push(...sequence.units)
  window.push({codePoint: after, kind: 'byte'})
  let points = sequences.length - 1
  for (let index = 1; index < window.length - 1; index++) {
    const unit = window[index]
    if (!isRead(unit)) continue
    const previous = window[index - 1].codePoint
    const next = window[index + 1].codePoint
    if (isC1(unit.codePoint)) points += 3
    else if (previous >= 0 && isLetter(previous) && isSymbol(unit.codePoint) && isGlued(unit.codePoint, next)) points += 2
    if (previous >= 0 && isLower(previous) && unit.codePoint >= 0x80 && isUpper(unit.codePoint)) points += 2
  }
  sequences.forEach((sequence, index) => {
    const next = index + 1 < sequences.length ? sequences[index + 1].units[0].codePoint : after
    points += sequencePoints(sequence, next, latin)
  })
  return points
}

/** A unit that is the code page's character itself, not an inferred byte. */
function isRead(unit: DamagedUnit): boolean {
  return unit.kind === 'byte' || unit.kind === 'flattened'
}

function isGlued(symbol: number, next: number): boolean {
  const continuesWord = next >= 0 && isLetter(next)
  if (continuesWord) return !WORD_INTERNAL.has(symbol)
  return !isWordTrailing(symbol)
}

function sequencePoints(sequence: SequenceShape, next: number, latin: boolean): number {
  const [lead, first] = sequence.units
  const endsWord = !(next >= 0 && isLetter(next))
  let points = 0
  if (latin && (lead.codePoint === A_CIRCUMFLEX || lead.codePoint === A_TILDE) && isRead(first)) {
    const closesWord = CLOSING_AFTER_CAPITAL.has(first.codePoint) && endsWord
    if (!closesWord && first.codePoint !== 0x2019) points += 2
  }
  // A sequence completed by an inferred byte proves little by its shape: only context can vouch for it.
  if (sequence.units.length >= 3 && sequence.units.every(isRead)) {
    if (!endsWord || sequence.units.slice(1).some((unit) => !isWordTrailing(unit.codePoint))) points += 1
    if (isTypicalTarget(sequence.decoded)) points += 1
  }
  return points
}

/**
 * Whether `repaired`, between the text before it and after it, reads like text. `before` and `after`
 * are a few characters of context (they may be empty).
 */
export function readsAsText(repaired: string, before: string, after: string): boolean {
  const codePoints = [...repaired]
  if (codePoints.length === 0) return true
  const values = codePoints.map((c) => c.codePointAt(0)!)
  if (values.some((value) => value !== 0xfffd && value !== 0xfeff && isUnusable(value))) return false
  if (isMark(values[0]) && (before === '' || isSpace(before.codePointAt(before.length - 1)!))) return false
  const lone = values.filter((value) => value !== 0xfffd)
  if (lone.length === 1 && !readsAlone(lone[0], before, after)) return false
  return !breaksCase(values, before, after)
}

function readsAlone(value: number, before: string, after: string): boolean {
  if (isUnlikelyAlone(value)) return false
  if (!isLetter(value)) return value < 0x800 || isTypicalTarget(value)
  const script = scriptOf(value)
  if (script === 'Latin' || script === 'Greek' || script === 'Cyrillic') return true
  // A lone Thai or Han letter may stand between punctuation (a kaomoji's arm), not glued to Latin letters.
  const neighbours = [before.codePointAt(before.length - 1), after.codePointAt(0)]
  return neighbours.every((neighbour) => neighbour === undefined || !isLetter(neighbour) || scriptOf(neighbour) === script)
}

/** A capital right after a lowercase letter, or a lowercase repair inside an all-capitals word. */
function breaksCase(values: number[], before: string, after: string): boolean {
  const previous = [...before].slice(-2).map((c) => c.codePointAt(0)!)
  const next = [...after].slice(0, 1).map((c) => c.codePointAt(0)!)
  const window = [...previous, ...values, ...next]
  const first = previous.length
  const last = previous.length + values.length - 1
  for (let index = Math.max(1, first); index <= Math.min(window.length - 1, last + 1); index++) {
    if (isLower(window[index - 1]) && isUpper(window[index])) return true
  }
  const capitalsBefore = previous.length === 2 && previous.every((value) => isUpper(value))
  return capitalsBefore && isLower(values[0])
}

/**
 * Whether a repair still reads as damaged: a lone `Â`/`Ã`, or `â` before `€`/`‚` or a C1 control,
 * left over when a layer of the damage had already lost bytes (`KÃ\u0083 rner` undoes to `KÃ rner`).
 * Such a span is reported, but not repaired.
 */
export function stillLooksDamaged(repaired: string, after: string): boolean {
  return /[ÂÃ](?!\p{L})|â[€‚\u0080-\u009f]|[\u0080-\u009f]/u.test(repaired + after.slice(0, 1))
}
