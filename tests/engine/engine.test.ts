import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {createLinter, defineCrossDocumentRule, defineRule, DocumentViews, lint, RuleError, rules} from '../../src/index.js'
import {parseByParagraph} from '../../src/engine/parser.js'
import type {Paragraph} from '../../src/index.js'
import {createProcessor, runProcessor} from '../../src/engine/processor.js'
import {noRepeatedWord} from '../../src/rules/index.js'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('one parse per document', () => {
  it('parses each paragraph of a document exactly once, whatever the number of rules', async () => {
    const parse = vi.spyOn(ParseEnglish.prototype, 'parse')
    const linter = createLinter({config: {extends: 'all'}})
    await linter.lintText('It was the the best of times.\n\nIt was the worst of times.')
    expect(parse.mock.calls.map(([text]) => text)).toEqual(['It was the the best of times.', 'It was the worst of times.'])
    await linter.lintText('A second document.')
    expect(parse).toHaveBeenCalledTimes(3)
  })

  it('keeps positions of a paragraph-by-paragraph parse in document coordinates', async () => {
    const text = 'First paragraph here.\n\n  Second one, the the end.'
    const [message] = (await lint(text)).messages
    expect(text.slice(message.offset, message.endOffset)).toBe('the the')
    expect([message.line, message.column]).toEqual([3, 15])
  })

  it('shares the derived views between rules instead of recomputing them', () => {
    const seen: Paragraph[][] = []
    const probe = (id: string) =>
      defineRule(
        {id, family: 'duplication', description: 'probe', severity: 'error', fixable: false, recommended: false, schema: {}, defaultOptions: {}},
        ({doc}) => {
          seen.push(doc.paragraphs)
        }
      )
    const first = probe('probe-one')
    const second = probe('probe-two')
    const processor = createProcessor(
      {rules: {'probe-one': {severity: 'error', options: {}}, 'probe-two': {severity: 'error', options: {}}}},
      [first, second]
    )
    runProcessor(processor, new VFile({value: 'One.\n\nTwo.'}))
    expect(seen).toHaveLength(2)
    expect(seen[0]).toBe(seen[1])
    expect(seen[0].map((paragraph) => paragraph.text)).toEqual(['One.', 'Two.'])
  })
})

describe('severities', () => {
  const text = 'It was the the best of times.'

  it('uses the rule default severity in the recommended preset', async () => {
    const result = await lint(text)
    expect(result.messages[0].severity).toBe('error')
    expect(result.errorCount).toBe(1)
  })

  it.each([
    ['warn', 'warning'],
    [1, 'warning'],
    ['error', 'error'],
    [2, 'error'],
    ['info', 'info']
  ] as const)('maps the setting %j to %s', async (setting, severity) => {
    const result = await lint(text, {config: {rules: {'no-repeated-word': setting}}})
    expect(result.messages.map((message) => message.severity)).toEqual([severity])
  })

  it.each(['off', 0] as const)('turns a rule off with %j', async (setting) => {
    expect((await lint(text, {config: {rules: {'no-repeated-word': setting}}})).messages).toEqual([])
  })

  it('counts errors, warnings and infos separately', async () => {
    const result = await lint(`${text} And and again.`, {config: {rules: {'no-repeated-word': 'warn'}}})
    expect([result.errorCount, result.warningCount, result.infoCount]).toEqual([0, 2, 0])
  })
})

describe('presets', () => {
  it('recommended enables exactly the rules whose metadata says so', async () => {
    const linter = createLinter({config: {}})
    const resolved = await linter.configForFile()
    for (const meta of rules) {
      expect(resolved.rules[meta.id].severity).toBe(meta.recommended ? meta.severity : 'off')
    }
  })

  it('all enables every rule at its default severity', async () => {
    const resolved = await createLinter({config: {extends: 'all'}}).configForFile()
    for (const meta of rules) expect(resolved.rules[meta.id].severity).toBe(meta.severity)
  })

  it('an empty extends enables nothing but the listed rules', async () => {
    const resolved = await createLinter({config: {extends: [], rules: {'no-repeated-word': 'warn'}}}).configForFile()
    expect(Object.entries(resolved.rules).filter(([, setting]) => setting.severity !== 'off')).toEqual([
      ['no-repeated-word', {severity: 'warning', options: {}}]
    ])
  })
})

