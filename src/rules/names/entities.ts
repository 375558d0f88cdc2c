/**
 * Mentions grouped by the entity they name. A short form is the longer name it is part of: "Imran"
 * and "Khan" are "Imran Khan", "Bilawal" is "Bilawal Bhutto Zardari". Each entity is founded by its
 * longest form; a shorter mention joins the one entity whose name words include all of its own. A
 * short form that fits two entities ("Williams" beside "Serena Williams" and "Venus Williams") is
 * ambiguous and stands alone. Initials and particles do not take part: "S Jaishankar" and
 * "Jaishankar" are one entity. Computed once per document and shared, like the mentions.
 */
import {documentView} from '../../engine/document.js'
import {nameMentions, type NameMention, type NameToken} from './mentions.js'
import {fold} from './spelling.js'

export interface NameEntity {
  index: number
  /** The longest form, which founded the entity. */
  founder: NameMention
  /** Every mention of the entity, in document order. */
  mentions: NameMention[]
  /** A short form that fits several entities; it is its own entity, unrelated to them. */
  ambiguous: boolean
}

/** The document's named entities, in order of their founding mention's size, then position. */
export const nameEntities = documentView((doc): NameEntity[] => groupMentions(nameMentions(doc)))

/** The folded name words of a mention's tokens (no initials, particles or acronyms). */
export function nameWords(tokens: NameToken[]): string[] {
  return tokens.filter((token) => token.kind === 'name').map((token) => fold(token.text))
}

/** `nameWords` without repeats, in order of first use. */
function distinctNameWords(tokens: NameToken[]): string[] {
  return [...new Set(nameWords(tokens))]
}

interface Form {
  words: string[]
  mentions: NameMention[]
}

function groupMentions(mentions: NameMention[]): NameEntity[] {
  const forms = new Map<string, Form>()
  for (const mention of mentions) {
    const words = distinctNameWords(mention.tokens)
    const key = words.length === 1 ? words[0] : [...words].sort().join(' ')
    const form = forms.get(key)
    if (form) form.mentions.push(mention)
    else forms.set(key, {words, mentions: [mention]})
  }
  const ordered = [...forms.values()].sort((a, b) => b.words.length - a.words.length || a.mentions[0].start - b.mentions[0].start)

  const entities: NameEntity[] = []
  const entitiesByWord = new Map<string, Set<number>>()
  for (const form of ordered) {
    const containing = entitiesContainingAll(form.words, entitiesByWord)
    if (containing.length === 1) {
      entities[containing[0]].mentions.push(...form.mentions)
      continue
    }
    const entity: NameEntity = {index: entities.length, founder: form.mentions[0], mentions: [...form.mentions], ambiguous: containing.length > 1}
    entities.push(entity)
    if (entity.ambiguous) continue
    for (const word of form.words) {
      const set = entitiesByWord.get(word) ?? new Set()
      set.add(entity.index)
      entitiesByWord.set(word, set)
    }
  }
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start)
  return entities
}

/** Entities whose words include every one of `words` (intersection of the per-word sets). */
function entitiesContainingAll(words: string[], entitiesByWord: Map<string, Set<number>>): number[] {
  if (words.length === 0) return []
  const sets = words.map((word) => entitiesByWord.get(word) ?? new Set<number>()).sort((a, b) => a.size - b.size)
  return [...sets[0]].filter((entity) => sets.every((set) => set.has(entity)))
}
