/**
 * `no-broken-apostrophe`: an apostrophe that a conversion turned into a double quote or a question
 * mark inside a word: `Lavrov"s`, `didn"t`, `they"re`, `territory?s` (and `Blair¿s`, the BBC's own
 * variant). Only the spellings of English contractions and possessives count (`apostrophes.ts`), so a
 * closing quote after a word (`he said "no" to`), inches (`5"`), a real question (`Why? So…`) or a
 * URL query (`watch?v=`) are never flagged.
 *
 * The fix writes the apostrophe the document already uses: curly (’) when it has more curly than
 * straight apostrophes between letters, straight (') otherwise.
 */
import {defineRule} from '../../engine/rule.js'
import {encodingRuleMeta, type EncodingRuleOptions} from './rule-meta.js'
import {contractionAround, documentApostrophe} from './apostrophes.js'

/** Stand-ins; a candidate also has a letter or digit before it and a letter after it. */
const STAND_IN = /["?¿]/g
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const LETTER = /\p{L}/u

/** After a question mark only the end of a clause may follow the ending, never `=`, `&` or `/` (URLs). */
const CLAUSE_END = /^(?:$|[\s.,;:!?)\]"'’”])/
const URL_LOOKBACK = 200

export const noBrokenApostrophe = defineRule<EncodingRuleOptions>(
  encodingRuleMeta('no-broken-apostrophe', 'Disallow apostrophes turned into `"` or `?` inside a word (`Lavrov"s`)', {fixable: true}),
  ({text, report}) => {
    let apostrophe: string | undefined
    for (const match of text.matchAll(STAND_IN)) {
      const markAt = match.index
      if (!LETTER_OR_DIGIT.test(text[markAt - 1] ?? '') || !LETTER.test(text[markAt + 1] ?? '')) continue
      const contraction = contractionAround(text, markAt, markAt + 1)
      if (!contraction) continue
      const start = markAt - contraction.word.length
      const end = markAt + 1 + contraction.ending.length
      if (match[0] !== '"' && (!CLAUSE_END.test(text.slice(end, end + 1)) || insideUrl(text, start))) continue
      apostrophe ??= documentApostrophe(text)
      const repaired = contraction.word + apostrophe + contraction.ending
      report({
        start,
        end,
        message: `Broken apostrophe: \`${text.slice(start, end)}\` should be \`${repaired}\``,
        expected: [repaired],
        fix: [{start: markAt, end: markAt + 1, text: apostrophe}]
      })
    }
  }
)

/** Whether the word starting at `start` belongs to a URL (`https://…`, `www.…`, `?q=…&`), looked for within a bounded stretch. */
function insideUrl(text: string, start: number): boolean {
  let from = start
  while (from > 0 && start - from < URL_LOOKBACK && !/\s/.test(text[from - 1])) from--
  return /:\/\/|www\.|[/=&]/.test(text.slice(from, start))
}
