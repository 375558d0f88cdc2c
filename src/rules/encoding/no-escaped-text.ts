/**
 * `no-escaped-text`: escape sequences printed literally into prose by a program that serialised the
 * text once too often: `\n`, `\t`, `\r`, `\"`, `\'`, `\u2019`, `\x92`. The fix unescapes them (a run
 * of them at once): `\n` becomes a line break, `\u2019` a ’, and `\x92`, a Windows-1252 byte, the
 * character Windows-1252 gives it (’).
 *
 * Not flagged, to stay clear of real backslashes: an escape after another backslash (`\\n` is an
 * escaped backslash), and `\n`, `\t`, `\r` that start a backslash-separated path or a TeX command
 * (`C:\new`, `\theta`, `folder\name\`): a letter follows and no word precedes, or the token holds a
 * drive letter or more backslashes.
 */
import {defineRule} from '../../engine/rule.js'
import {encodingRuleMeta, type EncodingRuleOptions} from './rule-meta.js'
import {windows1252ForC1} from './code-pages.js'
import {showText} from './show-text.js'

const ESCAPE = String.raw`\\(?:u[\da-fA-F]{4}|x[\da-fA-F]{2}|[ntr"'])`
const ESCAPES = new RegExp(`(?<!\\\\)(?:${ESCAPE})+`, 'g')
const ONE_ESCAPE = new RegExp(ESCAPE, 'g')

const TOKEN_LIMIT = 200
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
const SIMPLE: Record<string, string> = {n: '\n', t: '\t', r: '\n', '"': '"', "'": "'"}

export const noEscapedText = defineRule<EncodingRuleOptions>(
  encodingRuleMeta('no-escaped-text', 'Disallow literal escape sequences in prose (`\\n`, `\\"`, `\\u2019`)', {fixable: true}),
  ({text, report}) => {
    for (const match of text.matchAll(ESCAPES)) {
      const start = match.index
      const end = start + match[0].length
      if (looksLikePath(text, start, end)) continue
      const unescaped = unescape(match[0])
      const shown = `\`${match[0]}\``
      if (unescaped === undefined) {
        report({start, end, message: `Literal escape sequence ${shown} in prose: it stands for no valid character; repair it by hand`})
        continue
      }
      report({
        start,
        end,
        message: `Literal escape sequence ${shown} in prose: it should be ${describeCharacters(unescaped)}`,
        expected: [unescaped],
        fix: [{start, end, text: unescaped}]
      })
    }
  }
)

/**
 * A path or TeX command rather than an escape: the token holds a drive letter (`C:\`), a UNC prefix
 * (`\\`) or another backslash before a letter (`folder\name\file`), or `\n`, `\t`, `\r` is
 * followed by a lowercase letter with no word before it (`\theta`).
 */
function looksLikePath(text: string, start: number, end: number): boolean {
  const escapes = text.slice(start, end)
  if (!/\\[ntr]/.test(escapes)) return false
  const {token, rest} = tokenAround(text, start, end)
  if (/[A-Za-z]:\\|\\\\/.test(token) || /\\[A-Za-z]/.test(rest)) return true
  const lowercaseAfter = /^[a-z]/.test(text.slice(end, end + 1)) && /\\[ntr]$/.test(escapes)
  const wordBefore = /[\p{L}\p{N}.,;:!?)"'’”]/u.test(text.slice(Math.max(0, start - 1), start))
  return lowercaseAfter && !wordBefore
}

/** The token around `[start, end)`, and the rest of it without the escapes, up to a bounded distance (so the scan stays linear). */
function tokenAround(text: string, start: number, end: number): {token: string; rest: string} {
  let from = start
  while (from > 0 && start - from < TOKEN_LIMIT && !/\s/.test(text[from - 1])) from--
  let to = end
  while (to < text.length && to - end < TOKEN_LIMIT && !/\s/.test(text[to])) to++
  return {token: text.slice(from, to), rest: text.slice(from, start) + ' ' + text.slice(end, to)}
}

/**
 * The text a run of escapes stands for, or undefined when it is not text (half a surrogate pair).
 * `\r\n` and a lone `\r` both become one line break, as the document's own line ends are.
 */
function unescape(escapes: string): string | undefined {
  const parts = [...escapes.matchAll(ONE_ESCAPE)].map(([escape]) => escape)
  let result = ''
  parts.forEach((escape, index) => {
    const kind = escape[1]
    if (kind === 'u') result += String.fromCharCode(Number.parseInt(escape.slice(2), 16))
    else if (kind === 'x') result += byteCharacter(Number.parseInt(escape.slice(2), 16))
    else if (kind !== 'r' || parts[index + 1] !== '\\n') result += SIMPLE[kind]
  })
  return LONE_SURROGATE.test(result) ? undefined : result
}

/** `\x92`: a Windows-1252 byte in the C1 range, else the Latin-1 character. */
function byteCharacter(byte: number): string {
  return windows1252ForC1(byte) ?? String.fromCharCode(byte)
}

function describeCharacters(unescaped: string): string {
  if (/^\n+$/.test(unescaped)) return unescaped.length === 1 ? 'a line break' : `${unescaped.length} line breaks`
  if (/^\t+$/.test(unescaped)) return unescaped.length === 1 ? 'a tab' : 'tabs'
  return `\`${showText(unescaped)}\``
}
