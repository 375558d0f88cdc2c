/**
 * `--list-rules`: every rule a configuration may name, from the rule catalog, as an aligned table
 * for people or (with `--format json`) as JSON for scripts.
 */
import type {RuleMeta} from '../engine/rule.js'
import {ruleCatalog} from '../rules/index.js'
import {ExitCode} from './exit-codes.js'
import type {CliIo} from './io.js'
import type {CliOptions} from './options.js'

export function listRules(options: CliOptions, io: CliIo): ExitCode {
  io.stdout(options.format === 'json' ? rulesJson(ruleCatalog) : rulesTable(ruleCatalog))
  return ExitCode.ok
}

function rulesJson(catalog: readonly RuleMeta[]): string {
  const rows = catalog.map(({id, family, severity, fixable, recommended, description, url}) => ({
    id,
    family,
    severity,
    fixable,
    recommended,
    description,
    url
  }))
  return JSON.stringify(rows, null, 2) + '\n'
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no')

export function rulesTable(catalog: readonly RuleMeta[]): string {
  const header = ['rule', 'severity', 'fixable', 'recommended', 'description']
  const rows = catalog.map((meta) => [meta.id, meta.severity, yesNo(meta.fixable), yesNo(meta.recommended), meta.description])
  const widths = header.slice(0, -1).map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
  const line = (cells: string[]) => cells.map((cell, column) => (column < widths.length ? cell.padEnd(widths[column]) : cell)).join('  ')
  return [header, ...rows].map(line).join('\n') + '\n'
}
