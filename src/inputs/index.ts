/**
 * Input formats by file name, and extraction of the prose to lint from each.
 */
import path from 'node:path'
import {extractHtml} from './html.js'
import {extractMarkdown} from './markdown.js'
import type {ExtractedDocument, InputFormat} from './types.js'

export type {ExtractedDocument, InputFormat, SourceSegment, Suppression} from './types.js'

const EXTENSIONS: Record<string, InputFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html'
}

/** File extensions the CLI picks up when it walks a folder. */
export const DEFAULT_EXTENSIONS = ['.txt', ...Object.keys(EXTENSIONS)]

/** The format of a file by its extension; plain text for anything unknown (and for no path). */
export function formatForPath(filePath: string | undefined): InputFormat {
  if (!filePath) return 'text'
  return EXTENSIONS[path.extname(filePath).toLowerCase()] ?? 'text'
}

export function extractDocument(source: string, format: InputFormat): ExtractedDocument {
  switch (format) {
    case 'text':
      return {text: source}
    case 'markdown':
      return extractMarkdown(source)
    case 'html':
      return extractHtml(source)
  }
}
