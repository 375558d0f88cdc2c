/**
 * Finding mojibake and working out its repair, in one linear pass over the raw text.
 *
 * 1. Candidates. Every non-ASCII character that is a UTF-8 lead byte in some code page starts a try:
 *    read the following characters as that code page's bytes and see whether they complete valid
 *    UTF-8 (or CESU-8) sequences; consecutive sequences make a run. Three inferred readings widen the
 *    net, each only inside a sequence: a space where the byte 0xA0 belongs (a no-break space that some
 *    program turned into a space), `�` or `?` where a byte was lost, and after `Â`/`Ã` an `o` or `a`
 *    where NFKD flattened `º`/`ª`.
 * 2. Evidence and plausibility (see `mojibake-evidence.ts`). A run with enough evidence whose repair
 *    reads as text is accepted; a run with little evidence but a sound repair is accepted only when
 *    the same text already has strong mojibake of the same family, which is how `Ã ` (à with a lost
 *    no-break space) and `ÄŒe` (Če) are caught without flagging `C O N C L U S Ã O`.
 * 3. Overlaps between code pages go to the better-evidenced run, then to the code page the text's
 *    other repairs used (so `ĂĄ` is read as ISO-8859-2 next to `Ĺ\u0099`), then to the list order.
 * 4. Double encoding: the repair of a run is searched again, up to four layers deep.
 * 5. Accepted runs of one word, or separated by nothing but ASCII spaces and punctuation, are merged
 *    so that each damaged span is reported once, and each repair is checked by doing the damage
 *    again (see `mojibake-round-trip.ts`).
 *
 * Each character is looked at a bounded number of times (at most once per code page), so the cost is
 * linear in the text, and pure ASCII text is skipped by a single regular-expression search.
 */
import {CODE_PAGES, LEAD_MASK, type CodePage} from './code-pages.js'
import {isLetter} from './character-classes.js'
import {evidence, readsAsText, stillLooksDamaged, STRONG_EVIDENCE, type DamagedUnit, type SequenceShape} from './mojibake-evidence.js'
import {isExactRepair} from './mojibake-round-trip.js'
import {isCombiningMark, unitAt, type TextUnit} from './text-units.js'
import {decodeSequence, fitsContinuation, isHighSurrogate, isLowSurrogate, joinSurrogates, LOST_BYTE, sequenceLength} from './utf8-sequences.js'

export interface MojibakeRepair {
  start: number
  end: number
  /** The text the span should read. */
  repaired: string
  /** The wrong decodes in the order they happened (the first is the innermost layer). */
  codePages: CodePage[]
  /** A byte was lost before the text reached us: its character comes back as U+FFFD. */
  lostBytes: boolean
  /** A no-break space had been turned into a space (or flattened by NFKD) and is put back. */
  inferredBytes: boolean
  /** Doing the same wrong decodes to the repair gives back the damaged span (never when bytes were lost). */
  exact: boolean
  /** Undoing the damage leaves text that still reads as damaged: earlier layers lost bytes. */
  stillDamaged: boolean
}

interface Sequence extends SequenceShape {
  start: number
  end: number
  bytes: number[]
}

interface Candidate {
  start: number
  end: number
  codePage: number
  points: number
  repaired: string
  /** Code page indices, innermost damage first. */
  chain: number[]
  lostBytes: boolean
  inferredBytes: boolean
  stillDamaged: boolean
  /** A byte is taken as lost after a lead that is not a telltale (`É?` rather than `Ã?`). */
  untoldLoss: boolean
}

const MAX_LAYERS = 4
const CONTEXT = 4
const NON_ASCII = /[^\x00-\x7f]/g
const QUESTION_MARK = 0x3f
const SPACE = 0x20
const REPLACEMENT = 0xfffd
/** Lead bytes whose sequence with 0xA0 is a likely character (ftfy's finding): NBSP, à, Š, Π, Р. */
const RESTORABLE_TWO_BYTE_LEADS = new Set([0xc2, 0xc3, 0xc5, 0xce, 0xd0])
/** Leads that are almost never anything but the first half of a sequence: `Â`, `Ã` and Windows-1250's `Ă`. */
const TELLTALE_LEADS = new Set([0xc2, 0xc3, 0x102])
/** NFKD turns `º` into `o` and `ª` into `a`. */
const FLATTENED_ORDINALS = new Map([
  [0x6f, 0xba],
  [0x61, 0xaa]
])

/** Every damaged span of `text`, in order, with its repair. */
export function findMojibake(text: string): MojibakeRepair[] {
  return mergeIntoSpans(text, detect(text, 0, text.length, 0))
}

