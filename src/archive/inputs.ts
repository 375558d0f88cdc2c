/**
 * What an archive run reads, decided before reading starts: each command-line pattern becomes
 * standard input, a JSON Lines archive, or plain files (folders and globs expand as in the core
 * CLI), and the sizes of the files give the progress bar its total.
 */
import {statSync} from 'node:fs'
import {expandPatterns} from '../inputs/files.js'
import {displayName} from '../inputs/read-files.js'

/** Archive files by name: JSON Lines, optionally gzipped. Standard input is sniffed instead. */
const ARCHIVE_NAME = /\.(?:jsonl|ndjson)(?:\.gz)?$/i

export type InputSource =
  | {kind: 'stdin'}
  | {kind: 'archive' | 'file'; path: string; file: string; size: number}
  | {kind: 'missing'; path: string}

export function isArchiveName(name: string): boolean {
  return ARCHIVE_NAME.test(name)
}

/**
 * `-` is standard input; everything else goes through the core CLI's expansion (folders walked
 * for the default extensions, globs, ignore files), and a file named like an archive is read as
 * one. A pattern that matches nothing is kept, to be reported.
 */
export async function resolveInputs(patterns: readonly string[], cwd: string): Promise<InputSource[]> {
  const sources: InputSource[] = []
  if (patterns.includes('-')) sources.push({kind: 'stdin'})
  const named = patterns.filter((pattern) => pattern !== '-')
  if (named.length === 0) return sources
  const {files, unmatched} = await expandPatterns(named, {cwd})
  for (const pattern of unmatched) sources.push({kind: 'missing', path: pattern})
  for (const file of files) {
    sources.push({kind: isArchiveName(file) ? 'archive' : 'file', path: displayName(cwd, file), file, size: sizeOf(file)})
  }
  return sources
}

/** Total bytes of the files to read; undefined when standard input makes it unknowable. */
export function totalInputBytes(sources: readonly InputSource[]): number | undefined {
  let total = 0
  for (const source of sources) {
    if (source.kind === 'stdin') return undefined
    if (source.kind !== 'missing') total += source.size
  }
  return total
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}
