/**
 * `no-mojibake`: UTF-8 text that was decoded with a legacy code page (`donâ€™t`, `cafÃ©`, `Â£150`),
 * possibly more than once (`FranÃƒÂ§ois`). The detection lives in `mojibake-detector.ts`; this rule
 * says what happened to each damaged span and offers the repair when it is certain: when doing the
 * same wrong decodes to the repair gives back the damaged text exactly, or when the only thing it
 * cannot give back is a byte that was already lost (that character becomes U+FFFD, which
 * `no-replacement-character` then reports as unrecoverable).
 */
import {defineRule} from '../../engine/rule.js'
import {encodingRuleMeta, type EncodingRuleOptions} from './rule-meta.js'
import type {CodePage} from './code-pages.js'
import {mojibakeIn} from './damage-scan.js'
import type {MojibakeRepair} from './mojibake-detector.js'
import {showText} from './show-text.js'

export const noMojibake = defineRule<EncodingRuleOptions>(
  encodingRuleMeta('no-mojibake', 'Disallow mojibake: UTF-8 text decoded with the wrong code page (`Ã©` for `é`)', {fixable: true}),
  ({doc, text, report}) => {
    for (const repair of mojibakeIn(doc)) {
      const damaged = text.slice(repair.start, repair.end)
      const certain = !repair.stillDamaged && (repair.exact || repair.lostBytes)
      report({
        start: repair.start,
        end: repair.end,
        message: describe(repair, damaged),
        ...(certain ? {expected: [repair.repaired], fix: [{start: repair.start, end: repair.end, text: repair.repaired}]} : {}),
        ...(repair.inferredBytes ? {note: INFERRED_NOTE} : {})
      })
    }
  }
)

const INFERRED_NOTE =
  'Part of the repair is inferred: a space that stands where the byte 0xA0 of a no-break space belongs, or a character that NFKD normalisation had flattened (`º` to `o`, `¼` to `1⁄4`).'

/** "UTF-8 read as Windows-1252 twice: `ÃƒÂ©` should be `é`". */
function describe(repair: MojibakeRepair, damaged: string): string {
  const history = `UTF-8 read as ${layers(repair.codePages)}`
  const shown = `\`${showText(damaged)}\``
  if (repair.stillDamaged) {
    return `${history}: ${shown} undoes only to \`${showText(repair.repaired)}\`, which bytes lost earlier still spoil; repair it by hand`
  }
  if (repair.lostBytes) {
    return `${history}, and bytes were lost: ${shown} should be \`${showText(repair.repaired)}\`, where U+FFFD marks what cannot be recovered`
  }
  return `${history}: ${shown} should be \`${showText(repair.repaired)}\``
}

const TIMES = ['', '', 'twice', 'three times', 'four times']

function layers(codePages: readonly CodePage[]): string {
  const names = codePages.map((codePage) => codePage.name)
  if (names.every((name) => name === names[0])) return names.length === 1 ? names[0] : `${names[0]} ${TIMES[names.length]}`
  return names.map((name, index) => (index === 0 ? name : `then as ${name}`)).join(', ')
}