/** Accepted, non-overlapping candidates inside `[from, to)` of `text`, in text order. */
function detect(text: string, from: number, to: number, layer: number): Candidate[] {
  const accepted: Candidate[] = []
  const weak: Candidate[] = []
  for (const run of candidateRuns(text, from, to)) {
    const candidate = evaluate(text, run, layer)
    if (!candidate) continue
    if (candidate.points >= STRONG_EVIDENCE) accepted.push(candidate)
    else weak.push(candidate)
  }
  // Inside a repair (layer > 0) the outer mojibake is the support. A weak run that would throw a
  // character away as a lost byte (`CAFÉ?`) needs a telltale lead (`Ă�frica`) to be supported.
  const supported = new Set(accepted.map((candidate) => CODE_PAGES[candidate.codePage].family))
  for (const candidate of weak) {
    if (layer > 0 || (!candidate.untoldLoss && supported.has(CODE_PAGES[candidate.codePage].family))) accepted.push(candidate)
  }
  return chooseAmongOverlaps(accepted)
}

interface Run {
  codePage: number
  sequences: Sequence[]
}

function* candidateRuns(text: string, from: number, to: number): Generator<Run> {
  const coveredUntil = CODE_PAGES.map(() => from)
  // The shared pattern's position is set before every search: evaluating a run in between searches
  // the repair for further layers with the same pattern.
  for (let position = from; ; ) {
    NON_ASCII.lastIndex = position
    const match = NON_ASCII.exec(text)
    if (match === null || match.index >= to) return
    position = match.index + 1
    // A decomposed lead (`A` + U+0303) starts at its base character.
    const start = isCombiningMark(text.charCodeAt(match.index)) && match.index > from ? match.index - 1 : match.index
    const mask = LEAD_MASK.get(unitAt(text, start).codePoint) ?? 0
    for (let index = 0; index < CODE_PAGES.length; index++) {
      if ((mask & (1 << index)) === 0 || coveredUntil[index] > start) continue
      const sequences = readRun(text, start, to, index)
      if (sequences.length === 0) continue
      coveredUntil[index] = sequences[sequences.length - 1].end
      yield {codePage: index, sequences}
    }
  }
}

function readRun(text: string, start: number, to: number, codePageIndex: number): Sequence[] {
  const sequences: Sequence[] = []
  let position = start
  for (;;) {
    const sequence = position < to ? readSequence(text, position, to, CODE_PAGES[codePageIndex]) : undefined
    if (!sequence) break
    sequences.push(sequence)
    position = sequence.end
  }
  return sequences
}

function readSequence(text: string, start: number, to: number, codePage: CodePage): Sequence | undefined {
  const lead = unitAt(text, start)
  const leadByte = codePage.byteOf.get(lead.codePoint)
  const length = leadByte === undefined ? 0 : sequenceLength(leadByte)
  if (leadByte === undefined || length === 0) return undefined
  const bytes = [leadByte]
  const units: DamagedUnit[] = [{codePoint: lead.codePoint, kind: 'byte'}]
  let end = start + lead.length
  for (let position = 1; position < length; position++) {
    if (end >= to) return undefined
    const unit = unitAt(text, end)
    const read = readContinuation(unit, codePage, leadByte, length, units)
    if (!read || !fitsContinuation(leadByte, position, read.byte)) return undefined
    bytes.push(read.byte)
    units.push({codePoint: unit.codePoint, kind: read.kind})
    end += unit.length
  }
  // A lead followed by nothing but lost bytes (`â??`) is `no-replacement-character`'s.
  if (length > 2 && units.slice(1).every((unit) => unit.kind === 'lost')) return undefined
  return {start, end, bytes, units, decoded: decodeSequence(bytes)}
}

/** The byte a continuation character stands for, read directly or inferred (at most one inference per sequence). */
function readContinuation(
  {codePoint, flattened}: TextUnit,
  codePage: CodePage,
  leadByte: number,
  length: number,
  units: DamagedUnit[]
): {byte: number; kind: DamagedUnit['kind']} | undefined {
  const byte = codePage.byteOf.get(codePoint)
  if (byte !== undefined && byte <= 0xbf) return {byte, kind: flattened ? 'flattened' : 'byte'}
  if (units.some((unit) => unit.kind !== 'byte')) return undefined
  if (codePoint === REPLACEMENT) return {byte: LOST_BYTE, kind: 'lost'}
  // `?` is a common character: only after `Â`/`Ã`, or inside a longer sequence (`â€?`), is it a lost byte.
  if (codePoint === QUESTION_MARK && (length > 2 || (codePage.family === 'latin' && (leadByte === 0xc2 || leadByte === 0xc3)))) {
    return {byte: LOST_BYTE, kind: 'lost'}
  }
  if (codePage.symbolHeavy) return undefined
  if (codePoint === SPACE && canHoldRestoredSpace(leadByte, length)) return {byte: 0xa0, kind: 'restored-space'}
  const ordinal = FLATTENED_ORDINALS.get(codePoint)
  if (ordinal !== undefined && length === 2 && (leadByte === 0xc2 || leadByte === 0xc3) && codePage.family === 'latin') return {byte: ordinal, kind: 'ordinal'}
  return undefined
}

