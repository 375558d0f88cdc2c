/**
 * A quick, exact rejection for a list of regular expressions: `screen(text)` is false only when
 * none of them can match `text`. Nearly all article text is prose that no furniture pattern
 * matches, and proving that pattern by pattern is what made the rule slow.
 *
 * Three cheap facts do the work:
 * - many patterns need a punctuation mark or symbol in every match (`\(` and `\)` in a caption
 *   credit, `:` in a field label, `/` in a photo agency credit); such a pattern is only tried on
 *   text that holds them all (`includes` is much faster than a failing pattern that scans);
 * - a pattern that starts with an optional lead needing such a mark (the "Liked it? " of
 *   "Liked it? Share it") is tried without the lead on text that lacks the mark, where the lead
 *   cannot match anyway, sparing the engine its backtracking;
 * - the patterns left are joined into one expression per flag set (`(?:a)|(?:b)` matches wherever
 *   `a` or `b` does), one call instead of fifty.
 *
 * The required marks come from a conservative reading of each pattern's source: only literal
 * marks at the top level of the pattern (or inside a group that is not optional), never inside
 * an alternation, a class or a look-around, are counted. A source the reading does not follow
 * simply gets no requirement: the screen stays exact and only loses speed.
 */

/** Backreferences (`\1`, `\k<name>`) and named groups (`(?<name>`, not the lookbehinds `(?<=`, `(?<!`). */
const NOT_UNITABLE = /\\[1-9]|\\k<|\(\?<(?![=!])/u
/** Letters, digits and white space never count as required marks (case folding, collapsed space). */
const NOT_A_MARK = /[\p{L}\p{N}\s]/u

/** A mark to require: not a letter, digit or space, and without a case of its own ("Ⓐ" has one). */
function isMark(char: string | undefined): char is string {
  return char !== undefined && !NOT_A_MARK.test(char) && char.toLowerCase() === char.toUpperCase()
}

export type PatternScreen = (text: string) => boolean

interface Item {
  /** Where the item (with its quantifier) starts and ends in the source. */
  start: number
  end: number
  optional: boolean
  /** A literal mark, or the inside of a plain group, or nothing (a class, an escape, a look-around). */
  mark?: string
  group?: string
}

interface Bucket {
  /** Marks the text must hold for any pattern of the bucket to match. */
  requires: string[]
  /** A mark without which the patterns are tried in their lead-less form. */
  lead?: string
  full: RegExp[]
  withoutLead: RegExp[]
}

/** The screen for `patterns`: false only when no pattern matches the text. */
export function screenOf(patterns: readonly RegExp[]): PatternScreen {
  const buckets = new Map<string, Bucket>()
  for (const pattern of patterns) {
    const {requires, lead} = patternNeeds(pattern)
    const key = `${requires.join('')}\u0000${lead?.mark ?? ''}`
    const bucket = buckets.get(key) ?? {requires, lead: lead?.mark, full: [], withoutLead: []}
    bucket.full.push(pattern)
    bucket.withoutLead.push(lead ? new RegExp(lead.rest, pattern.flags) : pattern)
    buckets.set(key, bucket)
  }
  const screened: Bucket[] = [...buckets.values()].map((bucket) => ({
    requires: bucket.requires,
    lead: bucket.lead,
    full: unionOf(bucket.full),
    withoutLead: unionOf(bucket.withoutLead)
  }))
  // Plain loops: the screen runs for every paragraph and sentence, and closures would be made per call.
  return (text) => {
    for (let index = 0; index < screened.length; index++) {
      const bucket = screened[index]
      if (holdsAll(text, bucket.requires) && someMatch(bucket.lead === undefined || text.includes(bucket.lead) ? bucket.full : bucket.withoutLead, text)) {
        return true
      }
    }
    return false
  }
}

function holdsAll(text: string, marks: readonly string[]): boolean {
  for (let index = 0; index < marks.length; index++) if (!text.includes(marks[index])) return false
  return true
}

function someMatch(union: readonly RegExp[], text: string): boolean {
  for (let index = 0; index < union.length; index++) if (union[index].test(text)) return true
  return false
}

export interface PatternNeeds {
  /** Marks every match contains. */
  requires: string[]
  /** An optional lead that needs `mark`, and the pattern's source without it. */
  lead?: {mark: string; rest: string}
}

/** What the screen reads from one pattern's source. */
export function patternNeeds(pattern: RegExp): PatternNeeds {
  const items = pattern.global || pattern.sticky ? undefined : topLevelItems(pattern.source)
  if (!items) return {requires: []}
  const lead = optionalLead(pattern.source, items)
  return lead ? {requires: requiredMarks(items), lead} : {requires: requiredMarks(items)}
}

/** One regular expression per flag set (plus any pattern that cannot be joined), matching wherever one of `patterns` does. */
function unionOf(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>()
  const alone: RegExp[] = []
  for (const pattern of patterns) {
    if (NOT_UNITABLE.test(pattern.source) || pattern.global || pattern.sticky) {
      alone.push(pattern)
      continue
    }
    const sources = byFlags.get(pattern.flags) ?? []
    sources.push(`(?:${pattern.source})`)
    byFlags.set(pattern.flags, sources)
  }
  return [...[...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags)), ...alone]
}

