/**
 * `no-html-entity`: HTML left in text that is meant to be plain. Entities (`&amp;`, `&#8217;`,
 * `&#x2019;`, `&nbsp;`), double-escaped entities (`&amp;amp;`, `&amp;#8217;`), entities whose
 * ampersand a sanitiser stripped (`don#39;t`) and leaked tags (`</span>`, `<a href=…>`,
 * `<iframe …>`).
 *
 * Not flagged: a bare ampersand (`AT&T`, `R&D`: no semicolon, so no entity), names that are not HTML
 * entities (`&foo;`), tags that are not HTML elements (`<tweet/>`), and Reuters' ticker marks and
 * bracketed company names (`Bancorp <I>`, `Inc <em>`, `<Video Shopping Mall Inc>`); see `isLeakedTag`.
 *
 * Entities are decoded by the fix (decoding is exact), except one that decodes to a stand-in for an
 * apostrophe inside a contraction (`Blair&#191;s`, `it&quot;s`): that becomes the apostrophe the
 * document uses, as `no-broken-apostrophe` would write it. Tags are only suggested for removal: what
 * a stray tag stood for is a human's call.
 */
import {decodeHTMLStrict} from 'entities'
import {defineRule} from '../../engine/rule.js'
import {encodingRuleMeta, type EncodingRuleOptions} from './rule-meta.js'
import {APOSTROPHE_STAND_INS, contractionAround, documentApostrophe} from './apostrophes.js'
import {HTML_ELEMENTS} from './html-elements.js'
import {showText} from './show-text.js'

const ENTITY_BODY = String.raw`(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});`
/**
 * One alternation, so the text is scanned once: a (possibly double-escaped) entity; a numeric entity
 * for quotes, apostrophes, dashes, `&` or a no-break space that lost its ampersand; a tag.
 */
const HTML_LEFTOVER = new RegExp(
  [
    String.raw`&(?:amp;)*${ENTITY_BODY}`,
    String.raw`(?<![&#\d])#(?:39|34|38|160|8211|8212|8216|8217|8220|8221|x27|x22);`,
    String.raw`<\/?([A-Za-z][A-Za-z\d]*)(\s[^<>]*)?\/?>`
  ].join('|'),
  'g'
)

const LETTER = /\p{L}/u
/** An attribute assignment, as real markup has (`href=`, `class =`). */
const ATTRIBUTE = /(?:^|\s)[A-Za-z_:][-A-Za-z0-9_:.]*\s*=/
/** Elements that leak on their own, without a closing tag. */
const BARE_ELEMENTS = new Set(['br', 'hr', 'wbr', 'p'])

export const noHtmlEntity = defineRule<EncodingRuleOptions>(
  encodingRuleMeta('no-html-entity', 'Disallow HTML entities and tags left in text (`&amp;`, `&#8217;`, `</span>`)', {fixable: true}),
  ({text, report}) => {
    const matches = [...text.matchAll(HTML_LEFTOVER)]
    let apostrophe: string | undefined
    const closedNames = new Set(matches.filter((match) => match[0].startsWith('</')).map((match) => match[1].toLowerCase()))
    for (const match of matches) {
      const [found, tagName, attributes] = match
      const start = match.index
      const end = start + found.length
      if (tagName !== undefined) {
        if (!isLeakedTag(found, tagName, attributes, closedNames)) continue
        report({
          start,
          end,
          message: `HTML tag \`${showText(found)}\` left in text: remove it, or restore what it marked up`,
          suggestions: [{start, end, text: ''}]
        })
        continue
      }
      if (found.startsWith('#')) {
        if (!LETTER.test(text[start - 1] ?? '') && !LETTER.test(text[end] ?? '')) continue
        const decoded = decodeHTMLStrict('&' + found)
        report({start, end, message: `HTML entity without its ampersand: \`${found}\` should be \`${showText(decoded)}\``, expected: [decoded], fix: [{start, end, text: decoded}]})
        continue
      }
      const decoded = decodeFully(found)
      if (decoded === found) continue
      const contraction = APOSTROPHE_STAND_INS.has(decoded) ? contractionAround(text, start, end) : undefined
      if (contraction) {
        apostrophe ??= documentApostrophe(text)
        const word = `${contraction.word}${found}${contraction.ending}`
        const repaired = `${contraction.word}${apostrophe}${contraction.ending}`
        report({
          start,
          end,
          message: `HTML entity \`${found}\` (\`${decoded}\`) stands where an apostrophe belongs: \`${word}\` should be \`${repaired}\``,
          expected: [apostrophe],
          fix: [{start, end, text: apostrophe}]
        })
        continue
      }
      const doubled = found.startsWith('&amp;') && decodeHTMLStrict(found) !== decoded
      report({
        start,
        end,
        message: `${doubled ? 'Double-escaped HTML entity' : 'HTML entity'} \`${found}\` left in text: it should read \`${showText(decoded)}\``,
        expected: [decoded],
        fix: [{start, end, text: decoded}]
      })
    }
  }
)

/** Decodes until nothing changes, so `&amp;amp;` becomes `&`. */
function decodeFully(entity: string): string {
  let current = entity
  for (;;) {
    const next = decodeHTMLStrict(current)
    if (next === current) return current
    current = next
  }
}

/**
 * A closing tag of an HTML element; a tag with real attributes (`name=`); or a bare opening tag that
 * is a void element (`<br>`), a paragraph, or closed elsewhere in the text. A bare `<em>` or `<I>`
 * with no closing tag is a Reuters ticker (`Entertainment Marketing Inc <em>`), and Reuters' bracketed
 * company names (`<Video Shopping Mall Inc>`) have words, not attributes.
 */
function isLeakedTag(tag: string, name: string, attributes: string | undefined, closedNames: ReadonlySet<string>): boolean {
  const element = name.toLowerCase()
  if (!HTML_ELEMENTS.has(element)) return false
  if (tag.startsWith('</')) return true
  if (attributes !== undefined && attributes.trim() !== '' && attributes.trim() !== '/') return ATTRIBUTE.test(attributes)
  return name === element && (BARE_ELEMENTS.has(element) || closedNames.has(element))
}
