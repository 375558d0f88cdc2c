/**
 * ftfy's public test cases (../shared/ftfy-cases) as an external test suite for the encoding rules,
 * scored the same way by the unit test and by `npm run eval:encoding`.
 *
 * - Mojibake cases: `expect: pass` outside `negative.json` where ftfy's encoding repair changes the
 *   text (`fixed-encoding`, or `fixed` when the case has no separate encoding result).
 * - Flagged: `no-mojibake` reports something in the original.
 * - Fixed: `fixText` with every encoding rule gives ftfy's `fixed`, once ftfy's cosmetic
 *   normalisations are applied to our output too: ftfy straightens curly quotes, splits Latin
 *   ligatures and narrows fullwidth forms, none of which is damage, so copydesk does not do them.
 *   The stricter figure (our output equals ftfy's encoding repair as it is) is reported beside it.
 * - Negatives: the 31 cases of `negative.json`, which nothing should flag.
 */
import {createLinter, type Linter} from '../src/engine/linter.js'
import {encodingRules} from '../src/rules/encoding/index.js'
import {readSharedJson} from './corpora.js'

export interface FtfyCase {
  file: string
  index: number
  label: string
  original: string
  fixed: string
  /** ftfy's `fix_encoding` result where it differs from `fixed`. */
  fixedEncoding?: string
  expect: 'pass' | 'fail'
}

const FILES = ['in-the-wild', 'synthetic', 'language-names', 'negative', 'known-failures']

export function readFtfyCases(): FtfyCase[] {
  return FILES.flatMap((file) =>
    readSharedJson<Array<Record<string, string>>>('ftfy-cases', `${file}.json`).map((entry, index) => ({
      file,
      index,
      label: entry.label,
      original: entry.original,
      fixed: entry.fixed,
      fixedEncoding: entry['fixed-encoding'],
      expect: entry.expect as 'pass' | 'fail'
    }))
  )
}

export function isMojibakeCase(testCase: FtfyCase): boolean {
  return testCase.expect === 'pass' && testCase.file !== 'negative' && (testCase.fixedEncoding ?? testCase.fixed) !== testCase.original
}

/** The encoding-rule linter: every encoding rule at its default severity, nothing else. */
export function encodingLinter(): Linter {
  return createLinter({config: {extends: [], rules: Object.fromEntries(encodingRules.map((rule) => [rule.meta.id, rule.meta.severity]))}})
}

/** ftfy's `fix_latin_ligatures` table. */
const LIGATURES: Record<string, string> = {
  Ĳ: 'IJ', ĳ: 'ij', ŉ: 'ʼn', Ǳ: 'DZ', ǲ: 'Dz', ǳ: 'dz', Ǆ: 'DŽ', ǅ: 'Dž', ǆ: 'dž', Ǉ: 'LJ', ǈ: 'Lj', ǉ: 'lj', Ǌ: 'NJ', ǋ: 'Nj', ǌ: 'nj',
  ﬀ: 'ff', ﬁ: 'fi', ﬂ: 'fl', ﬃ: 'ffi', ﬄ: 'ffl', ﬅ: 'ſt', ﬆ: 'st'
}

/** ftfy's cosmetic steps after its repairs: ligatures, character width, straight quotes, NFC. */
export function ftfyCosmetics(text: string): string {
  return text
    .replace(/[ĲĳŉǱǲǳǄǅǆǇǈǉǊǋǌﬀﬁﬂﬃﬄﬅﬆ]/g, (ligature) => LIGATURES[ligature])
    .replace(/[\uff01-\uffef]/g, (wide) => wide.normalize('NFKC'))
    .replace(/\u3000/g, ' ')
    .replace(/[\u02bc\u2018-\u201b]/g, "'")
    .replace(/[\u201c-\u201f]/g, '"')
    .normalize('NFC')
}

export interface FtfyCaseResult {
  testCase: FtfyCase
  /** Rule ids of the encoding messages on the original. */
  rules: string[]
  output: string
}

export interface FtfyScore {
  mojibake: FtfyCaseResult[]
  /** Mojibake cases `no-mojibake` flags. */
  flagged: FtfyCaseResult[]
  /** Mojibake cases some encoding rule flags. */
  flaggedByAnyRule: FtfyCaseResult[]
  /** Mojibake cases whose `fixText` output equals ftfy's `fixed` after ftfy's cosmetic steps. */
  fixedLikeFtfy: FtfyCaseResult[]
  /** Mojibake cases whose `fixText` output equals ftfy's encoding repair exactly. */
  fixedExactly: FtfyCaseResult[]
  negatives: FtfyCaseResult[]
  /** Negative cases `no-mojibake` flags. */
  negativesFlagged: FtfyCaseResult[]
  /** Negative cases some encoding rule flags. */
  negativesFlaggedByAnyRule: FtfyCaseResult[]
}

export async function scoreFtfyCases(linter: Linter = encodingLinter()): Promise<FtfyScore> {
  const results: FtfyCaseResult[] = []
  for (const testCase of readFtfyCases()) {
    const {messages} = await linter.lintText(testCase.original)
    const {output} = await linter.fixText(testCase.original)
    results.push({testCase, rules: [...new Set(messages.map((message) => message.ruleId))], output})
  }
  const mojibake = results.filter((result) => isMojibakeCase(result.testCase))
  const negatives = results.filter((result) => result.testCase.file === 'negative')
  const byMojibakeRule = (result: FtfyCaseResult) => result.rules.includes('no-mojibake')
  const byAnyRule = (result: FtfyCaseResult) => result.rules.length > 0
  return {
    mojibake,
    flagged: mojibake.filter(byMojibakeRule),
    flaggedByAnyRule: mojibake.filter(byAnyRule),
    fixedLikeFtfy: mojibake.filter((result) => ftfyCosmetics(result.output) === result.testCase.fixed),
    fixedExactly: mojibake.filter((result) => result.output === (result.testCase.fixedEncoding ?? result.testCase.fixed)),
    negatives,
    negativesFlagged: negatives.filter(byMojibakeRule),
    negativesFlaggedByAnyRule: negatives.filter(byAnyRule)
  }
}
