/**
 * Bytes to text, with a clear reason when that is not possible. Binary files are refused; text that
 * is not valid UTF-8 is reported as such (the `valid-utf8` rule builds on this).
 */

export type Decoded = {ok: true; text: string} | {ok: false; reason: string}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** A NUL byte in the first 8 KiB marks a binary file, as git and grep decide. */
export function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 8192)
  for (let index = 0; index < limit; index++) if (bytes[index] === 0) return true
  return false
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (looksBinary(bytes)) return {ok: false, reason: 'binary file (contains NUL bytes); not linted'}
  try {
    return {ok: true, text: utf8.decode(bytes)}
  } catch {
    const at = firstInvalidUtf8(bytes)
    return {ok: false, reason: `not valid UTF-8 (first invalid byte at offset ${at}); not linted`}
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    if (length === 0 || index + length > bytes.length) return index
    try {
      utf8.decode(bytes.subarray(index, index + length))
    } catch {
      return index
    }
    index += length
  }
  return bytes.length
}
