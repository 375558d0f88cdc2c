/**
 * UTF-8 at the byte level, for checking and decoding the bytes recovered from mojibake.
 *
 * Besides strict UTF-8 this accepts CESU-8, the variant (Java's modified UTF-8, MySQL's old `utf8`)
 * that writes a character outside the BMP as two three-byte surrogates: emoji damaged that way turn
 * up as `í ½í¸` and are just as recoverable. A byte lost on the way (shown as U+FFFD or `?`) is
 * `LOST_BYTE`; a sequence with one decodes to U+FFFD.
 */

/** Stands for a byte whose value was lost (the damaged text shows U+FFFD or `?` in its place). */
export const LOST_BYTE = -1

/** How many bytes a UTF-8 sequence starting with `lead` has; 0 when `lead` cannot start one. */
export function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

/**
 * Whether `byte` can be byte number `position` (1-based after the lead) of a sequence starting with
 * `lead`. The second byte is narrowed after E0, F0 and F4 (no overlong forms, nothing past U+10FFFF);
 * after ED the surrogate range is allowed, for CESU-8.
 */
export function fitsContinuation(lead: number, position: number, byte: number): boolean {
  if (byte === LOST_BYTE) return true
  if (byte < 0x80 || byte > 0xbf) return false
  if (position !== 1) return true
  if (lead === 0xe0) return byte >= 0xa0
  if (lead === 0xf0) return byte >= 0x90
  if (lead === 0xf4) return byte <= 0x8f
  return true
}

/** The code point of a complete sequence (a lone surrogate for half a CESU-8 pair), or U+FFFD when a byte was lost. */
export function decodeSequence(bytes: readonly number[]): number {
  if (bytes.includes(LOST_BYTE)) return 0xfffd
  const [lead, ...rest] = bytes
  const leadBits = bytes.length === 2 ? lead & 0x1f : bytes.length === 3 ? lead & 0x0f : lead & 0x07
  return rest.reduce((codePoint, byte) => (codePoint << 6) | (byte & 0x3f), leadBits)
}

export function isHighSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdbff
}

export function isLowSurrogate(codePoint: number): boolean {
  return codePoint >= 0xdc00 && codePoint <= 0xdfff
}

/** Joins a CESU-8 surrogate pair into the character it encodes. */
export function joinSurrogates(high: number, low: number): number {
  return 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)
}