/** Marks every match must contain: literal marks and the marks of plain groups, none of them optional. */
function requiredMarks(items: readonly Item[]): string[] {
  const marks = new Set<string>()
  for (const item of items) {
    if (item.optional) continue
    if (item.mark !== undefined) marks.add(item.mark)
    const inner = item.group === undefined ? undefined : topLevelItems(item.group)
    if (inner) for (const mark of requiredMarks(inner)) marks.add(mark)
  }
  return [...marks].sort()
}

/**
 * A first optional group that needs a mark (after any `^`): the pattern without it is the same
 * pattern on text that lacks the mark.
 */
function optionalLead(source: string, items: readonly Item[]): {mark: string; rest: string} | undefined {
  const first = items.find((item) => source.slice(item.start, item.end) !== '^')
  if (!first?.optional || first.group === undefined) return undefined
  const inner = topLevelItems(first.group)
  const mark = inner ? requiredMarks(inner)[0] : undefined
  if (mark === undefined) return undefined
  return {mark, rest: source.slice(0, first.start) + source.slice(first.end)}
}

/**
 * The items of a sequence at its top level, or undefined when the sequence is an alternation
 * (`a|b`) or holds something this reading does not follow.
 */
function topLevelItems(source: string): Item[] | undefined {
  const items: Item[] = []
  let index = 0
  while (index < source.length) {
    const start = index
    const char = source[index]
    let mark: string | undefined
    let group: string | undefined
    if (char === '|' || char === ')') return undefined
    if (char === '\\') {
      const escaped = source[index + 1]
      if (escaped === undefined || escaped === 'k') return undefined
      if ('pPu'.includes(escaped) && source[index + 2] === '{') {
        const close = source.indexOf('}', index)
        if (close === -1) return undefined
        index = close + 1
      } else {
        if (!/[\p{L}\p{N}]/u.test(escaped)) mark = escaped
        index += /[ux]/u.test(escaped) ? (escaped === 'u' ? 6 : 4) : escaped === 'c' ? 3 : 2
      }
    } else if (char === '[') {
      index = classEnd(source, index)
      if (index === -1) return undefined
    } else if (char === '(') {
      const close = groupEnd(source, index)
      if (close === -1) return undefined
      const head = /^\(\?(?::|=|!|<=|<!|<[^>]*>)?/u.exec(source.slice(index, index + 40))?.[0] ?? '('
      // Look-arounds match no characters; a plain or capturing group's marks are in the match.
      if (head === '(' || head === '(?:' || head.startsWith('(?<') && !head.startsWith('(?<=') && !head.startsWith('(?<!')) {
        group = source.slice(index + head.length, close)
      }
      index = close + 1
    } else {
      // A character outside the Basic Multilingual Plane is one item of two code units.
      const width = (source.codePointAt(index) ?? 0) > 0xffff ? 2 : 1
      if (!'^$.'.includes(char)) mark = source.slice(index, index + width)
      index += width
    }
    const quantifier = /^(?:[?*+]|\{\d*(?:,\d*)?\})\??/u.exec(source.slice(index, index + 12))?.[0] ?? ''
    index += quantifier.length
    const optional = quantifier.startsWith('?') || quantifier.startsWith('*') || /^\{0?[,}]|^\{0,/u.test(quantifier)
    items.push({start, end: index, optional, mark: isMark(mark) ? mark : undefined, group})
  }
  return items
}

/** The index just past the `]` closing the class that opens at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let index = open + 1; index < source.length; index++) {
    if (source[index] === '\\') index++
    else if (source[index] === ']') return index + 1
  }
  return -1
}

/** The index of the `)` closing the group that opens at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0
  for (let index = open; index < source.length; index++) {
    const char = source[index]
    if (char === '\\') index++
    else if (char === '[') {
      index = classEnd(source, index) - 1
      if (index < 0) return -1
    } else if (char === '(') depth++
    else if (char === ')' && --depth === 0) return index
  }
  return -1
}
