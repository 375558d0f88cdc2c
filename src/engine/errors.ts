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
