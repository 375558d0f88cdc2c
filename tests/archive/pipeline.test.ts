/**
 * The archive pipeline end to end: input order kept whatever the number of workers, every input
 * kind through the same pipeline, cross-document results after the documents, and a sharded run
 * merged giving exactly what a single run gives.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {mergeStates} from '../../src/archive/merge.js'
import type {ArchiveResult} from '../../src/archive/types.js'
import {article, collectRun, DUPLICATES_ONLY, editWords, ofStage, temporaryFolder, writeArchive} from './archive-fixtures.js'

/** 60 articles, some of them copies: 12 is an exact copy of 3 (spaced and cased differently), 30 a light edit of 5. */
function archiveRecords(): Array<{id: string; text: string}> {
  const records = Array.from({length: 60}, (_, index) => ({id: `doc-${index}`, text: article(index + 1)}))
  records[12].text = records[3].text.toUpperCase().replace(/ /g, '  ')
  records[30].text = editWords(records[5].text, 40)
  records[41].text = records[3].text
  records[50].text = records[7].text + ' The the end.'
  return records
}

async function mergedRun(files: string[]) {
  const run = mergeStates(files)
  const results: ArchiveResult[] = []
  for await (const result of run) results.push(result)
  return {results, summary: await run.summary}
}

describe('lintArchive', () => {
  it('gives the same results in input order with one job and with two', async () => {
    const folder = temporaryFolder()
    const file = writeArchive(folder, 'archive.jsonl', archiveRecords())
    const one = await collectRun({inputs: [file], jobs: 1, config: DUPLICATES_ONLY})
    const two = await collectRun({inputs: [file], jobs: 2, config: DUPLICATES_ONLY})
    expect(ofStage(one.results, 'document').map((result) => result.ordinal)).toEqual(Array.from({length: 60}, (_, index) => index))
    expect(two.results).toEqual(one.results)
    expect({...two.summary, elapsedMs: 0}).toEqual({...one.summary, elapsedMs: 0})
  })

  it('reports each later copy against the earliest, after every document', async () => {
    const folder = temporaryFolder()
    const file = writeArchive(folder, 'archive.jsonl', archiveRecords())
    const {results, summary} = await collectRun({inputs: [file], jobs: 1, config: DUPLICATES_ONLY})
    const documents = ofStage(results, 'document')
    const cross = ofStage(results, 'cross-document')
    expect(results.indexOf(cross[0])).toBe(documents.length)
    expect(cross.map((result) => [result.id, result.messages.map((message) => [message.severity, message.message])])).toEqual([
      ['doc-12', [['error', 'Exact duplicate of article `doc-3`, the earliest of 3 articles with this text']]],
      ['doc-30', [['warning', expect.stringMatching(/^Near-duplicate of article `doc-5` \(\d+% similar\), the earliest of 2 similar articles$/)]]],
      ['doc-41', [['error', 'Exact duplicate of article `doc-3`, the earliest of 3 articles with this text']]],
      ['doc-50', [['warning', expect.stringMatching(/^Near-duplicate of article `doc-7`/)]]]
    ])
    expect(cross[0].messages[0]).toMatchObject({ruleId: 'no-duplicate-article', line: 1, column: 1, related: [{documentId: 'doc-3', path: file}]})
    expect(cross[0].path).toBe(file)
    expect(summary.messagesByRule).toEqual({'no-duplicate-article': 4, 'no-repeated-word': 1})
    // doc-50 has a per-document error and a cross-document warning; doc-12 and doc-41 cross-document errors.
    expect(summary.documentsWithErrors).toBe(3)
  })

  it('applies the configured severity and options of the cross-document rule', async () => {
    const folder = temporaryFolder()
    const file = writeArchive(folder, 'archive.jsonl', archiveRecords())
    const config = {extends: [], rules: {'no-duplicate-article': ['warn', {nearDuplicates: false}]}} as const
    const {results} = await collectRun({inputs: [file], jobs: 1, config: structuredClone(config) as never})
    expect(ofStage(results, 'cross-document').map((result) => [result.id, result.messages[0].severity])).toEqual([
      ['doc-12', 'warning'],
      ['doc-41', 'warning']
    ])
  })

  it('reads folders, globs and archives through the same pipeline, in order', async () => {
    const folder = temporaryFolder()
    mkdirSync(path.join(folder, 'stories'))
    writeFileSync(path.join(folder, 'stories', 'a.txt'), article(1))
    writeFileSync(path.join(folder, 'stories', 'b.md'), '# Heading\n\n' + article(1))
    writeArchive(folder, 'feed.jsonl', [{id: 'x', text: article(2)}, {id: 'y', text: article(1)}])
    const {results} = await collectRun({inputs: ['stories', '*.jsonl'], cwd: folder, jobs: 2, config: DUPLICATES_ONLY})
    expect(ofStage(results, 'document').map((result) => [result.path, result.id])).toEqual([
      ['stories/a.txt', 'stories/a.txt'],
      ['stories/b.md', 'stories/b.md'],
      ['feed.jsonl', 'x'],
      ['feed.jsonl', 'y']
    ])
    expect(ofStage(results, 'cross-document').map((result) => [result.id, result.messages[0].message.split(',')[0]])).toEqual([
      ['stories/b.md', expect.stringMatching(/^Near-duplicate of article `stories\/a.txt` \(9\d% similar\)$/)],
      ['y', 'Exact duplicate of article `stories/a.txt`']
    ])
  })
})

