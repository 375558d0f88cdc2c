/**
 * Bad input in an archive: every bad record is reported with its line and the reason, as a fatal
 * result of its own, and every good record around it is still linted.
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {Readable} from 'node:stream'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'
import {collectRun, DUPLICATES_ONLY, temporaryFolder, writeArchive} from './archive-fixtures.js'

const good = (id: string) => ({id, text: `Story ${id} has has a repeated word.`})

async function lintOne(file: string, extra: Record<string, unknown> = {}) {
  return collectRun({inputs: [file], jobs: 1, config: DUPLICATES_ONLY, ...extra})
}

function fatalOf(results: Awaited<ReturnType<typeof lintOne>>['results'], recordLine: number) {
  const result = results.find((candidate) => candidate.recordLine === recordLine)
  return result?.fatal?.message
}

describe('bad records', () => {
  it('reports each kind of bad record with its line and reason, and lints every good record', async () => {
    const folder = temporaryFolder()
    const file = writeArchive(folder, 'mixed.jsonl', [
      good('a'),
      '{"id": "b", "text": "unterminated',
      {id: 'c', body: 'no text field'},
      {id: 'd', text: 42},
      {id: 'e', text: '   '},
      Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
      '[1, 2]',
      good('f')
    ])
    const {results, summary} = await lintOne(file)
    const documents = results.filter((result) => result.stage === 'document')
    expect(documents.map((result) => result.recordLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(fatalOf(results, 2)).toMatch(/^line 2: malformed JSON \(.+\); not linted$/)
    expect(fatalOf(results, 3)).toBe('line 3: no "text" field; not linted')
    expect(fatalOf(results, 4)).toBe('line 4: "text" is a number, not a string; not linted')
    expect(fatalOf(results, 5)).toBe('line 5: "text" is empty; not linted')
    expect(fatalOf(results, 6)).toBe('line 6: not valid UTF-8 (first invalid byte at column 8 of the line); not linted')
    expect(fatalOf(results, 7)).toBe('line 7: the record is an array, not a JSON object; not linted')
    // Ids come from the record when it has one, else the line number.
    expect(documents.map((result) => result.id)).toEqual(['a', '2', 'c', 'd', 'e', '6', '7', 'f'])
    for (const id of ['a', 'f']) {
      const result = documents.find((candidate) => candidate.id === id)!
      expect(result.fatal).toBeUndefined()
      expect(result.messages.map((message) => message.ruleId)).toEqual(['no-repeated-word'])
    }
    expect(summary).toMatchObject({documents: 8, unreadable: 6, errorCount: 2, documentsWithErrors: 2})
  })

  it('refuses a record larger than the limit without holding it, then goes on', async () => {
    const folder = temporaryFolder()
    const huge = {id: 'huge', text: 'word '.repeat(4 * 1024 * 1024)}
    const file = writeArchive(folder, 'big.jsonl', [good('a'), huge, good('b')])
    const {results} = await lintOne(file)
    expect(fatalOf(results, 2)).toBe('line 2: record of 20.0 MB is larger than the limit of 2.0 MB; not linted')
    expect(results.filter((result) => result.stage === 'document' && !result.fatal).map((result) => result.id)).toEqual(['a', 'b'])
  })

  it('keeps the records before the point where a gzip archive is cut off, and says where', async () => {
    const folder = temporaryFolder()
    const records = Array.from({length: 200}, (_, index) => JSON.stringify({id: `r${index}`, text: `Record ${index} of the archive, with enough text to compress. `.repeat(20)}))
    const gzipped = gzipSync(Buffer.from(records.join('\n') + '\n'))
    const file = path.join(folder, 'cut.jsonl.gz')
    writeFileSync(file, gzipped.subarray(0, Math.floor(gzipped.length * 0.6)))
    const {results, summary} = await lintOne(file)
    // The records are near-copies of one another: only the per-document results count here.
    const documents = results.filter((result) => result.stage === 'document')
    const linted = documents.filter((result) => !result.fatal)
    const cut = documents.filter((result) => result.fatal)
    expect(linted.length).toBeGreaterThan(0)
    expect(linted.length).toBeLessThan(200)
    expect(linted.map((result) => result.id)).toEqual(records.slice(0, linted.length).map((_, index) => `r${index}`))
    expect(cut).toHaveLength(1)
    expect(cut[0].recordLine).toBe(linted.length + 1)
    expect(cut[0].fatal?.message).toBe(`line ${linted.length + 1}: the archive cannot be read past this point (the gzip data is truncated); every record before it was read`)
    expect(summary.unreadable).toBe(1)
  })

  it('names a pattern that matches nothing', async () => {
    const folder = temporaryFolder()
    const {results, summary} = await collectRun({inputs: ['missing.jsonl'], cwd: folder, jobs: 1, config: DUPLICATES_ONLY})
    expect(results).toHaveLength(1)
    expect(results[0]).toMatchObject({path: 'missing.jsonl', fatal: {message: 'no such file, or no lintable files match this pattern'}})
    expect(summary).toMatchObject({documents: 1, unreadable: 1})
  })
})

describe('reading archives', () => {
  it('skips blank lines but keeps counting them, and reads CRLF line ends', async () => {
    const folder = temporaryFolder()
    const file = writeArchive(folder, 'spaced.ndjson', ['', JSON.stringify(good('a')) + '\r', '   ', JSON.stringify(good('b'))])
    const {results} = await lintOne(file)
    expect(results.filter((result) => result.stage === 'document').map((result) => [result.id, result.recordLine, result.fatal])).toEqual([
      ['a', 2, undefined],
      ['b', 4, undefined]
    ])
  })

  it('reads the fields it is told to, and carries the title', async () => {
    const folder = temporaryFolder()
    const file = writeArchive(folder, 'fields.jsonl', [
      {uid: 7, body: 'The the body.', headline: 'A headline'},
      {body: 'No uid here.', headline: 3}
    ])
    const {results} = await lintOne(file, {fields: {textField: 'body', idField: 'uid', titleField: 'headline'}})
    expect(results.map((result) => [result.id, result.title, result.messages.length])).toEqual([
      ['7', 'A headline', 1],
      ['2', undefined, 0]
    ])
  })

  it('recognises gzip by its magic bytes, on stdin too', async () => {
    const lines = [good('a'), good('b')].map((record) => JSON.stringify(record)).join('\n')
    const stdin = Readable.from([gzipSync(Buffer.from(lines))])
    const {results} = await collectRun({inputs: ['-'], stdin, jobs: 1, config: DUPLICATES_ONLY})
    expect(results.map((result) => [result.path, result.id, result.recordLine, result.errorCount])).toEqual([
      [undefined, 'a', 1, 1],
      [undefined, 'b', 2, 1]
    ])
  })
})
