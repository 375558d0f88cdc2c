/**
 * copydesk's version for `--version`, read from its own package.json. The file is found by walking up
 * from this module rather than by a fixed relative path, because the module runs from `src/cli/` under
 * tsx and from `dist/` (possibly a shared chunk) once built.
 */
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

let cached: string | undefined

export function copydeskVersion(): string {
  cached ??= findVersion(path.dirname(fileURLToPath(import.meta.url)))
  return cached
}

function findVersion(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json')
    if (existsSync(file)) {
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as {name?: string; version?: string}
      if (manifest.name === 'copydesk' && manifest.version) return manifest.version
    }
    if (path.dirname(dir) === dir) return 'unknown'
  }
}
