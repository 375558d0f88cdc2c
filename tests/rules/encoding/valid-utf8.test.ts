import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import {afterAll, describe, expect, it} from 'vitest'
import {createLinter} from '../../../src/engine/linter.js'
import {decodeBytes, firstInvalidUtf8} from '../../../src/inputs/decode.js'
import {lintRule} from '../../helpers/rule-tester.js'

const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-valid-utf8-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function file(name: string, bytes: Uint8Array): string {
  const target = path.join(folder, name)
  writeFileSync(target, bytes)
  return target
}

const linter = createLinter({cwd: folder, config: {extends: [], rules: {'valid-utf8': 'error', 'no-mojibake': 'error', 'no-broken-apostrophe': 'error'}}})

describe('decodeBytes', () => {
  it('leaves UTF-8 alone and names no encoding', () => {
    expect(decodeBytes(Buffer.from('Zürich café', 'utf8'))).toEqual({ok: true, text: 'Zürich café'})
  })

  it('decodes a Windows-1252 file and names the encoding', () => {
    const bytes = iconv.encode('The café’s “naïve” fiancée served crème brûlée.', 'windows-1252')
    expect(decodeBytes(bytes)).toEqual({ok: true, text: 'The café’s “naïve” fiancée served crème brûlée.', encoding: 'Windows-1252'})
  })

  it('detects a Cyrillic code page', () => {
    const text = 'Привет, как дела? Это длинный текст на русском языке, чтобы детектор был уверен.'
    const decoded = decodeBytes(iconv.encode(text, 'windows-1251'))
    expect(decoded).toEqual({ok: true, text, encoding: 'Windows-1251'})
  })

  it('keeps the UTF-8 of a mixed file and reads each stray byte as Windows-1252', () => {
    const bytes = Buffer.concat([Buffer.from('Zürich and São Paulo, ', 'utf8'), Buffer.from([0x93, 0x71, 0x94])])
    expect(decodeBytes(bytes)).toEqual({ok: true, text: 'Zürich and São Paulo, “q”', encoding: 'UTF-8 mixed with Windows-1252'})
  })

  it('decodes UTF-16 with a byte-order mark instead of calling it binary', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello', 'utf16le')])
    expect(decodeBytes(bytes)).toEqual({ok: true, text: 'Hello', encoding: 'UTF-16LE'})
  })

  it('refuses a binary file', () => {
    expect(decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ok: false, reason: 'binary file (contains NUL bytes); not linted'})
  })

  it('finds the first invalid byte', () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3, 0xa9, 0xe9, 0x62]))).toBe(3)
    expect(firstInvalidUtf8(Buffer.from('ok', 'utf8'))).toBe(2)
  })
})

describe('valid-utf8', () => {
  it('reports the detected encoding once, at the start, and lints the decoded text with its positions', async () => {
    const target = file('latin.txt', iconv.encode('Première ligne.\nDue to Lavrov"s late arrival at the café, nothing happened.', 'windows-1252'))
    const [result] = await linter.lintFiles([target])
    expect(result.fatal).toBeUndefined()
    expect(result.messages.map((message) => [message.ruleId, message.line, message.column, message.actual])).toEqual([
      ['valid-utf8', 1, 1, ''],
      ['no-broken-apostrophe', 2, 8, 'Lavrov"s']
    ])
    expect(result.messages[0].message).toBe('File is not valid UTF-8: decoded as Windows-1252 (detected), and linted as such; `--fix` rewrites it as UTF-8')
    expect(result.messages[0].severity).toBe('error')
  })

  it('says nothing about a UTF-8 file', async () => {
    const target = file('utf8.txt', Buffer.from('Première ligne, café.', 'utf8'))
    const [result] = await linter.lintFiles([target])
    expect(result.messages).toEqual([])
  })

  it('gives a binary file a fatal result and no messages', async () => {
    const target = file('image.txt', Buffer.from([0x89, 0x50, 0x00, 0x4e]))
    const [result] = await linter.lintFiles([target])
    expect(result.fatal?.message).toMatch(/binary/)
    expect(result.messages).toEqual([])
  })

  it('never fires on text handed over as a string', async () => {
    expect(await lintRule('valid-utf8', 'Première ligne, café.')).toEqual([])
  })
})

describe('decodeBytes loses no byte', () => {
  it('keeps a byte Windows-1252 leaves undefined as its C1 control', () => {
    const bytes = Uint8Array.from([...Buffer.from('Un caf', 'latin1'), 0xe9, 0x20, 0x81, 0x20, 0x93, 0x71, 0x94])
    expect(decodeBytes(bytes)).toEqual({ok: true, text: 'Un café \u0081 “q”', encoding: 'Windows-1252'})
  })
})
