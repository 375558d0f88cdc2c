/**
 * The house list: the spellings a newsroom has decided on (`"S. Jaishankar"`), optionally with the
 * variants it has seen (`{"Muammar Gaddafi": ["Qaddafi", "Moammar Gadhafi"]}`). Given inline in the
 * rule's options or as the path of a JSON, YAML or CSV file (CSV: one name a row, canonical spelling
 * first, known variants after it). A file is read once per process and cached; an inline list is
 * prepared once per options object.
 *
 * A mention matches a house name when each of its words lines up, in order, with a word of the house
 * name: equal, an initial of it, a listed variant of it, or a spelling variant of it (`spelling.ts`).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {parse as parseCsv} from 'csv-parse/sync'
import {parse as parseYaml} from 'yaml'
import {ConfigError} from '../../engine/errors.js'
import {fold, isSpellingVariant, phoneticCodes, skeleton} from './spelling.js'

/** As written in configuration. */
export type HouseListSetting = string | string[] | Record<string, string[]>

export interface HouseWord {
  text: string
  initial: boolean
}

export interface HouseName {
  canonical: string
  words: HouseWord[]
  /** Listed variant spellings of single words, folded, to the index of the canonical word they stand for. */
  variantWords: Map<string, number>
}

export interface HouseList {
  names: HouseName[]
  /** House names by the block keys of their words and listed variants. */
  byKey: Map<string, HouseName[]>
}

const EMPTY: HouseList = {names: [], byKey: new Map()}
const INITIAL = /^\p{Lu}\.?$/u
const OPTION_KEY = 'consistent-name-spelling.names'

const fileCache = new Map<string, HouseList>()
const inlineCache = new WeakMap<object, HouseList>()

/** The house list for a setting; relative paths are resolved against `cwd`. */
export function loadHouseList(setting: HouseListSetting | undefined, cwd = process.cwd()): HouseList {
  if (setting === undefined) return EMPTY
  if (typeof setting === 'string') {
    const file = path.resolve(cwd, setting)
    let list = fileCache.get(file)
    if (!list) {
      list = buildHouseList(readHouseFile(file), file)
      fileCache.set(file, list)
    }
    return list
  }
  let list = inlineCache.get(setting)
  if (!list) {
    list = buildHouseList(setting, OPTION_KEY)
    inlineCache.set(setting, list)
  }
  return list
}

function readHouseFile(file: string): unknown {
  let source: string
  try {
    source = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ConfigError(file, OPTION_KEY, `cannot read the house list: ${(error as Error).message}`)
  }
  const extension = path.extname(file).toLowerCase()
  try {
    if (extension === '.json') return JSON.parse(source)
    if (extension === '.yaml' || extension === '.yml') return parseYaml(source)
    if (extension === '.csv') return csvRows(source)
  } catch (error) {
    throw new ConfigError(file, OPTION_KEY, `cannot parse the house list: ${(error as Error).message}`)
  }
  throw new ConfigError(file, OPTION_KEY, 'a house list must be a .json, .yaml, .yml or .csv file')
}

/** CSV rows as `{canonical: [variants]}`; a first row starting `canonical` is a header. */
function csvRows(source: string): Record<string, string[]> {
  const rows = parseCsv(source, {relax_column_count: true, skip_empty_lines: true, trim: true}) as string[][]
  const entries: Record<string, string[]> = {}
  rows.forEach((row, index) => {
    if (index === 0 && row[0]?.toLowerCase() === 'canonical') return
    const [canonical, ...variants] = row.filter((cell) => cell !== '')
    if (canonical) entries[canonical] = [...(entries[canonical] ?? []), ...variants]
  })
  return entries
}

function buildHouseList(raw: unknown, source: string): HouseList {
  const entries = houseEntries(raw, source)
  const names = entries.map(([canonical, variants]) => houseName(canonical, variants))
  const byKey = new Map<string, HouseName[]>()
  for (const name of names) {
    const keys = new Set<string>()
    for (const word of name.words) if (!word.initial) for (const key of wordKeys(word.text)) keys.add(key)
    for (const variant of name.variantWords.keys()) for (const key of wordKeys(variant)) keys.add(key)
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), name])
  }
  return {names, byKey}
}

function houseEntries(raw: unknown, source: string): Array<[string, string[]]> {
  if (Array.isArray(raw)) {
    return raw.map((item, index) => {
      if (typeof item !== 'string' || item.trim() === '') throw new ConfigError(source, `${OPTION_KEY}[${index}]`, 'expected a name (a non-empty string)')
      return [item.trim(), []]
    })
  }
  if (raw && typeof raw === 'object') {
    return Object.entries(raw).map(([canonical, variants]) => {
      const list = variants === null ? [] : [variants].flat()
      if (!list.every((variant) => typeof variant === 'string')) throw new ConfigError(source, `${OPTION_KEY}.${canonical}`, 'expected a list of variant spellings')
      return [canonical.trim(), list as string[]]
    })
  }
  throw new ConfigError(source, OPTION_KEY, 'expected a list of names, or an object mapping each name to its variants')
}

function houseName(canonical: string, variants: string[]): HouseName {
  const words = splitName(canonical).map((text) => ({text, initial: INITIAL.test(text)}))
  const variantWords = new Map<string, number>()
  for (const variant of variants) {
    const variantWordList = splitName(variant)
    variantWordList.forEach((text, index) => {
      const target = variantWordList.length === words.length ? index : closestWord(words, text)
      if (fold(text) !== fold(words[target].text)) variantWords.set(fold(text), target)
    })
  }
  return {canonical, words, variantWords}
}

function splitName(name: string): string[] {
  return name.split(/[\s\-‐]+/).filter((word) => word !== '')
}

/** The canonical word a listed single-word variant stands for: the one that shares most letters in place. */
function closestWord(words: HouseWord[], variant: string): number {
  let best = words.length - 1
  let bestScore = -1
  words.forEach((word, index) => {
    if (word.initial) return
    const a = fold(word.text)
    const b = fold(variant)
    let score = 0
    for (let position = 0; position < Math.min(a.length, b.length); position++) if (a[position] === b[position]) score++
    if (score > bestScore) {
      best = index
      bestScore = score
    }
  })
  return best
}

/** The keys a word is found by: its folded form, its skeleton and its sounds. */
export function wordKeys(word: string): string[] {
  return [`f:${fold(word)}`, `s:${skeleton(word)}`, ...phoneticCodes(word).map((code) => `p:${code}`)]
}

/** House names that may match a word. */
export function houseCandidates(list: HouseList, word: string): HouseName[] {
  if (list.names.length === 0) return []
  const found = new Set<HouseName>()
  for (const key of wordKeys(word)) for (const name of list.byKey.get(key) ?? []) found.add(name)
  return [...found]
}

export type WordMatch = 'equal' | 'initial' | 'variant'

/** How a word of a mention matches a word of a house name, if it does. */
export function matchWord(word: string, wordIsInitial: boolean, house: HouseName, index: number): WordMatch | undefined {
  const target = house.words[index]
  if (word === target.text) return 'equal'
  if (wordIsInitial || target.initial) {
    if (!wordIsInitial) return undefined
    return word[0] === target.text[0] ? (target.initial ? 'variant' : 'initial') : undefined
  }
  if (house.variantWords.get(fold(word)) === index) return 'variant'
  return isSpellingVariant(word, target.text) ? 'variant' : undefined
}
