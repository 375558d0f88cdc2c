/**
 * Which spellings in a vocabulary are minority variants of which majority spelling. Shared by the
 * in-article check (a vocabulary of one article) and the archive reduce (a vocabulary of millions of
 * articles), so it must not compare every pair: spellings are blocked by their Double Metaphone
 * codes and transliteration skeleton (variants always share one, see `spelling.ts`) and by length,
 * and each spelling is compared only with the majority spellings of its blocks.
 */
import {isSpellingVariant, phoneticCodes, skeleton} from './spelling.js'
import {memoizeBySpelling} from './spelling-memo.js'

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
function bestMajority<T extends Spelling>(item: T, keys: readonly string[], majorities: Map<string, T[]>, rules: GroupingRules<T>): T | undefined {
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

/**
 * Whether `groupVariants` could pair any two of the spellings that `include` accepts: two that share
 * a block, are close enough in length and are spelling variants. When none are, a caller can skip
 * the work of describing each spelling's use (counts, company, order), which only decides who wins.
 */
export function hasVariantPair(spellings: Iterable<string>, include: (spelling: string) => boolean): boolean {
  // A block holds its first spelling as a string; an array only once a different one arrives.
  const blocks = new Map<string, string | string[]>()
  for (const spelling of spellings) {
    if (!include(spelling)) continue
    for (const key of blockKeys(spelling)) {
      const block = blocks.get(key)
      if (block === undefined) {
        blocks.set(key, spelling)
      } else if (typeof block === 'string') {
        if (block === spelling) continue
        if (mayPair(spelling, block)) return true
        blocks.set(key, [block, spelling])
      } else if (!block.includes(spelling)) {
        for (const other of block) if (mayPair(spelling, other)) return true
        block.push(spelling)
      }
    }
  }
  return false
}

/** The test `bestMajority` applies to a candidate pair before asking the grouping rules. */
function mayPair(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= LENGTH_SLACK && (isSpellingVariant(a, b) || isSpellingVariant(b, a))
}

const blockKeys = memoizeBySpelling((spelling: string): readonly string[] => [...phoneticCodes(spelling).map((code) => `p:${code}`), `s:${skeleton(spelling)}`])
