/**
 * Which spellings in a vocabulary are minority variants of which majority spelling. Shared by the
 * in-article check (a vocabulary of one article) and the archive reduce (a vocabulary of millions of
 * articles), so it must not compare every pair: spellings are blocked by their Double Metaphone
 * codes and transliteration skeleton (variants always share one, see `spelling.ts`) and by length,
 * and each spelling is compared only with the majority spellings of its blocks.
 */
import {isSpellingVariant, phoneticCodes, skeleton} from './spelling.js'

export interface Spelling {
  spelling: string
  /** How often it is written (mentions); the majority is the heavier spelling. */
  weight: number
  /** Position of first use: the earlier spelling wins a tie. */
  order: number
}

/** Variants differ in length by at most this much (two edits). */
const LENGTH_SLACK = 2

export interface GroupingRules<T extends Spelling> {
  /** Whether `minority` may be reported as a variant of `majority` (who is who, counts). */
  accept(minority: T, majority: T): boolean
  /** Majority spellings lighter than this are not considered for `item` (lets a block scan stop early). */
  minMajorityWeight?(item: T): number
  /** Spellings that can never be a minority (established usage) are not searched, only indexed. */
  canBeMinority?(item: T): boolean
}

/**
 * Map each minority spelling to its majority spelling. Spellings are taken heaviest first; each
 * either joins the heaviest earlier majority spelling it is a variant of (and `accept` agrees), or
 * becomes a majority spelling itself.
 */
export function groupVariants<T extends Spelling>(spellings: Iterable<T>, rules: GroupingRules<T>): Map<T, T> {
  const ordered = [...spellings].sort((a, b) => b.weight - a.weight || a.order - b.order || compareText(a.spelling, b.spelling))
  const majorities = new Map<string, T[]>()
  const minorityOf = new Map<T, T>()
  for (const item of ordered) {
    const keys = blockKeys(item.spelling)
    const majority = rules.canBeMinority?.(item) === false ? undefined : bestMajority(item, keys, majorities, rules)
    if (majority) {
      minorityOf.set(item, majority)
      continue
    }
    for (const key of keys) {
      const block = majorities.get(key)
      if (block) block.push(item)
      else majorities.set(key, [item])
    }
  }
  return minorityOf
}

/** The first (heaviest, earliest) majority of the item's blocks that it is an accepted variant of. */
function bestMajority<T extends Spelling>(item: T, keys: string[], majorities: Map<string, T[]>, rules: GroupingRules<T>): T | undefined {
  const floor = rules.minMajorityWeight?.(item) ?? 0
  const length = item.spelling.length
  let best: T | undefined
  for (const key of keys) {
    // Blocks fill heaviest first, so a scan stops at the first candidate too light to win.
    for (const candidate of majorities.get(key) ?? []) {
      if (candidate.weight < floor || (best && !outranks(candidate, best))) break
      if (Math.abs(candidate.spelling.length - length) > LENGTH_SLACK) continue
      if (isSpellingVariant(item.spelling, candidate.spelling) && rules.accept(item, candidate)) {
        best = candidate
        break
      }
    }
  }
  return best
}

function outranks<T extends Spelling>(a: T, b: T): boolean {
  return a.weight > b.weight || (a.weight === b.weight && (a.order < b.order || (a.order === b.order && compareText(a.spelling, b.spelling) < 0)))
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function blockKeys(spelling: string): string[] {
  return [...phoneticCodes(spelling).map((code) => `p:${code}`), `s:${skeleton(spelling)}`]
}
