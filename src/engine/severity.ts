import type {Severity, SeveritySetting} from './types.js'

/** Normalise a configured severity (`'warn'`, `2`, …) to a message severity, or `off`. */
export function normaliseSeverity(setting: SeveritySetting): Severity | 'off' {
  switch (setting) {
    case 'off':
    case 0:
      return 'off'
    case 'warn':
    case 'warning':
    case 1:
      return 'warning'
    case 'error':
    case 2:
      return 'error'
    case 'info':
      return 'info'
  }
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warn', 'warning', 'error', 0, 1, 2]

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return (SEVERITY_SETTINGS as readonly unknown[]).includes(value)
}

/** vfile's convention: `fatal` is true for errors, false for warnings, undefined for info. */
export function severityToFatal(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

export function fatalToSeverity(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info'
}