describe('shards and merge', () => {
  it('merging the states of every shard gives the report of a single run', async () => {
    const folder = temporaryFolder()
    const file = writeArchive(folder, 'archive.jsonl', [...archiveRecords(), 'not json', {id: 'empty', text: ''}])
    const single = await collectRun({inputs: [file], jobs: 1, config: DUPLICATES_ONLY, saveState: path.join(folder, 'single.state')})
    const shardStates = [1, 2, 3].map((index) => path.join(folder, `shard-${index}.state`))
    const shards = []
    for (const [index, saveState] of shardStates.entries()) {
      shards.push(await collectRun({inputs: [file], jobs: 1, config: DUPLICATES_ONLY, shard: `${index + 1}/3`, saveState}))
    }
    // Every document is linted by exactly one shard, with the result a single run gives it.
    const perDocument = shards.flatMap((shard) => ofStage(shard.results, 'document')).sort((a, b) => a.ordinal - b.ordinal)
    expect(perDocument).toEqual(ofStage(single.results, 'document'))
    // The merge gives the single run's cross-document results and summary.
    const merged = await mergedRun([...shardStates].reverse())
    expect(merged.results).toEqual(ofStage(single.results, 'cross-document'))
    expect(merged.results.length).toBeGreaterThan(0)
    expect({...merged.summary, elapsedMs: 0}).toEqual({...single.summary, elapsedMs: 0})
    // And merging a single run's own state reproduces its cross-document results too.
    expect((await mergedRun([path.join(folder, 'single.state')])).results).toEqual(merged.results)
  })

  it('refuses a merge with a shard missing, twice, or from other settings', async () => {
    const folder = temporaryFolder()
    const file = writeArchive(folder, 'archive.jsonl', archiveRecords().slice(0, 6))
    const state = (name: string) => path.join(folder, name)
    await collectRun({inputs: [file], jobs: 1, config: DUPLICATES_ONLY, shard: '1/2', saveState: state('a')})
    await collectRun({inputs: [file], jobs: 1, config: DUPLICATES_ONLY, shard: '2/2', saveState: state('b')})
    await collectRun({inputs: [file], jobs: 1, config: {rules: {'no-duplicate-article': ['error', {threshold: 0.9}]}}, shard: '2/2', saveState: state('c')})
    writeFileSync(state('d'), '{"not": "a state"}\n')
    await expect(mergedRun([state('a')])).rejects.toThrow(`merge: missing 2/2; a merge needs every shard's state`)
    await expect(mergedRun([state('a'), state('b'), state('b')])).rejects.toThrow('are both shard 2/2')
    await expect(mergedRun([state('a'), state('c')])).rejects.toThrow('different cross-document rule settings')
    await expect(mergedRun([state('d')])).rejects.toThrow('not a copydesk state file')
  })
})
