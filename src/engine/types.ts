/**
 * The plain data that crosses every boundary of copydesk: the public API, worker threads, reporters
 * and saved archive state. Nothing here holds a class instance or a function, so every value can go
 * through `JSON.stringify` or `structuredClone` unchanged.
 */

/** How serious a message is. `error` is objective damage; `warning` editorial judgement. */
export type Severity = 'error' | 'warning' | 'info'

/** A severity as written in configuration, ESLint style. `off` disables the rule. */
export type SeveritySetting = 'off' | 'info' | 'warn' | 'warning' | 'error' | 0 | 1 | 2

/** One replacement on the original text: the half-open span `[start, end)` becomes `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

/** Another place a message refers to, such as the earlier copy of a duplicated paragraph. */
export interface RelatedLocation {
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  /** Set when the related place is in another document (cross-document rules). */
  documentId?: string
  path?: string
}

/**
 * A lint message as plain data. Lines and columns are 1-based; `endColumn` and `endOffset` are
 * exclusive, so `text.slice(offset, endOffset)` is exactly the flagged span.
 */
export interface LintMessage {
  ruleId: string
  severity: Severity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  offset: number
  endOffset: number
  /** The flagged text. */
  actual?: string
  /** Replacements a reader could choose from, best first. */
  expected?: string[]
  /** What a copy editor would ask for; longer than the message. */
  note?: string
  url: string
  /** An automatic fix, applied by `--fix`; only present when the repair is certain. */
  fix?: Edit[]
  /** Suggested edits that need a human decision; never applied by `--fix`. */
  suggestions?: Edit[]
  related?: RelatedLocation[]
}

/** The result of linting one document. */
export interface LintResult {
  /** File path (relative to the working directory when it came from disk), if any. */
  path?: string
  /** Record id for documents read from an archive. */
  id?: string
  /**
   * For an archive record: the 1-based line of the archive file (`path`) the record starts on, so
   * reporters can point into the archive. The messages' own lines and columns count in the record's text.
   */
  recordLine?: number
  messages: LintMessage[]
  errorCount: number
  warningCount: number
  infoCount: number
  /** Set when the document could not be read or decoded; such a result has no lint messages. */
  fatal?: {message: string}
}
