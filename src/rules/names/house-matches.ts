/**
 * Mentions that are close to a house-list name but not written as it is. The mention's words must
 * line up, in order, with the house name's words (equal, an initial, a listed or phonetic variant;
 * see `matchWord`), at least one of them a full name word; the mention is reported when a lined-up
 * word is written differently, with the replacement text that spells it the house way. Words of the
 * house name the mention leaves out stay out: `Jaishanker` becomes `Jaishankar`, `S Jaishanker`
 * becomes `S. Jaishankar`.
 */
import type {NameMention, NameToken} from './mentions.js'
import {houseCandidates, matchWord, type HouseList, type HouseName, type WordMatch} from './house-list.js'

export interface HouseFinding {
  mention: NameMention
  house: HouseName
  /** The span from the first to the last lined-up word. */
  start: number
  end: number
  /** The span written the house way. */
  replacement: string
}

interface Alignment {
  tokens: NameToken[]
  targets: number[]
  matches: WordMatch[]
}

/** The house-list finding for a mention, if it is close to a house name and not written as it. */
export function findHouseMismatch(mention: NameMention, list: HouseList, text: string): HouseFinding | undefined {
  const words = mention.tokens.filter((token) => token.kind === 'name' || token.kind === 'initial')
  const candidates = new Set<HouseName>()
  for (const token of words) if (token.kind === 'name') for (const house of houseCandidates(list, token.text)) candidates.add(house)
  let best: {house: HouseName; alignment: Alignment; exact: number} | undefined
  for (const house of candidates) {
    const alignment = align(words, house)
    if (!alignment) continue
    const exact = alignment.matches.filter((match) => match !== 'variant').length
    if (exact === alignment.matches.length) return undefined
    if (!best || exact > best.exact) best = {house, alignment, exact}
  }
  if (!best) return undefined
  const {tokens, targets, matches} = best.alignment
  const start = tokens[0].start
  const end = tokens[tokens.length - 1].end
  let replacement = ''
  let cursor = start
  tokens.forEach((token, index) => {
    replacement += text.slice(cursor, token.start) + (matches[index] === 'variant' ? best.house.words[targets[index]].text : token.text)
    cursor = token.end
  })
  return {mention, house: best.house, start, end, replacement}
}

/** Line up every word of the mention with a later word of the house name, greedily in order. */
function align(tokens: NameToken[], house: HouseName): Alignment | undefined {
  const targets: number[] = []
  const matches: WordMatch[] = []
  let next = 0
  for (const token of tokens) {
    let found = -1
    for (let index = next; index < house.words.length && found === -1; index++) {
      const match = matchWord(token.text, token.kind === 'initial', house, index)
      if (match) {
        found = index
        matches.push(match)
      }
    }
    if (found === -1) return undefined
    targets.push(found)
    next = found + 1
  }
  const fullWord = targets.some((target, index) => !house.words[target].initial && tokens[index].kind === 'name')
  return fullWord ? {tokens, targets, matches} : undefined
}
