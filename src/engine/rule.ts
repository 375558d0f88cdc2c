/**
 * The rule model: a rule is its metadata plus a pure `check` over the shared document views, and
 * every rule is also a unified plugin (`rule.plugin`) that a user can `.use()` in their own retext
 * pipeline, with remark-lint's `[severity, options]` setting convention.
 */
import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {documentViews, type DocumentViews} from './document.js'
import {RuleError} from './errors.js'
import {normaliseSeverity, severityToFatal, isSeveritySetting} from './severity.js'
import type {Edit, Severity, SeveritySetting} from './types.js'

/** The project's home page (SARIF's `tool.driver.informationUri`). */
export const PROJECT_URL = 'https://github.com/copydesk/copydesk'

/** Where rule documentation lives; `meta.url` is this plus `<id>.md`. */
export const DOCS_BASE_URL = PROJECT_URL + '/blob/main/docs/rules/'

export type RuleFamily = 'encoding' | 'duplication' | 'attribution' | 'names' | 'artifacts' | 'cross-document'

/** A JSON Schema (draft-07) for a rule's options object, validated with ajv when config loads. */
export type OptionsSchema = Record<string, unknown>

export interface RuleMetaInput<Options> {
  id: string
  family: RuleFamily
  /** One line, shown by `--list-rules`, in SARIF and in the README's rule table. */
  description: string
  /** Default severity: objective damage is an `error`, editorial judgement a `warning`. */
  severity: Severity
  /** Whether `--fix` can repair some of what the rule reports. */
  fixable: boolean
  /** Whether the `recommended` preset enables the rule (the `all` preset enables every rule). */
  recommended: boolean
  schema: OptionsSchema
  defaultOptions: Options
}

export interface RuleMeta<Options = unknown> extends RuleMetaInput<Options> {
  url: string
}

/** What a rule reports: a half-open span of the document text and what is wrong with it. */
export interface Report {
  start: number
  end: number
  message: string
  /** Defaults to the flagged text. */
  actual?: string
  expected?: string[]
  note?: string
  /** Edits applied by `--fix`: give them only when the repair is certain. */
  fix?: Edit[]
  /** Edits offered to a human (SARIF fixes, `expected`), never applied automatically. */
  suggestions?: Edit[]
  related?: Array<{start: number; end: number; message: string}>
  /** Overrides the configured severity for this one message (e.g. `info` when a reason is given). */
  severity?: Severity
}

export interface RuleContext<Options> {
  doc: DocumentViews
  text: string
  options: Options
  file: VFile
  report(report: Report): void
}

export type RuleSetting<Options> = SeveritySetting | Partial<Options> | [SeveritySetting, Partial<Options>?]

export interface Rule<Options = any> {
  meta: RuleMeta<Options>
  check(context: RuleContext<Options>): void
  /** The rule as a unified plugin: `.use(rule.plugin)`, `.use(rule.plugin, options)` or `.use(rule.plugin, ['warn', options])`. */
  plugin: Plugin<[RuleSetting<Options>?], Root>
}

/** Extra fields copydesk puts on vfile messages, read back by `toLintMessage`. */
export interface CopydeskMessageFields {
  fix?: Edit[]
  suggestions?: Edit[]
  related?: Array<{start: number; end: number; message: string}>
  copydeskSeverity?: Severity
}

export function defineRule<Options extends object>(
  meta: RuleMetaInput<Options>,
  check: (context: RuleContext<Options>) => void
): Rule<Options> {
  const fullMeta: RuleMeta<Options> = {...meta, url: DOCS_BASE_URL + meta.id + '.md'}
  const plugin: Plugin<[RuleSetting<Options>?], Root> = function (setting) {
    const {severity, options} = parseSetting(fullMeta, setting)
    if (severity === 'off') return
    return function (tree: Root, file: VFile) {
      const doc = documentViews(tree, file)
      try {
        check({
          doc,
          text: doc.text,
          options,
          file,
          report: (report) => emit(file, doc, fullMeta, severity, report)
        })
      } catch (error) {
        throw new RuleError(fullMeta.id, error)
      }
    }
  }
  Object.defineProperty(plugin, 'name', {value: camelCase(meta.id)})
  return {meta: fullMeta, check, plugin}
}

function parseSetting<Options>(
  meta: RuleMeta<Options>,
  setting: RuleSetting<Options> | undefined
): {severity: Severity | 'off'; options: Options} {
  let severity: Severity | 'off' = meta.severity
  let options: Partial<Options> | undefined
  if (Array.isArray(setting)) {
    severity = normaliseSeverity(setting[0])
    options = setting[1]
  } else if (isSeveritySetting(setting)) {
    severity = normaliseSeverity(setting)
  } else if (setting && typeof setting === 'object') {
    options = setting as Partial<Options>
  }
  return {severity, options: {...meta.defaultOptions, ...options}}
}

function emit(file: VFile, doc: DocumentViews, meta: RuleMeta, configured: Severity, report: Report): void {
  const severity = report.severity ?? configured
  const message = file.message(report.message, {
    place: {start: doc.lines.point(report.start), end: doc.lines.point(report.end)},
    ruleId: meta.id,
    source: 'copydesk'
  })
  message.fatal = severityToFatal(severity)
  message.url = meta.url
  message.actual = report.actual ?? doc.text.slice(report.start, report.end)
  if (report.expected) message.expected = report.expected
  if (report.note) message.note = report.note
  const extra: CopydeskMessageFields = {copydeskSeverity: severity}
  if (report.fix) extra.fix = report.fix
  if (report.suggestions) extra.suggestions = report.suggestions
  if (report.related) extra.related = report.related
  Object.assign(message, extra)
}

function camelCase(id: string): string {
  return id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
}
