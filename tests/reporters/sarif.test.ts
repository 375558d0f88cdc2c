import {readFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import type {Log, Result, Run} from 'sarif'
import {describe, expect, it} from 'vitest'
import {sharedPath, streamCorpus} from '../../bench/corpora.js'
import {fixText, lint} from '../../src/engine/linter.js'
import {makeResult} from '../../src/engine/messages.js'
import type {LintResult} from '../../src/engine/types.js'
import {SARIF_SCHEMA, sarif} from '../../src/reporters/sarif.js'
import {ruleCatalog} from '../../src/rules/index.js'
import {describeShared} from '../helpers/shared.js'
import {archiveResult, DUPLICATE_TEXT, fatalResult, infoResult, messageAt, REPEATED, relatedResult, repeatedWordResult} from './results.js'

// CommonJS modules whose `exports.default` is the export their types call default.
const Ajv = ajvDraft04.default
const addFormats = ajvFormats.default

const CWD = path.resolve('/work/project')

function run(results: LintResult[]): Run {
  return (JSON.parse(sarif.format(results, {cwd: CWD})) as Log).runs[0]
}

function firstResult(results: LintResult[]): Result {
  return run(results).results![0]
}

/** Apply SARIF replacements to a text, last first, as a SARIF consumer would. */
function applyReplacements(text: string, result: Result): string {
  const replacements = result.fixes![0].artifactChanges[0].replacements
  return [...replacements]
    .sort((a, b) => b.deletedRegion.charOffset! - a.deletedRegion.charOffset!)
    .reduce((out, {deletedRegion, insertedContent}) => {
      const start = deletedRegion.charOffset!
      return out.slice(0, start) + (insertedContent?.text ?? '') + out.slice(start + deletedRegion.charLength!)
    }, text)
}

async function allShapes(): Promise<LintResult[]> {
  return [
    await repeatedWordResult(),
    relatedResult(),
    infoResult(),
    fatalResult(),
    archiveResult(),
    makeResult([messageAt('a a', 0, 3)]),
    makeResult([messageAt('a a', 0, 3)], {path: '/elsewhere/outside file.txt'})
  ]
}

describe('sarif: the driver', () => {
  it('names copydesk with the package version and describes every rule of the catalog', () => {
    const {driver} = run([]).tool
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
    expect(driver.name).toBe('copydesk')
    expect(driver.version).toBe(manifest.version)
    expect(driver.informationUri).toMatch(/^https:\/\//)
    expect(driver.rules!.map((rule) => rule.id)).toEqual(ruleCatalog.map((meta) => meta.id))
    for (const [index, meta] of ruleCatalog.entries()) {
      const rule = driver.rules![index]
      expect(rule.shortDescription!.text).toBe(meta.description)
      expect(rule.fullDescription!.text).toContain(meta.description)
      expect(rule.helpUri).toBe(meta.url)
      expect(rule.help!.text).toContain(meta.url)
      expect(rule.defaultConfiguration!.level).toBe({error: 'error', warning: 'warning', info: 'note'}[meta.severity])
    }
  })
})

describe('sarif: results', () => {
  it('locates a real lint message with 1-based lines and columns, exclusive end, and offsets', async () => {
    const result = firstResult([await repeatedWordResult()])
    const rules = run([]).tool.driver.rules!
    expect(result.ruleId).toBe('no-repeated-word')
    expect(rules[result.ruleIndex!].id).toBe('no-repeated-word')
    expect(result.level).toBe('error')
    expect(result.message.text).toBe('Unexpected repeated word `the`: remove one occurrence')
    const {artifactLocation, region} = result.locations![0].physicalLocation!
    expect(artifactLocation).toEqual({uri: 'stories/one.txt', uriBaseId: 'SRCROOT'})
    expect(region).toEqual({startLine: 1, startColumn: 8, endLine: 1, endColumn: 15, charOffset: 7, charLength: 7})
    expect(REPEATED.slice(region!.charOffset!, region!.charOffset! + region!.charLength!)).toBe('the the')
  })

  it('turns the safe fix into replacements that give the same text as fixText', async () => {
    const result = firstResult([await repeatedWordResult()])
    expect(result.fixes![0].description!.text).toMatch(/copydesk --fix/)
    expect(applyReplacements(REPEATED, result)).toBe((await fixText(REPEATED)).output)
  })

  it('declares SRCROOT and the working directory as file URLs', () => {
    const {originalUriBaseIds, invocations, columnKind} = run([])
    const base = pathToFileURL(CWD).href + '/'
    expect(originalUriBaseIds).toEqual({SRCROOT: {uri: base}})
    expect(invocations![0]).toEqual({executionSuccessful: true, workingDirectory: {uri: base}})
    expect(columnKind).toBe('utf16CodeUnits')
  })

  it('percent-encodes relative URIs and gives paths outside the working folder as absolute file URLs', () => {
    const inside = firstResult([makeResult([messageAt('a a', 0, 3)], {path: 'news/été #1.txt'})])
    expect(inside.locations![0].physicalLocation!.artifactLocation).toEqual({uri: 'news/%C3%A9t%C3%A9%20%231.txt', uriBaseId: 'SRCROOT'})
    const absoluteInside = firstResult([makeResult([messageAt('a a', 0, 3)], {path: path.join(CWD, 'a.txt')})])
    expect(absoluteInside.locations![0].physicalLocation!.artifactLocation).toEqual({uri: 'a.txt', uriBaseId: 'SRCROOT'})
    const outside = firstResult([makeResult([messageAt('a a', 0, 3)], {path: '/elsewhere/outside file.txt'})])
    expect(outside.locations![0].physicalLocation!.artifactLocation).toEqual({uri: 'file:///elsewhere/outside%20file.txt'})
  })

  it('maps warning and info to the SARIF levels warning and note', () => {
    expect(firstResult([relatedResult()]).level).toBe('warning')
    expect(firstResult([infoResult()]).level).toBe('note')
  })

  it('carries related locations and suggestions', () => {
    const result = firstResult([relatedResult()])
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        message: {text: 'first copy'},
        physicalLocation: {
          artifactLocation: {uri: 'stories/dup.md', uriBaseId: 'SRCROOT'},
          region: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 22, charOffset: 0, charLength: 21}
        }
      }
    ])
    expect(result.fixes).toHaveLength(1)
    expect(result.fixes![0].description!.text).toMatch(/human/)
    expect(applyReplacements(DUPLICATE_TEXT, result)).toBe('First paragraph here.\n\nSecond one.\n')
  })

  it('reports a document that could not be linted as a tool execution notification', () => {
    const {invocations, results} = run([fatalResult()])
    expect(results).toEqual([])
    expect(invocations![0].executionSuccessful).toBe(false)
    expect(invocations![0].toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: {text: 'images/photo.txt: binary file (NUL bytes at offset 12)'},
        locations: [{physicalLocation: {artifactLocation: {uri: 'images/photo.txt', uriBaseId: 'SRCROOT'}}}]
      }
    ])
  })

  it('locates an archive record by archive file, record line and record id, without fixes', () => {
    const result = firstResult([archiveResult()])
    expect(result.locations).toEqual([
      {
        physicalLocation: {artifactLocation: {uri: 'archive/news.jsonl', uriBaseId: 'SRCROOT'}, region: {startLine: 3}},
        logicalLocations: [{name: 'rec-42', kind: 'object'}],
        properties: {recordRegion: {startLine: 1, startColumn: 1, endLine: 1, endColumn: 8, charOffset: 0, charLength: 7}}
      }
    ])
    expect(result.fixes).toBeUndefined()
  })

  it('points a related location in another record at that record', () => {
    const base = archiveResult()
    const related = {...base.messages[0], message: 'earlier copy', documentId: 'rec-7'}
    const result = firstResult([{...base, messages: [{...base.messages[0], related: [related]}]}])
    expect(result.relatedLocations![0].logicalLocations).toEqual([{name: 'rec-7', kind: 'object'}])
    expect(result.relatedLocations![0].physicalLocation!.artifactLocation!.uri).toBe('archive/news.jsonl')
  })

  it('fingerprints findings by rule, document and text, so they survive lines inserted above', async () => {
    const text = 'It was the the best.\nThen the the worst.\n'
    const before = run([await repeatedWordResult('a.txt', text)]).results!
    const after = run([await repeatedWordResult('a.txt', 'A new first line.\n' + text)]).results!
    const prints = (results: Result[]) => results.map((result) => result.partialFingerprints!['copydesk/v1'])
    expect(prints(before)).toEqual(prints(after))
    expect(new Set(prints(before)).size).toBe(2)
    expect(prints(before).map((print) => print.split(':')[1])).toEqual(['1', '2'])
  })
})

