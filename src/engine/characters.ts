/**
 * Character classes asked by character code. The engine's views and several rules test one
 * character at a time on every word, where a regular expression per character would cost more than
 * the test.
 */

/** White space as `/\s/` defines it. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

/** The span from `start` to `end` without the white space at either end (start === end when all of it is). */
export function trimmedSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--
  return [start, end]
}

/** The lower case of an ASCII capital; any other code unchanged. */
export function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code
}
