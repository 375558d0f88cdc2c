/**
 * `mergeStates` (`copydesk merge STATE…`): the cross-document stage over the saved states of the
 * shards of one archive, giving the cross-document results and the summary a single run over the
 * whole archive gives. The shards' per-document results were already reported by the shards.
 *
 * The state files must agree on what they are parts of (same inputs, same cross-document settings,
 * one state format) and together hold every shard exactly once; anything else is refused, because a
 * merge of the wrong parts would silently report a different archive.
 */
import {isDeepStrictEqual} from 'node:util'
import {CopydeskError} from '../engine/errors.js'
import {CrossDocumentStage, rulesFromSettings} from './cross-document-stage.js'
import {archiveRun, type ArchiveRun} from './archive-run.js'
import {formatShard} from './shard.js'
import {openStateFile, type StateEntry, type StateFile} from './state-file.js'
import {SummaryCounter} from './summary.js'

export function mergeStates(files: readonly string[]): ArchiveRun {
  return archiveRun(async function* () {
    const started = performance.now()
    const states = checkParts(files.map((file) => openStateFile(file)))
    const enabled = rulesFromSettings(states[0].header.rules, states[0].file)
    const counter = new SummaryCounter()
    for (const state of states) counter.addShard(state.summary)
    const stage = new CrossDocumentStage(enabled)
    for (const entry of inOrdinalOrder(states)) {
      if (entry.errors) counter.markErrors(entry.ref.ordinal)
      stage.add(entry.ref, entry.states)
    }
    for (const result of stage.results()) {
      counter.crossDocument(result)
      yield result
    }
    return counter.finish(performance.now() - started)
  })
}

function checkParts(states: StateFile[]): StateFile[] {
  if (states.length === 0) throw new CopydeskError('merge: no state files given')
  const [first] = states
  for (const state of states.slice(1)) {
    if (!isDeepStrictEqual(state.header.inputs, first.header.inputs)) {
      throw new CopydeskError(`merge: ${state.file} was written for inputs ${JSON.stringify(state.header.inputs)}, ${first.file} for ${JSON.stringify(first.header.inputs)}`)
    }
    if (!isDeepStrictEqual(state.header.rules, first.header.rules)) {
      throw new CopydeskError(`merge: ${state.file} and ${first.file} were written with different cross-document rule settings`)
    }
  }
  const count = first.header.shard?.count ?? 1
  const seen = new Map<number, string>()
  for (const state of states) {
    const shard = state.header.shard ?? {index: 1, count: 1}
    if (shard.count !== count) throw new CopydeskError(`merge: ${state.file} is shard ${formatShard(shard)}, but ${first.file} is one of ${count}`)
    const other = seen.get(shard.index)
    if (other) throw new CopydeskError(`merge: ${other} and ${state.file} are both shard ${formatShard(shard)}`)
    seen.set(shard.index, state.file)
  }
  const missing = Array.from({length: count}, (_, index) => index + 1).filter((index) => !seen.has(index))
  if (missing.length > 0) {
    throw new CopydeskError(`merge: missing ${missing.map((index) => formatShard({index, count})).join(', ')}; a merge needs every shard's state`)
  }
  return states
}

/** The entries of all shards as one sequence in ordinal order (each file is in order already). */
function* inOrdinalOrder(states: readonly StateFile[]): Generator<StateEntry> {
  const iterators = states.map((state) => state.entries()[Symbol.iterator]())
  const heads = iterators.map((iterator) => iterator.next())
  for (;;) {
    let next = -1
    for (let index = 0; index < heads.length; index++) {
      const head = heads[index]
      if (!head.done && (next === -1 || head.value.ref.ordinal < (heads[next].value as StateEntry).ref.ordinal)) next = index
    }
    if (next === -1) return
    yield heads[next].value as StateEntry
    heads[next] = iterators[next].next()
  }
}
