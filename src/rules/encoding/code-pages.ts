/**
 * The legacy single-byte code pages that UTF-8 text gets wrongly decoded with, as char ↔ byte tables.
 *
 * Mojibake is UTF-8 bytes decoded one byte per character in one of these code pages. To undo it we
 * map each damaged character back to its byte and decode the bytes as UTF-8, so what matters here is
 * the upper half (bytes 0x80–0xFF) of each code page. The tables come from iconv-lite at module load;
 * no byte values are typed in by hand.
 *
 * "Sloppy" decoders (browsers, Python's `errors='replace'` habits, many scrapers) turn a byte the code
 * page leaves undefined into the C1 control of the same number (0x9D → U+009D): that is how
 * `donâ€\u009dt` arises, so undefined bytes map to their C1 control here too. The order is the order
 * in which ties are broken: the code pages most often confused with UTF-8 first.
 */
import iconv from 'iconv-lite'

export interface CodePage {
  /** Name iconv-lite knows the code page by. */
  readonly id: string
  /** Name a reader knows it by, used in messages ("UTF-8 read as Windows-1252"). */
  readonly name: string
  /** Code point → byte, for bytes 0x80–0xFF. */
  readonly byteOf: ReadonlyMap<number, number>
  /** Byte → character, the other way round (index 0 is byte 0x80). */
  readonly charOf: readonly string[]
  /**
   * Code pages whose mistakes look alike (Windows-1252 and Latin-1 differ only in 0x80–0x9F), so a
   * document's repairs in one count as evidence for the other.
   */
  readonly family: string
  /**
   * Whether the code page's upper half is mostly symbols and box drawing (MacRoman, code page 437):
   * legitimate text in those characters is common enough that a lone sequence needs more evidence.
   */
  readonly symbolHeavy: boolean
}

interface CodePageSource {
  id: string
  name: string
  family: string
  symbolHeavy?: boolean
}

const SOURCES: readonly CodePageSource[] = [
  {id: 'windows-1252', name: 'Windows-1252', family: 'latin'},
  {id: 'iso-8859-1', name: 'Latin-1', family: 'latin'},
  {id: 'windows-1251', name: 'Windows-1251', family: 'cyrillic'},
  {id: 'windows-1250', name: 'Windows-1250', family: 'central-european'},
  {id: 'iso-8859-2', name: 'ISO-8859-2', family: 'central-european'},
  {id: 'windows-1253', name: 'Windows-1253', family: 'greek'},
  {id: 'windows-1254', name: 'Windows-1254', family: 'latin'},
  {id: 'windows-1257', name: 'Windows-1257', family: 'baltic'},
  {id: 'macintosh', name: 'MacRoman', family: 'macroman', symbolHeavy: true},
  {id: 'cp437', name: 'code page 437', family: 'cp437', symbolHeavy: true}
]

function buildCodePage(source: CodePageSource): CodePage {
  const byteOf = new Map<number, number>()
  const charOf: string[] = []
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const decoded = iconv.decode(Buffer.from([byte]), source.id)
    // Sloppy decoding: an undefined byte shows up as the C1 control of the same number.
    const codePoint = decoded === '\ufffd' ? byte : decoded.codePointAt(0)!
    byteOf.set(codePoint, byte)
    charOf.push(String.fromCodePoint(codePoint))
  }
  return {id: source.id, name: source.name, family: source.family, symbolHeavy: source.symbolHeavy ?? false, byteOf, charOf}
}

export const CODE_PAGES: readonly CodePage[] = SOURCES.map(buildCodePage)

/** Windows-1252: the code page C1 controls in text almost always belong to. */
export const WINDOWS_1252 = CODE_PAGES[0]

/**
 * For every character that one of the code pages maps to a high byte: a bit mask (bit i = code page i)
 * of the code pages where it is a UTF-8 lead byte (0xC2–0xF4) and where it is a continuation byte
 * (0x80–0xBF). A character in neither mask can never be part of mojibake.
 */
export const LEAD_MASK = new Map<number, number>()
export const CONTINUATION_MASK = new Map<number, number>()

CODE_PAGES.forEach((codePage, index) => {
  for (const [codePoint, byte] of codePage.byteOf) {
    if (byte >= 0xc2 && byte <= 0xf4) LEAD_MASK.set(codePoint, (LEAD_MASK.get(codePoint) ?? 0) | (1 << index))
    if (byte <= 0xbf) CONTINUATION_MASK.set(codePoint, (CONTINUATION_MASK.get(codePoint) ?? 0) | (1 << index))
  }
})

/**
 * The Windows-1252 character a C1 control stands for (U+0093 → “), or undefined for the five bytes
 * Windows-1252 leaves unassigned. A C1 control in text is a Windows-1252 byte that was decoded as
 * Latin-1: no news text means a C1 control.
 */
export function windows1252ForC1(codePoint: number): string | undefined {
  return C1_AS_WINDOWS_1252.get(codePoint)
}

const C1_AS_WINDOWS_1252 = new Map<number, string>()
for (const [codePoint, byte] of WINDOWS_1252.byteOf) {
  if (byte <= 0x9f && codePoint !== byte) C1_AS_WINDOWS_1252.set(byte, String.fromCodePoint(codePoint))
}
