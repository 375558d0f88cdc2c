import {describe, expect, it} from 'vitest'
import * as api from '../../src/index.js'
import {CopydeskError} from '../../src/engine/errors.js'
import {format, reporterNames, reporters} from '../../src/reporters/index.js'
import {archiveResult, fatalResult, relatedResult, repeatedWordResult} from './results.js'

describe('format', () => {
  it('knows every reporter by its --format name, stylish first', () => {
    expect(reporterNames).toEqual(['stylish', 'json', 'jsonl', 'sarif', 'junit', 'github'])
    for (const name of reporterNames) expect(reporters[name].name).toBe(name)
  })

  it('formats with the named reporter and passes options through', async () => {
    const results = [await repeatedWordResult(), relatedResult(), fatalResult(), archiveResult()]
    for (const name of reporterNames) {
      expect(format(results, name, {color: false, cwd: '/repo'})).toBe(reporters[name].format(results, {color: false, cwd: '/repo'}))
    }
  })

  it('rejects an unknown format with the list of known ones', () => {
    expect(() => format([], 'xml')).toThrow(CopydeskError)
    expect(() => format([], 'xml')).toThrow('unknown format "xml": expected one of stylish, json, jsonl, sarif, junit, github')
    expect(() => format([], 'toString')).toThrow(CopydeskError)
  })

  it('is part of the public API', () => {
    expect(api.format).toBe(format)
    expect(api.reporterNames).toBe(reporterNames)
  })
})
