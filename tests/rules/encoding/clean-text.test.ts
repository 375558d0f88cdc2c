import fc from 'fast-check'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {encodingLinter} from '../../../bench/ftfy-cases.js'

/**
 * Property tests: clean text in many scripts draws no encoding message and `fixText` leaves it
 * byte-identical; the same text with a word damaged by a wrong decode is repaired exactly, and
 * fixing is idempotent.
 *
 * Latin, Greek and Cyrillic words come from word lists: random letter soup in those scripts can spell
 * real mojibake (`ÄŸ` is how `ğ` looks read as Windows-1252), which is not clean text. Scripts no
 * supported code page contains (Arabic, Devanagari, CJK, emoji) are drawn character by character.
 */
const LATIN = ['café', 'naïve', 'Zürich', 'São', 'Paulo', 'Łódź', 'Dvořák', 'İstanbul', 'Ærøskøbing', 'smörgåsbord', 'façade', 'jalapeño',
  'Ångström', 'crème', 'brûlée', 'Straße', 'Kraków', 'Bogotá', 'Malmö', 'Þórshöfn', 'Ñuñoa', 'Čeština', 'Fußball', 'Sørensen', 'œuvre',
  'garçon', 'Göteborg', 'Müller', 'Rhône', 'Škoda', 'Žižek', 'Erdoğan', 'Gdańsk', 'Reykjavík', 'Ljubljana', 'Hà', 'Nội', 'Việt', 'news', 'the', 'reported', 'minister']
const GREEK_AND_CYRILLIC = ['Αθήνα', 'πρόεδρος', 'ειδήσεις', 'Москва', 'новости', 'президент', 'Київ', 'їжак', 'Ёлка', 'ещё', 'Беларусь', 'Ђорђе']
const EMOJI = ['👩‍💻', '🏳️‍🌈', '👍🏽', '❤️', '🇫🇷', '😀', '🎉']
const PUNCTUATION = [' ', ' ', ' ', ', ', '. ', '! ', '? ', '?” ', ' — ', ' – ', '… ', '…” ', '\n', '\n\n', ' “', '” ', ' ‘', '’ ', ' "', '" ', ' (', ') ', ': ', '® ', '™ ', ' 5" ', ' £', ' €']
const SUFFIXES = ['', '', '', '’s', "'s", '’', '²', '°', '®', '™', '…', '’”', ' ≈ 5', ' √2', ' ±1']

const range = (from: number, to: number) => fc.integer({min: from, max: to}).map((code) => String.fromCodePoint(code))
const drawnWord = (letters: fc.Arbitrary<string>) => fc.array(letters, {minLength: 1, maxLength: 8}).map((chars) => chars.join(''))

const word = fc.oneof(
  fc.constantFrom(...LATIN),
  fc.constantFrom(...LATIN).map((latin) => latin.toUpperCase()),
  fc.constantFrom(...GREEK_AND_CYRILLIC),
  fc.constantFrom(...GREEK_AND_CYRILLIC).map((word) => word.toUpperCase()),
  fc.constantFrom(...EMOJI),
  drawnWord(range(0x0621, 0x064a)),
  drawnWord(fc.oneof(range(0x0905, 0x0939), range(0x093e, 0x094d))),
  drawnWord(range(0x4e00, 0x9fff)),
  drawnWord(range(0x3041, 0x3096)),
  drawnWord(range(0xac00, 0xd7a3)),
  fc.integer({min: 0, max: 99999}).map(String)
)

const cleanText = fc
  .array(fc.tuple(word, fc.constantFrom(...SUFFIXES), fc.constantFrom(...PUNCTUATION)), {minLength: 1, maxLength: 40})
  .map((parts) => parts.flat().join(''))

const linter = encodingLinter()

/** UTF-8 bytes read one by one in `codePage`, a byte it leaves undefined kept as its C1 control (as browsers do). */
function misdecode(text: string, codePage: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => {
    const character = iconv.decode(Buffer.from([byte]), codePage)
    return character === '\ufffd' ? String.fromCharCode(byte) : character
  }).join('')
}

describe('encoding rules on clean text', () => {
  it('report nothing and fix nothing', async () => {
    await fc.assert(
      fc.asyncProperty(cleanText, async (text) => {
        const {messages} = await linter.lintText(text)
        expect(messages).toEqual([])
        expect((await linter.fixText(text)).output).toBe(text)
      }),
      {numRuns: 150}
    )
  })

  it('repair a word damaged by a Windows-1252 or Latin-1 decode, and fixing twice changes nothing more', async () => {
    // `Š` read as Windows-1252 is `Å` and a no-break space, which the Scandinavian word `Å` can be too:
    // it is only caught next to other damage.
    const damageable = LATIN.filter((latin) => /[^\x00-\x7f]/.test(latin) && !latin.startsWith('Š'))
    await fc.assert(
      fc.asyncProperty(cleanText, fc.constantFrom(...damageable), fc.constantFrom('windows-1252', 'latin1'), async (text, victim, codePage) => {
        const original = `${text} ${victim} ${text}`
        const damaged = `${text} ${misdecode(victim, codePage)} ${text}`
        const {messages} = await linter.lintText(damaged)
        expect(messages.map((message) => message.ruleId)).toContain('no-mojibake')
        const once = (await linter.fixText(damaged)).output
        expect(once).toBe(original)
        expect((await linter.fixText(once)).output).toBe(once)
      }),
      {numRuns: 60}
    )
  })
})
