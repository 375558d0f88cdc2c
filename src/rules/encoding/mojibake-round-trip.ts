/**
 * Checking a repair by doing the damage again: encode the repaired text as UTF-8, decode the bytes
 * with each wrong code page in turn, and compare with the damaged span. Only a repair that survives
 * this is called exact. Characters the damaged text lost (U+FFFD, `?`) cannot be checked, so a
 * repair with lost bytes is never exact.
 *
 * Inferred bytes are compared the way they were lost: when a no-break space had become a space, or
 * NFKD had flattened `º` to `o`, both sides are compared after NFKD with runs of spaces collapsed.
 * Text that merely went through NFD is compared after NFC.
 */
import type {CodePage} from './code-pages.js'

export interface RepairToCheck {
  repaired: string
  /** The wrong decodes in the order they happened. */
  codePages: readonly CodePage[]
  lostBytes: boolean
  inferredBytes: boolean
}

export function isExactRepair(damaged: string, repair: RepairToCheck): boolean {
  if (repair.lostBytes) return false
  const target = comparable(damaged, repair.inferredBytes)
  return [encodeUtf8, encodeCesu8].some((encode) => comparable(redamage(repair.repaired, repair.codePages, encode), repair.inferredBytes) === target)
}

function redamage(text: string, codePages: readonly CodePage[], encode: (text: string) => Uint8Array): string {
  let result = text
  for (const codePage of codePages) {
    let decoded = ''
    for (const byte of encode(result)) decoded += byte < 0x80 ? String.fromCharCode(byte) : codePage.charOf[byte - 0x80]
    result = decoded
  }
  return result
}

function encodeUtf8(text: string): Uint8Array {
  return Buffer.from(text, 'utf8')
}

/** CESU-8: characters outside the BMP as two three-byte surrogates. */
function encodeCesu8(text: string): Uint8Array {
  const bytes: number[] = []
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    if (unit >= 0xd800 && unit <= 0xdfff) bytes.push(0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f))
    else bytes.push(...Buffer.from(text[index], 'utf8'))
  }
  return Uint8Array.from(bytes)
}

function comparable(text: string, inferredBytes: boolean): string {
  if (!inferredBytes) return text.normalize('NFC')
  return text.normalize('NFKD').replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' ')
}
