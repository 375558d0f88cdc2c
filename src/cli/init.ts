/**
 * `copydesk --init`: a starter `copydesk.config.json` in the working directory, on the recommended
 * preset, with notes on turning rules off. JSON has no comments, so the notes are a `$comment` key
 * (one string per line), which the configuration schema accepts and ignores.
 *
 * It never overwrites: not a `copydesk.config.json` that exists, and not when another configuration
 * file already configures this folder, since a second file would silently change which one applies.
 * The file is created exclusively (`wx`), so a race with another writer cannot clobber either.
 */
import {readFileSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {CONFIG_FILES} from '../engine/config/load.js'
import {CopydeskError} from '../engine/errors.js'
import {PROJECT_URL, type RuleMeta} from '../engine/rule.js'
import {ruleCatalog} from '../rules/index.js'
import {ExitCode} from './exit-codes.js'
import type {CliIo} from './io.js'
import type {CliOptions} from './options.js'

export const INIT_FILE = 'copydesk.config.json'

export async function initConfig(options: CliOptions, io: CliIo): Promise<ExitCode> {
  if (options.patterns.length > 0) {
    throw new CopydeskError('--init takes no paths: run it in the folder the configuration is for')
  }
  const existing = existingConfig(io.cwd)
  if (existing) throw refusal(existing)
  try {
    await writeFile(path.join(io.cwd, INIT_FILE), starterConfig(), {encoding: 'utf8', flag: 'wx'})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw refusal(INIT_FILE)
    throw error
  }
  io.stdout(`Wrote ${INIT_FILE} (the recommended preset). Lint with: npx copydesk .\n`)
  return ExitCode.ok
}

/** The text of the starter configuration. */
export function starterConfig(): string {
  const recommended = ruleCatalog.filter((meta) => meta.recommended)
  const optIn = ruleCatalog.filter((meta) => !meta.recommended)
  const config = {
    $comment: [
      `copydesk configuration: ${PROJECT_URL}/blob/main/docs/configuration.md`,
      'It starts from the recommended preset: objective damage is an error, editorial judgement a warning.',
      'Turn a rule off:       "rules": {"no-anonymous-source": "off"}',
      'Change a severity:     "rules": {"no-scrape-artifact": "error"}  (off, info, warn, error)',
      'Set options:           "rules": {"no-anonymous-source": ["warn", {...}]}  (each rule\'s options: docs/rules/<id>.md)',
      'For some files only:   "overrides": [{"files": "drafts/**", "rules": {"no-truncated-text": "off"}}]',
      'Every rule with its default severity: npx copydesk --list-rules',
      'On in the recommended preset:',
      ...recommended.map(describeRule),
      ...(optIn.length > 0 ? ['Off unless named in "rules":', ...optIn.map(describeRule)] : [])
    ],
    extends: 'recommended',
    rules: {}
  }
  return `${JSON.stringify(config, null, 2)}\n`
}

function describeRule(meta: RuleMeta): string {
  return `  ${meta.id} (${meta.severity}): ${meta.description}`
}

/** The configuration file that already applies to this folder, if any. */
function existingConfig(cwd: string): string | undefined {
  return CONFIG_FILES.find((name) => {
    const file = path.join(cwd, name)
    let content: string
    try {
      content = readFileSync(file, 'utf8')
    } catch {
      return false
    }
    return name !== 'package.json' || hasCopydeskKey(content)
  })
}

function hasCopydeskKey(manifest: string): boolean {
  try {
    const data = JSON.parse(manifest) as Record<string, unknown> | null
    return data !== null && typeof data === 'object' && 'copydesk' in data
  } catch {
    return false
  }
}

function refusal(existing: string): CopydeskError {
  const what = existing === INIT_FILE ? `${INIT_FILE} already exists` : `this folder is already configured by ${existing === 'package.json' ? 'the "copydesk" key of package.json' : existing}`
  return new CopydeskError(`--init: ${what}; not writing ${INIT_FILE} (edit the existing configuration, or remove it first)`)
}
