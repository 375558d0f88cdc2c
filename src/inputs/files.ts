/**
 * Turning command-line paths and globs into a list of files: folders are walked for the default
 * extensions, `node_modules` and `.git` are skipped, and `.copydeskignore` (gitignore syntax, in the
 * working directory) plus `ignorePatterns` from configuration are honoured. Files named explicitly
 * are always linted, as ESLint does.
 */
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import ignore from 'ignore'
import {glob, isDynamicPattern} from 'tinyglobby'
import {DEFAULT_EXTENSIONS} from './index.js'

export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**']

export interface ExpandOptions {
  cwd?: string
  extensions?: string[]
  ignorePatterns?: string[]
}

export interface ExpandedFiles {
  files: string[]
  /** Patterns that matched nothing (reported as a usage error by the CLI). */
  unmatched: string[]
}

export async function expandPatterns(patterns: string[], options: ExpandOptions = {}): Promise<ExpandedFiles> {
  const cwd = options.cwd ?? process.cwd()
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS
  const ignorer = ignore().add(readIgnoreFile(cwd)).add(options.ignorePatterns ?? [])
  const isIgnored = (absolute: string) => {
    const relative = path.relative(cwd, absolute)
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && ignorer.ignores(relative.split(path.sep).join('/'))
  }
  const seen = new Set<string>()
  const files: string[] = []
  const unmatched: string[] = []
  for (const pattern of patterns) {
    const absolute = path.resolve(cwd, pattern)
    let found: string[]
    if (!isDynamicPattern(pattern) && existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const walked = await glob(extensions.map((extension) => `**/*${extension}`), {
          cwd: absolute,
          absolute: true,
          ignore: ALWAYS_IGNORED,
          dot: false,
          caseSensitiveMatch: false
        })
        found = walked.filter((file) => !isIgnored(file))
      } else {
        found = [absolute]
      }
    } else {
      const matched = await glob(pattern, {cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false})
      found = matched.filter((file) => !isIgnored(file))
    }
    if (found.length === 0) unmatched.push(pattern)
    for (const file of found.sort()) {
      if (!seen.has(file)) {
        seen.add(file)
        files.push(file)
      }
    }
  }
  return {files, unmatched}
}

function readIgnoreFile(cwd: string): string {
  const file = path.join(cwd, '.copydeskignore')
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}
