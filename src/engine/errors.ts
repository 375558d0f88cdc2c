/**
 * Errors a user can act on. The CLI prints their message without a stack trace and exits with 2;
 * anything else escaping the engine is a bug.
 */
export class CopydeskError extends Error {
  override name = 'CopydeskError'
}

/** Invalid configuration: names the file, the key and what was expected. */
export class ConfigError extends CopydeskError {
  override name = 'ConfigError'
  constructor(
    readonly file: string,
    readonly key: string,
    readonly problem: string
  ) {
    super(`${file}: ${key}: ${problem}`)
  }
}

/**
 * A rule threw while checking a document: a bug in copydesk, not in the user's input. It names the
 * rule, so the report can say which rule to report and the run can go on with the other documents.
 */
export class RuleError extends Error {
  override name = 'RuleError'
  constructor(
    readonly ruleId: string,
    cause: unknown
  ) {
    super(`rule ${ruleId} failed: ${describeCause(cause)}`, {cause})
  }
}

/** The error and where it was thrown (its first stack frame), which is what a bug report needs first. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause)
  const frame = cause.stack?.split('\n').find((line) => line.trimStart().startsWith('at '))
  return frame ? `${cause.message} (${frame.trim()})` : cause.message
}
