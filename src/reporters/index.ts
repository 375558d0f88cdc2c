/**
 * copydesk's reporters (`copydesk/reporters`): each turns lint results into one report format.
 *
 * ```ts
 * import {lint} from 'copydesk'
 * import {format} from 'copydesk/reporters'
 * process.stdout.write(format([await lint('It was the the best of times.')], 'sarif'))
 * ```
 */
import {CopydeskError} from '../engine/errors.js'
import type {LintResult} from '../engine/types.js'
import {github} from './github.js'
import {json} from './json.js'
import {jsonl} from './jsonl.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import type {FormatOptions, Reporter} from './types.js'

export {github} from './github.js'
export {json} from './json.js'
export {formatJsonlLine, jsonl} from './jsonl.js'
export {junit} from './junit.js'
export {sarif, SARIF_SCHEMA} from './sarif.js'
export {stylish} from './stylish.js'
export type {FormatOptions, Reporter} from './types.js'

/** Every reporter, by its `--format` name; `stylish` first, as the default. */
export const reporters = {stylish, json, jsonl, sarif, junit, github} as const satisfies Record<string, Reporter>

export type ReporterName = keyof typeof reporters

export const reporterNames: readonly ReporterName[] = Object.keys(reporters) as ReporterName[]

function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name)
}

/** Format results as a report; an unknown format name is a `CopydeskError` listing the known ones. */
export function format(results: readonly LintResult[], name: string, options?: FormatOptions): string {
  if (!isReporterName(name)) throw new CopydeskError(`unknown format "${name}": expected one of ${reporterNames.join(', ')}`)
  return reporters[name].format(results, options)
}
