/**
 * `stylish`: the report for people at a terminal. The per-file listing is vfile-reporter's (the
 * unified collective's convention), fed with VFiles rebuilt from the plain results; the closing
 * summary line is copydesk's own, because vfile-reporter's byline is absent when a run has only info
 * messages or none, and says nothing of how many files were linted or could not be.
 */
import {styleText} from 'node:util'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {severityToFatal} from '../engine/severity.js'
import type {LintMessage, LintResult} from '../engine/types.js'
import {documentName, documentNoun} from './document-name.js'
import type {Reporter} from './types.js'

export const stylish: Reporter = {
  name: 'stylish',
  description: 'Human-readable, grouped by file, with a summary line (the default)',
  format(results, options = {}) {
    const color = options.color ?? terminalHasColor()
    const files = results.map(toVFile)
    const listing = withoutByline(reporter(files, {color}), files)
    return (listing ? listing + '\n\n' : '') + summaryLine(results, color) + '\n'
  }
}

/** Colour by default only when stdout is a terminal that shows it (honours NO_COLOR and FORCE_COLOR). */
function terminalHasColor(): boolean {
  return process.stdout.isTTY === true && process.stdout.hasColors()
}

function toVFile(result: LintResult): VFile {
  const file = new VFile({path: documentName(result)})
  if (result.fatal) {
    const message = file.message(result.fatal.message, {source: 'copydesk'})
    message.fatal = true
  }
  for (const plain of result.messages) addMessage(file, plain)
  return file
}

function addMessage(file: VFile, plain: LintMessage): void {
  const message = file.message(plain.message, {
    place: {
      start: {line: plain.line, column: plain.column, offset: plain.offset},
      end: {line: plain.endLine, column: plain.endColumn, offset: plain.endOffset}
    },
    ruleId: plain.ruleId,
    source: 'copydesk'
  })
  message.fatal = severityToFatal(plain.severity)
  if (plain.url) message.url = plain.url
  if (plain.note) message.note = plain.note
  if (plain.actual !== undefined) message.actual = plain.actual
  if (plain.expected) message.expected = plain.expected
}

/**
 * vfile-reporter ends its report with a blank line and a byline exactly when an error or a warning
 * is listed; drop those two lines so that the report has one summary, ours.
 */
function withoutByline(report: string, files: readonly VFile[]): string {
  const hasByline = files.some((file) => file.messages.some((message) => typeof message.fatal === 'boolean'))
  return hasByline ? report.split('\n').slice(0, -2).join('\n') : report
}

interface Tally {
  error: number
  warning: number
  info: number
  documentsWithProblems: number
  notLinted: number
}

function tally(results: readonly LintResult[]): Tally {
  const counts: Tally = {error: 0, warning: 0, info: 0, documentsWithProblems: 0, notLinted: 0}
  for (const result of results) {
    if (result.fatal) counts.notLinted++
    if (result.messages.length > 0) counts.documentsWithProblems++
    for (const message of result.messages) counts[message.severity]++
  }
  return counts
}

/** e.g. `✖ 3 problems (2 errors, 1 warning) in 2 of 5 files; 1 file could not be linted`. */
function summaryLine(results: readonly LintResult[], color: boolean): string {
  const counts = tally(results)
  const noun = documentNoun(results)
  const problems = counts.error + counts.warning + counts.info
  // The caller has decided on colour; styleText must not second-guess it by looking at stdout.
  const paint = (style: 'red' | 'yellow' | 'green', text: string) => (color ? styleText(style, text, {validateStream: false}) : text)
  const mark =
    counts.error > 0 || counts.notLinted > 0 ? paint('red', '✖') : counts.warning > 0 ? paint('yellow', '⚠') : paint('green', '✔')
  const parts = [
    counts.error > 0 ? plural(counts.error, 'error') : '',
    counts.warning > 0 ? plural(counts.warning, 'warning') : '',
    counts.info > 0 ? `${counts.info} info` : ''
  ].filter(Boolean)
  const head =
    problems > 0
      ? `${plural(problems, 'problem')} (${parts.join(', ')}) in ${counts.documentsWithProblems} of ${plural(results.length, noun)}`
      : `no problems in ${plural(results.length - counts.notLinted, noun)}`
  const tail = counts.notLinted > 0 ? `; ${plural(counts.notLinted, noun)} could not be linted` : ''
  return `${mark} ${head}${tail}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
