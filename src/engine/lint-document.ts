/**
 * Linting one document, synchronously: extract the prose, parse it once, run the processor, convert
 * messages to plain data in source coordinates, drop suppressed ones. The API, the CLI and the
 * archive workers all go through here.
 */
import {VFile} from 'vfile'
import {extractDocument} from '../inputs/index.js'
import {SourceMap} from '../inputs/source-map.js'
import type {InputFormat} from '../inputs/types.js'
import type {DocumentViews} from './document.js'
import {LineIndex} from './line-index.js'
import {makeResult, toLintMessage} from './messages.js'
import {runProcessor, type CopydeskProcessor} from './processor.js'
import {applySuppressions} from './suppression.js'
import type {Edit, LintMessage, LintResult} from './types.js'

export interface DocumentInput {
  source: string
  format: InputFormat
  path?: string
  id?: string
  /** The encoding the source was decoded from when it was not UTF-8; rules read it as `file.data.sourceEncoding`. */
  sourceEncoding?: string
}

declare module 'vfile' {
  interface DataMap {
    sourceEncoding: string
  }
}

/**
 * `inspect` sees the document's views after the rules ran (the archive workers collect
 * cross-document state there, without a second parse).
 */
export function lintDocument(processor: CopydeskProcessor, input: DocumentInput, inspect?: (views: DocumentViews) => void): LintResult {
  const extracted = extractDocument(input.source, input.format)
  const file = new VFile({value: extracted.text, path: input.path})
  if (input.sourceEncoding) file.data.sourceEncoding = input.sourceEncoding
  runProcessor(processor, file)
  const views = file.data.copydesk
  if (inspect && views) inspect(views)
  const textLines = views?.lines ?? new LineIndex(extracted.text)
  let messages = file.messages.map((message) => toLintMessage(message, textLines))
  if (extracted.segments) messages = toSourceCoordinates(messages, new SourceMap(extracted.segments), new LineIndex(input.source))
  messages = applySuppressions(messages, extracted.suppressions)
  const extra: {path?: string; id?: string} = {}
  if (input.path !== undefined) extra.path = input.path
  if (input.id !== undefined) extra.id = input.id
  return makeResult(messages, extra)
}

/** Re-express messages extracted from Markdown or HTML in offsets, lines and columns of the source. */
function toSourceCoordinates(messages: LintMessage[], map: SourceMap, lines: LineIndex): LintMessage[] {
  const mapEdits = (edits: Edit[] | undefined): Edit[] | undefined => {
    if (!edits) return undefined
    if (!edits.every((edit) => map.isExact(edit.start, edit.end))) return undefined
    return edits.map((edit) => ({start: map.toSource(edit.start), end: map.toSource(edit.end, 'end'), text: edit.text}))
  }
  return messages.map((message) => {
    const start = lines.point(map.toSource(message.offset))
    const end = lines.point(map.toSource(message.endOffset, 'end'))
    const mapped: LintMessage = {
      ...message,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      offset: start.offset,
      endOffset: end.offset
    }
    const fix = mapEdits(message.fix)
    if (fix) mapped.fix = fix
    else delete mapped.fix
    const suggestions = mapEdits(message.suggestions)
    if (suggestions) mapped.suggestions = suggestions
    else delete mapped.suggestions
    if (message.related) {
      mapped.related = message.related.map((related) => {
        const from = lines.point(map.toSource(related.offset))
        const to = lines.point(map.toSource(related.endOffset, 'end'))
        return {...related, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, offset: from.offset, endOffset: to.offset}
      })
    }
    return mapped
  })
}
