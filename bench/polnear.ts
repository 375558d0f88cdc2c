/**
 * Reads PolNeAR (../shared/labels/polnear): news articles whose attributions were annotated by hand
 * as Source / Cue / Content spans in BRAT standoff files (`attributions/<article>_<annotator>.ann`,
 * character offsets into `text/<article>.txt`). Used by the attribution labelling script and by
 * `npm run eval:attribution`.
 *
 * A few articles were annotated by several annotators (agreement checks); we keep one annotation per
 * article, the annotator whose id sorts first, so every attribution is counted once.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {sharedPath} from './corpora.js'

export type PolnearSplit = 'train' | 'dev' | 'test'

/** A BRAT span; discontinuous annotations have several fragments. */
export interface Fragment {
  start: number
  end: number
}

export interface Span {
  fragments: Fragment[]
  start: number
  end: number
}

export interface PolnearAttribution {
  /** Relation id in the `.ann` file (`E12`). */
  id: string
  source?: Span
  cue?: Span
  content?: Span
}

export interface PolnearArticle {
  split: PolnearSplit
  /** Article file name without `.txt`. */
  name: string
  annotator: string
  text: string
  attributions: PolnearAttribution[]
}

const ANNOTATION_FILE = /^(.*)_([0-9a-f]{4})\.ann$/

/** Every article of a split with its attributions, in file-name order. */
export function readPolnearSplit(split: PolnearSplit): PolnearArticle[] {
  const directory = sharedPath('labels', 'polnear', split)
  const chosen = new Map<string, string>()
  for (const file of readdirSync(path.join(directory, 'attributions')).sort()) {
    const match = ANNOTATION_FILE.exec(file)
    if (!match) continue
    if (!chosen.has(match[1])) chosen.set(match[1], match[2])
  }
  const articles: PolnearArticle[] = []
  for (const [name, annotator] of [...chosen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const text = readFileSync(path.join(directory, 'text', `${name}.txt`), 'utf8')
    const annotation = readFileSync(path.join(directory, 'attributions', `${name}_${annotator}.ann`), 'utf8')
    articles.push({split, name, annotator, text, attributions: parseAnnotation(annotation, `${split}/${name}`)})
  }
  return articles
}

/**
 * Parses BRAT standoff: `T` lines are spans (`T3\tContent 226 297;300 310\ttext`), `E` lines tie
 * them into an attribution (`E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`). Span text may run
 * over several lines; continuation lines start with neither `T`, `E` nor `#` and an id, and are skipped.
 */
function parseAnnotation(annotation: string, where: string): PolnearAttribution[] {
  const spans = new Map<string, Span>()
  const relations: Array<{id: string; roles: Map<string, string>}> = []
  for (const line of annotation.split('\n')) {
    const [id, body] = line.split('\t')
    if (!body) continue
    if (/^T\d+$/.test(id)) {
      const space = body.indexOf(' ')
      const fragments = body
        .slice(space + 1)
        .split(';')
        .map((pair) => {
          const [start, end] = pair.split(' ').map(Number)
          if (!Number.isInteger(start) || !Number.isInteger(end)) throw new Error(`${where}: bad span in line ${JSON.stringify(line)}`)
          return {start, end}
        })
      spans.set(id, {fragments, start: fragments[0].start, end: fragments[fragments.length - 1].end})
    } else if (/^E\d+$/.test(id)) {
      const roles = new Map<string, string>()
      for (const pair of body.split(' ')) {
        const [role, target] = pair.split(':')
        if (role && target) roles.set(role, target)
      }
      relations.push({id, roles})
    }
  }
  return relations.map(({id, roles}) => ({
    id,
    source: spanOf(roles.get('Source')),
    cue: spanOf(roles.get('Cue')),
    content: spanOf(roles.get('Content'))
  }))

  function spanOf(target: string | undefined): Span | undefined {
    return target === undefined ? undefined : spans.get(target)
  }
}
