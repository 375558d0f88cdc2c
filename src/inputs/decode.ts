/**
 * Bytes to text, with a clear reason when that is not possible. Binary files are refused. Text that
 * is not valid UTF-8 is decoded with the encoding it most likely has, and that encoding is returned so
 * the `valid-utf8` rule can report it (and `--fix` can rewrite the file as UTF-8):
 *
 * - UTF-16 with a byte-order mark is recognised before the binary check (its NUL bytes are text);
 * - a file that is mostly UTF-8 with stray bytes (two sources pasted together) keeps its UTF-8 and
 *   reads each stray byte as Windows-1252, the code page such bytes almost always come from;
 * - anything else is identified by chardet and decoded by iconv-lite. chardet's `ISO-8859-1` is read
 *   as Windows-1252, its superset that every browser substitutes for it.
 *
 * No byte is ever dropped (a code page's undefined byte becomes its C1 control), so writing the text
 * back as UTF-8 loses nothing; a file that cannot be decoded that way is refused with the reason.
 */
import chardet from 'chardet'
import iconv from 'iconv-lite'

export type Decoded =
  | {
      ok: true
      text: string
      /** The encoding the bytes were decoded with when they were not UTF-8 (absent for UTF-8). */
      encoding?: string
    }
  | {ok: false; reason: string}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/** A NUL byte in the first 8 KiB marks a binary file, as git and grep decide. */
function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 8192)
  for (let index = 0; index < limit; index++) if (bytes[index] === 0) return true
  return false
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const utf16 = utf16ByBom(bytes)
  if (utf16) return {ok: true, text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16.toUpperCase()}
  if (looksBinary(bytes)) return {ok: false, reason: 'binary file (contains NUL bytes); not linted'}
  try {
    return {ok: true, text: utf8.decode(bytes)}
  } catch {
    return decodeLegacy(bytes)
  }
}

function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

const MIXED = 'UTF-8 mixed with Windows-1252'

function decodeLegacy(bytes: Uint8Array): Decoded {
  const {valid, invalid} = countUtf8Sequences(bytes)
  if (valid >= invalid) return {ok: true, text: decodeMixed(bytes), encoding: MIXED}
  const detected = chardet.detect(bytes)
  const encoding = detected === null || /^(?:UTF-8|ASCII|ISO-8859-1)$/i.test(detected) ? 'windows-1252' : detected
  if (!iconv.encodingExists(encoding)) {
    return {ok: false, reason: `not valid UTF-8, and its encoding (${encoding}) cannot be decoded; not linted`}
  }
  const text = decodeWithoutLoss(bytes, encoding)
  if (text === undefined) return {ok: false, reason: `not valid UTF-8, and decoding it as ${encoding} would lose bytes; not linted`}
  return {ok: true, text, encoding: displayEncoding(encoding)}
}

/**
 * The text, with every byte accounted for, so that writing it back as UTF-8 (`--fix`) loses nothing.
 * A single-byte code page's undefined byte becomes its C1 control; a multi-byte encoding that
 * cannot account for every byte gives undefined.
 */
function decodeWithoutLoss(bytes: Uint8Array, encoding: string): string | undefined {
  const text = iconv.decode(Buffer.from(bytes), encoding)
  if (!text.includes('\ufffd')) return text
  if (!isSingleByte(encoding)) return undefined
  let result = ''
  for (const byte of bytes) {
    const character = iconv.decode(Buffer.from([byte]), encoding)
    result += character === '\ufffd' ? String.fromCharCode(byte) : character
  }
  return result
}

function isSingleByte(encoding: string): boolean {
  return iconv.decode(Buffer.from(Array.from({length: 256}, (_, byte) => byte)), encoding).length === 256
}

function displayEncoding(encoding: string): string {
  return encoding.replace(/^windows-/i, 'Windows-')
}

/** Valid multi-byte UTF-8 sequences, and bytes that fit no sequence. */
function countUtf8Sequences(bytes: Uint8Array): {valid: number; invalid: number} {
  let valid = 0
  let invalid = 0
  for (let index = 0; index < bytes.length; ) {
    if (bytes[index] < 0x80) {
      index++
      continue
    }
    const length = utf8SequenceLength(bytes, index)
    if (length === 0) {
      invalid++
      index++
    } else {
      valid++
      index += length
    }
  }
  return {valid, invalid}
}

/** UTF-8 where the bytes are UTF-8, Windows-1252 for each byte that is not. */
function decodeMixed(bytes: Uint8Array): string {
  let text = ''
  let runStart = 0
  for (let index = 0; index < bytes.length; ) {
    const length = bytes[index] < 0x80 ? 1 : utf8SequenceLength(bytes, index)
    if (length > 0) {
      index += length
      continue
    }
    text += utf8.decode(bytes.subarray(runStart, index)) + windows1252Byte(bytes[index])
    index++
    runStart = index
  }
  return text + utf8.decode(bytes.subarray(runStart))
}

/** The Windows-1252 character of a byte; a byte Windows-1252 leaves undefined becomes its C1 control, so nothing is lost. */
function windows1252Byte(byte: number): string {
  return decodeWithoutLoss(Uint8Array.of(byte), 'windows-1252')!
}

/** Length of the valid UTF-8 sequence starting at `index`, or 0. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const byte = bytes[index]
  const length = byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
  if (length === 0 || index + length > bytes.length) return 0
  try {
    utf8.decode(bytes.subarray(index, index + length))
    return length
  } catch {
    return 0
  }
}

/** Offset of the first byte that breaks UTF-8, for error messages. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let index = 0; index < bytes.length; ) {
    const length = bytes[index] < 0x80 ? 1 : utf8SequenceLength(bytes, index)
    if (length === 0) return index
    index += length
  }
  return bytes.length
}