describeShared('sarif: validates against the official SARIF 2.1.0 schema', () => {
  // The schema declares draft-04, which Ajv 8 supports through ajv-draft-04.
  const schema = JSON.parse(readFileSync(sharedPath('schemas', 'sarif-schema-2.1.0.json'), 'utf8')) as {$schema: string; id: string}
  const ajv = new Ajv({allErrors: true})
  addFormats(ajv)
  const validate = ajv.compile(schema)

  function expectValid(results: LintResult[]): void {
    const valid = validate(JSON.parse(sarif.format(results, {cwd: CWD})))
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  }

  it('uses the draft the schema declares, and names that schema in the log', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-04/schema#')
    expect(schema.id).toBe(SARIF_SCHEMA)
    expect((JSON.parse(sarif.format([])) as Log).$schema).toBe(SARIF_SCHEMA)
  })

  it('rejects a malformed log, so the check can fail', () => {
    expect(validate({version: '2.1.0', runs: [{tool: {driver: {name: 'copydesk'}}, results: [{message: {}, level: 'fatal'}]}]})).toBe(false)
  })

  it('accepts an empty report', () => {
    expectValid([])
  })

  it('accepts every shape of result: lint messages, related locations, fixes, info, fatal, archive, stdin, outside paths', async () => {
    expectValid(await allShapes())
  })

  // bbc/business/095 has a real "the the", so the slice holds at least one message.
  it('accepts a report on real articles linted as archive records (bbc-fulltext, first 100 records)', async () => {
    const results: LintResult[] = []
    let line = 0
    for await (const article of streamCorpus('bbc-fulltext')) {
      line++
      results.push({...(await lint(article.text, {path: 'bbc-fulltext.jsonl', id: article.id})), recordLine: line})
      if (line === 100) break
    }
    expect(results.some((result) => result.messages.length > 0)).toBe(true)
    expectValid(results)
  })
})
