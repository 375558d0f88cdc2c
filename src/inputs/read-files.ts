/**
 * Command-line patterns to decoded documents, one file at a time: the edge where copydesk reads
 * the disk. Linting (`lintFiles`) and fixing (`fixFiles`) both read through here, so they agree on
 * which files exist and on why a file cannot be linted (no match, unreadable, binary, undecodable).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {decodeBytes, type Decoded} from './decode.js'
import {expandPatterns} from './files.js'

export interface InputFile {
  /** Relative to the working directory when inside it (the name reports show), else absolute. */
  path: string
  /** Absolute path (for a pattern that matched nothing, the path it would name). */
  file: string
  decoded: Decoded
}

/**
 * Patterns that match nothing come first, then every matched file in order. `ignorePatterns`
 * (gitignore syntax, relative to `cwd`) add to `.copydeskignore`.
 */
export async function* readInputFiles(patterns: readonly string[], cwd: string, ignorePatterns?: string[]): AsyncGenerator<InputFile> {
  const {files, unmatched} = await expandPatterns([...patterns], {cwd, ignorePatterns})
  for (const pattern of unmatched) {
    yield {path: pattern, file: path.resolve(cwd, pattern), decoded: {ok: false, reason: 'no such file, or no lintable files match this pattern'}}
  }
  for (const file of files) {
    const name = displayName(cwd, file)
    let bytes: Buffer
    try {
      // Synchronous on purpose: files are read one at a time anyway, and a promise read costs a
      // thread-pool round trip, 7 to 30 times a synchronous read of an article-sized file (measured
      // over 2,000 BBC articles), which is most of a `--cache` run over an unchanged folder.
      bytes = readFileSync(file)
    } catch (error) {
      yield {path: name, file, decoded: {ok: false, reason: `cannot read file: ${(error as Error).message}`}}
      continue
    }
    yield {path: name, file, decoded: decodeBytes(bytes)}
  }
}

/** The name reports show for a file: relative to `cwd` when inside it, else absolute. */
export function displayName(cwd: string, file: string): string {
  const relative = path.relative(cwd, file)
  return relative && !relative.startsWith('..') ? relative.split(path.sep).join('/') : file
}