/** Two-byte sequences only after the likely leads; three-byte ones always; four-byte ones after F0 (emoji). */
function canHoldRestoredSpace(leadByte: number, length: number): boolean {
  if (length === 2) return RESTORABLE_TWO_BYTE_LEADS.has(leadByte)
  return length === 3 || leadByte === 0xf0
}

function evaluate(text: string, run: Run, layer: number): Candidate | undefined {
  const {sequences} = run
  const start = sequences[0].start
  const end = sequences[sequences.length - 1].end
  const before = start > 0 ? baseBefore(text, start) : -1
  const after = end < text.length ? unitAt(text, end).codePoint : -1
  const codePage = CODE_PAGES[run.codePage]
  const points = evidence(sequences, before, after, codePage.family === 'latin')
  const decoded = decodeRun(text, sequences)
  const contextBefore = text.slice(Math.max(0, start - CONTEXT), start)
  const contextAfter = text.slice(end, end + CONTEXT)
  const deeper = layer + 1 < MAX_LAYERS ? repairLayers(decoded, contextBefore, contextAfter, layer + 1) : undefined
  const repaired = deeper?.text ?? decoded
  if (!readsAsText(repaired, contextBefore, contextAfter)) return undefined
  const units = sequences.flatMap((sequence) => sequence.units)
  return {
    start,
    end,
    codePage: run.codePage,
    points,
    repaired,
    chain: [...(deeper?.chain ?? []), run.codePage],
    lostBytes: units.some((unit) => unit.kind === 'lost') || (deeper?.lostBytes ?? false),
    inferredBytes: units.some((unit) => unit.kind !== 'byte' && unit.kind !== 'lost') || (deeper?.inferredBytes ?? false),
    stillDamaged: stillLooksDamaged(repaired, contextAfter),
    untoldLoss: sequences.some((sequence) => sequence.units.some((unit) => unit.kind === 'lost') && !TELLTALE_LEADS.has(sequence.units[0].codePoint))
  }
}

/** The character before `index`, skipping combining marks back to their base. */
function baseBefore(text: string, index: number): number {
  let position = index - 1
  while (position > 0 && isCombiningMark(text.charCodeAt(position))) position--
  return text.codePointAt(position) ?? -1
}

/** The text a run decodes to, joining CESU-8 surrogate halves and re-inserting the word space after a lost-space `à`. */
function decodeRun(text: string, sequences: Sequence[]): string {
  let decoded = ''
  for (let index = 0; index < sequences.length; index++) {
    const sequence = sequences[index]
    const next = sequences[index + 1]
    if (next && isHighSurrogate(sequence.decoded) && isLowSurrogate(next.decoded)) {
      decoded += String.fromCodePoint(joinSurrogates(sequence.decoded, next.decoded))
      index++
      continue
    }
    decoded += String.fromCodePoint(sequence.decoded)
    if (lostWordSpace(text, sequence)) decoded += ' '
  }
  return decoded
}

/**
 * `à` is a word of its own in French (and in Portuguese except `às`, `àquele`, `àquilo`…), so when
 * its 0xA0 byte became a space and the space after it was then collapsed into that one, the repair
 * must put a space back: `voilÃ le` is `voilà le`, but `Ã s crianças` is `às crianças`.
 */