describe('overrides', () => {
  const config = {
    rules: {'no-repeated-word': 'error' as const},
    overrides: [
      {files: '*.md', rules: {'no-repeated-word': 'off' as const}},
      {files: 'drafts/**', excludedFiles: 'drafts/final/**', rules: {'no-repeated-word': 'warn' as const}}
    ]
  }
  const text = 'The the end.'

  it.each([
    ['story.txt', ['error']],
    ['docs/story.md', []],
    ['drafts/story.txt', ['warning']],
    ['drafts/final/story.txt', ['error']]
  ])('%s gets %j', async (path, severities) => {
    const result = await createLinter({config}).lintText(text, {path})
    expect(result.messages.map((message) => message.severity)).toEqual(severities)
  })

  it('command-line rule settings win over every configuration layer', async () => {
    const linter = createLinter({config, rules: {'no-repeated-word': 'info'}})
    expect((await linter.lintText(text, {path: 'docs/story.md'})).messages.map((message) => message.severity)).toEqual(['info'])
  })
})

describe('messages', () => {
  it('are plain serialisable objects with 1-based positions and exclusive ends', async () => {
    const text = 'First line.\nIt was the the best.'
    const [message] = (await lint(text)).messages
    expect(JSON.parse(JSON.stringify(message))).toEqual(message)
    expect(message).toMatchObject({
      ruleId: 'no-repeated-word',
      line: 2,
      column: 8,
      endLine: 2,
      endColumn: 15,
      offset: 19,
      endOffset: 26,
      actual: 'the the',
      expected: ['the'],
      url: expect.stringMatching(/docs\/rules\/no-repeated-word\.md$/)
    })
    expect(text.slice(message.offset, message.endOffset)).toBe('the the')
  })
})

describe('rules as unified plugins', () => {
  it('can be used in a plain retext pipeline with copydesk ids and vfile conventions', async () => {
    const file = new VFile('It was the the best.')
    const processor = unified().use(retextEnglish).use(noRepeatedWord.plugin)
    await processor.run(processor.parse(file), file)
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message.ruleId).toBe('no-repeated-word')
    expect(message.source).toBe('copydesk')
    expect(message.fatal).toBe(true)
    expect(message.place).toMatchObject({start: {line: 1, column: 8, offset: 7}, end: {line: 1, column: 15, offset: 14}})
  })

  it('accepts the remark-lint [severity, options] setting', async () => {
    const file = new VFile('It was the the best.')
    const processor = unified().use(retextEnglish).use(noRepeatedWord.plugin, ['warn', {}])
    await processor.run(processor.parse(file), file)
    expect(file.messages[0].fatal).toBe(false)
    const quiet = new VFile('It was the the best.')
    const off = unified().use(retextEnglish).use(noRepeatedWord.plugin, 'off')
    await off.run(off.parse(quiet), quiet)
    expect(quiet.messages).toEqual([])
  })
})

describe('a rule that crashes', () => {
  it('is reported as a RuleError that names the rule and keeps the rule\'s own error', () => {
    const crashing = defineRule(
      {id: 'probe-crash', family: 'duplication', description: 'probe', severity: 'error', fixable: false, recommended: false, schema: {}, defaultOptions: {}},
      () => {
        throw new TypeError("Cannot read properties of undefined (reading 'bare')")
      }
    )
    const processor = createProcessor({rules: {'probe-crash': {severity: 'error', options: {}}}}, [crashing])
    let thrown: unknown
    try {
      runProcessor(processor, new VFile({value: 'One.'}))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(RuleError)
    const error = thrown as RuleError
    expect(error.ruleId).toBe('probe-crash')
    expect(error.cause).toBeInstanceOf(TypeError)
    // The message says where the rule's error was thrown, which a bug report needs first.
    expect(error.message).toMatch(/^rule probe-crash failed: Cannot read properties of undefined \(reading 'bare'\) \(at .*engine\.test\.ts:\d+:\d+\)?\)$/)
  })

  it('is a RuleError in a cross-document collector too, naming that rule', () => {
    const crashing = defineCrossDocumentRule(
      {id: 'probe-archive-crash', family: 'cross-document', description: 'probe', severity: 'error', fixable: false, recommended: false, schema: {}, defaultOptions: {}},
      {
        stateFormat: 'probe-1',
        collect: () => {
          throw new RangeError('bad state')
        },
        reducer: () => ({add: () => {}, finish: () => []})
      }
    )
    const views = new DocumentViews('One.', parseByParagraph('One.'))
    expect(() => crashing.collect(views, {})).toThrow(RuleError)
    expect(() => crashing.collect(views, {})).toThrow(/^rule probe-archive-crash failed: bad state/)
  })
})
