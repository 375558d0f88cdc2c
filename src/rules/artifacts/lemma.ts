/**
 * A small English lemmatiser for phrase matching: it maps the inflections a spun phrase shows up in
 * ("prolonged", "prolonging", "prolongs"; "source", "sources"; "was", "is") to one key, and carries
 * an inflection over to a replacement ("prolonging" → "extending").
 *
 * It is deliberately not a dictionary lemmatiser: both the dictionary and the text go through the
 * same function, so a key only has to be consistent, not a real word ("invite", "invited" and
 * "inviting" all become `invit`). Phrases need every word to match, so the rare collision of two
 * unrelated words on one key costs nothing in practice.
 */

/** Forms no suffix rule reaches. Articles share a key so "prolonged an invitation" matches "prolonged the invitation". */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['am', 'be'],
  ['is', 'be'],
  ['are', 'be'],
  ['was', 'be'],
  ['were', 'be'],
  ['been', 'be'],
  ['being', 'be'],
  ['has', 'have'],
  ['had', 'have'],
  ['having', 'have'],
  ['does', 'do'],
  ['did', 'do'],
  ['done', 'do'],
  ['a', 'the'],
  ['an', 'the'],
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  ['people', 'person']
])

/**
 * Keys that irregular forms map to, which therefore do not start like every word that has them
 * ("people" → `person`). Every other key of four or more letters starts with the first three
 * letters of each word it comes from, lower-cased: suffix rules only shorten a word from its end.
 */
export const IRREGULAR_KEYS: ReadonlySet<string> = new Set(IRREGULAR.values())

/** The matching key of one word (no spaces or hyphens in it). */
export function lemmaKey(word: string): string {
  let key = word.toLowerCase().replace(/['’]s?$/u, '')
  const irregular = IRREGULAR.get(key)
  if (irregular) return irregular
  if (key.length > 4 && /i(?:es|ed)$/u.test(key)) return `${key.slice(0, -3)}y`
  // A plural first, then a verb ending, so "gatherings" meets "gathering" at `gather`.
  if (key.length > 4 && /(?:ss|x|ch|sh|z)es$/u.test(key)) key = key.slice(0, -2)
  else if (key.length > 3 && key.endsWith('s') && !/(?:ss|us|is)$/u.test(key)) key = key.slice(0, -1)
  if (key.length > 5 && key.endsWith('ing')) key = key.slice(0, -3)
  else if (key.length > 4 && key.endsWith('ed')) key = key.slice(0, -2)
  // Spelling changes before a suffix: "stopped" → "stopp" and "stop" meet at "stop"; "invite" and "invit" at "invit".
  if (/([b-df-hj-np-tv-z])\1$/u.test(key)) key = key.slice(0, -1)
  if (key.length > 3 && key.endsWith('e')) key = key.slice(0, -1)
  return key
}

/** Regular endings an inflection can be carried across. */
const SUFFIXES: ReadonlySet<string> = new Set(['', 's', 'es', 'd', 'ed', 'ing'])

/**
 * `replacement` inflected the way `written` inflects `dictionaryForm`: with `prolonged` → `prolonging`
 * in the text, `extended` becomes `extending`. Irregular pairs come back unchanged.
 */
export function carryInflection(dictionaryForm: string, written: string, replacement: string): string {
  const from = dictionaryForm.toLowerCase()
  const to = written.toLowerCase()
  if (from === to) return replacement
  let shared = 0
  while (shared < from.length && shared < to.length && from[shared] === to[shared]) shared++
  const oldSuffix = from.slice(shared)
  const newSuffix = to.slice(shared)
  if (!SUFFIXES.has(oldSuffix) || !SUFFIXES.has(newSuffix) || !replacement.toLowerCase().endsWith(oldSuffix)) return replacement
  let base = replacement.slice(0, replacement.length - oldSuffix.length)
  if (/^[eiy]/u.test(newSuffix) && base.endsWith('e')) base = base.slice(0, -1)
  return base + newSuffix
}

/** `replacement` in the letter case of `written`: "CONCILIATORY" → "DIPLOMATIC", "The" → "The". */
export function matchCase(written: string, replacement: string): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) return replacement.toUpperCase()
  if (/^\p{Lu}/u.test(written)) return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  return replacement
}
