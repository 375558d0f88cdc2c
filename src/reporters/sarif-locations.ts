/**
 * Where SARIF results point. Paths become repo-relative URIs based on `SRCROOT` (the linter's working
 * folder), which is what GitHub code scanning matches against the repository; regions carry both
 * line/column (1-based, `endColumn` exclusive, as copydesk's messages are) and character offsets.
 *
 * A record of an archive is addressed as the archive file, at the line the record starts on (when
 * known), plus a logical location naming the record id. The span inside the record goes in the
 * location's `properties.recordRegion`: the record's lines and columns are not the archive file's.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {ArtifactLocation, Location, PhysicalLocation, Region} from 'sarif'
import type {RelatedLocation} from '../engine/types.js'
import type {DocumentRef} from './document-name.js'

export const SRCROOT = 'SRCROOT'

/** Lines, columns and offsets of a message or a related location. */
export type Span = Pick<RelatedLocation, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'>

/** The working folder as a file URL ending in `/`, as SARIF requires of a base URI. */
export function baseUri(cwd: string): string {
  const href = pathToFileURL(path.resolve(cwd)).href
  return href.endsWith('/') ? href : href + '/'
}

/**
 * A path under `cwd` becomes a relative URI (each segment percent-encoded) on `SRCROOT`; a path
 * outside it an absolute `file:` URL. Text without a path (stdin) has no URI, only a description.
 */
export function artifactLocation(filePath: string | undefined, cwd: string): ArtifactLocation {
  if (filePath === undefined) return {description: {text: 'standard input'}}
  const absolute = path.resolve(cwd, filePath)
  const relative = path.relative(path.resolve(cwd), absolute)
  const outside = relative === '' || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)
  if (outside) return {uri: pathToFileURL(absolute).href}
  return {uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT}
}

function textRegion(span: Span): Region {
  return {
    startLine: span.line,
    startColumn: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    charOffset: span.offset,
    charLength: span.endOffset - span.offset
  }
}

/**
 * A location in a document: the span when given, otherwise the document as a whole (for a document
 * that could not be linted). `message` labels related locations.
 */
export function sarifLocation(document: DocumentRef, cwd: string, span?: Span, message?: string): Location {
  const physicalLocation: PhysicalLocation = {artifactLocation: artifactLocation(document.path, cwd)}
  const location: Location = {physicalLocation}
  if (message !== undefined) location.message = {text: message}
  if (document.id === undefined) {
    if (span) physicalLocation.region = textRegion(span)
    return location
  }
  if (document.recordLine !== undefined) physicalLocation.region = {startLine: document.recordLine}
  location.logicalLocations = [{name: document.id, kind: 'object'}]
  if (span) location.properties = {recordRegion: textRegion(span)}
  return location
}