function lostWordSpace(text: string, sequence: Sequence): boolean {
  if (sequence.decoded !== 0xe0 || !sequence.units.some((unit) => unit.kind === 'restored-space')) return false
  const following = text.slice(sequence.end, sequence.end + 6)
  return following !== '' && isLetter(following.codePointAt(0)!) && !/^(?:s(?![\p{L}'’])|qu[ei]l)/u.test(following)
}

/** Searches a repair for a further layer of mojibake. */
function repairLayers(
  decoded: string,
  contextBefore: string,
  contextAfter: string,
  layer: number
): {text: string; chain: number[]; lostBytes: boolean; inferredBytes: boolean} | undefined {
  const window = contextBefore + decoded + contextAfter
  const inner = detect(window, contextBefore.length, contextBefore.length + decoded.length, layer)
  if (inner.length === 0) return undefined
  let text = ''
  let cursor = contextBefore.length
  for (const candidate of inner) {
    text += window.slice(cursor, candidate.start) + candidate.repaired
    cursor = candidate.end
  }
  text += window.slice(cursor, contextBefore.length + decoded.length)
  // The deepest chain found is the layering; mixed layers inside one run are rare enough to name by the first.
  const deepest = inner.reduce((best, candidate) => (candidate.chain.length > best.chain.length ? candidate : best))
  return {
    text,
    chain: deepest.chain,
    lostBytes: inner.some((candidate) => candidate.lostBytes),
    inferredBytes: inner.some((candidate) => candidate.inferredBytes)
  }
}

/**
 * Keeps the best of overlapping candidates. Candidates are grouped into clusters of overlapping
 * spans in one sweep; within a cluster (a handful of code pages' readings of one stretch) the best
 * ranked win, so the work stays linear in the number of candidates.
 */
function chooseAmongOverlaps(accepted: Candidate[]): Candidate[] {
  const votes = new Map<number, number>()
  for (const candidate of accepted) votes.set(candidate.codePage, (votes.get(candidate.codePage) ?? 0) + 1)
  const rank = (a: Candidate, b: Candidate) =>
    b.points - a.points ||
    b.end - b.start - (a.end - a.start) ||
    (votes.get(b.codePage) ?? 0) - (votes.get(a.codePage) ?? 0) ||
    a.codePage - b.codePage
  const byStart = [...accepted].sort((a, b) => a.start - b.start)
  const chosen: Candidate[] = []
  let cluster: Candidate[] = []
  let clusterEnd = -1
  const settle = () => {
    const kept: Candidate[] = []
    for (const candidate of cluster.sort(rank)) {
      if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate)
    }
    chosen.push(...kept.sort((a, b) => a.start - b.start))
  }
  for (const candidate of byStart) {
    if (candidate.start >= clusterEnd && cluster.length > 0) {
      settle()
      cluster = []
    }
    cluster.push(candidate)
    clusterEnd = Math.max(clusterEnd, candidate.end)
  }
  if (cluster.length > 0) settle()
  return chosen
}

/** Merges candidates of one word (or of one ASCII-punctuated stretch) with the same layering into reported spans. */
function mergeIntoSpans(text: string, candidates: Candidate[]): MojibakeRepair[] {
  const spans: MojibakeRepair[] = []
  let current: (MojibakeRepair & {chain: number[]}) | undefined
  for (const candidate of candidates) {
    const repair = {
      start: candidate.start,
      end: candidate.end,
      repaired: candidate.repaired,
      chain: candidate.chain,
      codePages: candidate.chain.map((index) => CODE_PAGES[index]),
      lostBytes: candidate.lostBytes,
      inferredBytes: candidate.inferredBytes,
      stillDamaged: candidate.stillDamaged,
      exact: false
    }
    repair.exact = isExactRepair(text.slice(repair.start, repair.end), repair)
    if (current && canMerge(text, current, repair)) {
      const gap = text.slice(current.end, repair.start)
      current.repaired += gap + repair.repaired
      current.end = repair.end
      current.lostBytes ||= repair.lostBytes
      current.inferredBytes ||= repair.inferredBytes
      current.stillDamaged ||= repair.stillDamaged
      continue
    }
    if (current) spans.push(withoutChain(current))
    current = repair
  }
  if (current) spans.push(withoutChain(current))
  return spans
}

/**
 * Same layering, and the gap is ASCII that either is punctuation and spaces only (`РґРѕ РР·-РїРѕРґ`) or
 * lies inside one word (`Ã©galitÃ©`); a restored space is a word boundary too.
 */
function canMerge(text: string, current: MojibakeRepair & {chain: number[]}, next: MojibakeRepair & {chain: number[]}): boolean {
  if (current.exact !== next.exact || current.chain.join() !== next.chain.join()) return false
  const gap = text.slice(current.end, next.start)
  if (!/^[\x20-\x7e]*$/.test(gap)) return false
  if (!/[A-Za-z0-9]/.test(gap)) return true
  return !/\s/.test(gap + text.slice(current.start, current.end) + text.slice(next.start, next.end))
}

function withoutChain(repair: MojibakeRepair & {chain: number[]}): MojibakeRepair {
  const {chain: _chain, ...rest} = repair
  return rest
}
