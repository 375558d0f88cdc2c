/**
 * Damaged text as a message can show it: invisible characters (controls, zero-width and
 * bidirectional marks, no-break and other odd spaces) are written as `\u{…}` so the reader sees what
 * is there.
 */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/gu

export function showText(text: string): string {
  return text.replace(INVISIBLE, (character) => `\\u{${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`)
}

/** `U+00E9` notation for a character. */
export function codePointLabel(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}
