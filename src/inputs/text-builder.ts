/**
 * Builds the prose of a Markdown or HTML document together with its source map. Adapters append the
 * text of each prose node with its source span; the builder aligns the node's value with its source
 * (the two differ only where the source has an escape such as `\*` or an entity such as `&amp;`), so
 * runs that match character for character map exactly and fixes inside them stay possible. Bare URLs
 * are left out.
 */
import {LineIndex} from '../engine/line-index.js'
import {suppressionsFromComments, type Comment} from './directives.js'
import type {ExtractedDocument, SourceSegment} from './types.js'

/** Bare URLs in prose are addresses, not text: they are left out like code. */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+[^\s<>().,;:!?'"]/g

const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/

const ENTITY = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});?/

/** A stretch of a node's value and the source it came from. */
interface Piece {
  from: number
  to: number
  sourceStart: number
  sourceEnd: number
  exact: boolean
}

export class TextBuilder {
  text = ''
  readonly segments: SourceSegment[] = []

  /** @param escapes whether a backslash escapes ASCII punctuation (Markdown), or is a character (HTML). */
  constructor(
    private readonly source: string,
    private readonly escapes: boolean
  ) {}

  /** Append `value`, which was read from `source[sourceStart, sourceEnd)`. */
  append(value: string, sourceStart: number, sourceEnd: number): void {
    const raw = this.source.slice(sourceStart, sourceEnd)
    const pieces = raw === value ? [{from: 0, to: value.length, sourceStart, sourceEnd, exact: true}] : this.align(value, raw, sourceStart, sourceEnd)
    const urls = [...value.matchAll(URL)].map((match) => ({from: match.index, to: match.index + match[0].length}))
    for (const piece of pieces) {
      const overlapping = urls.filter((url) => url.from < piece.to && url.to > piece.from)
      if (overlapping.length > 0 && !piece.exact) {
        this.gap(piece.sourceStart, piece.sourceEnd)
        continue
      }
      let from = piece.from
      for (const url of overlapping) {
        const urlFrom = Math.max(from, url.from)
        const urlTo = Math.min(url.to, piece.to)
        this.emit(value, piece, from, urlFrom)
        this.gap(piece.sourceStart + (urlFrom - piece.from), piece.sourceStart + (urlTo - piece.from))
        from = urlTo
      }
      this.emit(value, piece, from, piece.to)
    }
  }

  private emit(value: string, piece: Piece, from: number, to: number): void {
    if (to <= from) return
    if (piece.exact) this.pushSegment(value.slice(from, to), piece.sourceStart + (from - piece.from), piece.sourceStart + (to - piece.from), true)
    else this.pushSegment(value.slice(from, to), piece.sourceStart, piece.sourceEnd, false)
  }

  /**
   * Separate blocks (paragraphs, headings, list items, cells) with a blank line so the shared
   * paragraph view sees them as a reader does. The separator maps to the gap between the blocks.
   */
  breakBlock(sourceOffset: number): void {
    if (this.text === '' || this.text.endsWith('\n\n')) return
    const separator = this.text.endsWith('\n') ? '\n' : '\n\n'
    this.pushLoose(separator, sourceOffset, sourceOffset)
  }

  /** Keep words apart where something was left out (inline code, an image). */
  gap(sourceStart: number, sourceEnd: number): void {
    if (this.text === '' || /\s$/.test(this.text)) return
    this.pushLoose(' ', sourceStart, sourceEnd)
  }

  /** Split `value` into runs equal to the source and single characters decoded from an escape or entity. */
  private align(value: string, raw: string, sourceStart: number, sourceEnd: number): Piece[] {
    const pieces: Piece[] = []
    let i = 0
    let j = 0
    let runText = 0
    let runSource = 0
    const flushRun = () => {
      if (i > runText) pieces.push({from: runText, to: i, sourceStart: sourceStart + runSource, sourceEnd: sourceStart + j, exact: true})
    }
    while (i < value.length && j < raw.length) {
      const entity = raw[j] === '&' ? ENTITY.exec(raw.slice(j, j + 40)) : null
      // `&amp;` in the source is an entity unless the value holds those very characters.
      const isEntity = entity !== null && value.slice(i, i + entity[0].length) !== entity[0]
      const isEscape = this.escapes && raw[j] === '\\' && ASCII_PUNCTUATION.test(raw[j + 1] ?? '') && value[i] === raw[j + 1]
      if (!isEntity && !isEscape) {
        if (value[i] !== raw[j]) break
        i++
        j++
        continue
      }
      flushRun()
      const sourceLength = isEscape ? 2 : entity![0].length
      // An entity decodes to one code point: one or two UTF-16 units.
      const textLength = isEscape ? 1 : value.codePointAt(i)! > 0xffff ? 2 : 1
      pieces.push({from: i, to: i + textLength, sourceStart: sourceStart + j, sourceEnd: sourceStart + j + sourceLength, exact: false})
      i += textLength
      j += sourceLength
      runText = i
      runSource = j
    }
    flushRun()
    if (i < value.length) pieces.push({from: i, to: value.length, sourceStart: sourceStart + j, sourceEnd, exact: false})
    return pieces
  }

  /** A segment whose text is not its source: offsets inside map to the span's edges, never exactly. */
  private pushLoose(value: string, sourceStart: number, sourceEnd: number): void {
    this.pushSegment(value, sourceStart, sourceEnd, false)
  }

  private pushSegment(value: string, sourceStart: number, sourceEnd: number, exact: boolean): void {
    if (value === '') return
    this.segments.push({textStart: this.text.length, textEnd: this.text.length + value.length, sourceStart, sourceEnd, exact})
    this.text += value
  }
}

/**
 * Run an adapter's tree walk over a fresh builder and collect what it found: the prose, its source
 * map, and the suppressions from the disable comments it met.
 */
export function extractProse(
  source: string,
  escapes: boolean,
  walk: (builder: TextBuilder, comments: Comment[]) => void
): ExtractedDocument {
  const builder = new TextBuilder(source, escapes)
  const comments: Comment[] = []
  walk(builder, comments)
  return {
    text: builder.text,
    segments: builder.segments,
    suppressions: suppressionsFromComments(comments, new LineIndex(source), source.length)
  }
}
