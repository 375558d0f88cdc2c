/**
 * Configuration discovery, ESLint/Prettier style, with lilconfig: from a file's folder upwards, the
 * first of these wins (so the nearest configuration applies): `package.json#copydesk`,
 * `copydesk.config.{js,mjs,json}`, `.copydeskrc` (YAML or JSON), `.copydeskrc.json`, `.copydeskrc.yaml`.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {lilconfig, type Loader} from 'lilconfig'
import YAML from 'yaml'
import {ConfigError} from '../errors.js'
import type {LoadedConfig} from './types.js'
import {validateConfig} from './validate.js'

export const CONFIG_FILES = [
  'package.json',
  'copydesk.config.js',
  'copydesk.config.mjs',
  'copydesk.config.json',
  '.copydeskrc',
  '.copydeskrc.json',
  '.copydeskrc.yaml'
]

/** A parse error that remembers which file it came from, so the message can name it. */
class ConfigParseError extends Error {
  constructor(
    readonly filepath: string,
    cause: unknown
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
  }
}

function parsingWith(parse: (content: string) => unknown): Loader {
  return (filepath, content) => {
    try {
      return parse(content)
    } catch (error) {
      throw new ConfigParseError(filepath, error)
    }
  }
}

const loadYaml = parsingWith((content) => YAML.parse(content))
const loadJson = parsingWith((content) => JSON.parse(content))

const explorer = lilconfig('copydesk', {
  searchPlaces: CONFIG_FILES,
  loaders: {'.yaml': loadYaml, '.yml': loadYaml, '.json': loadJson, noExt: loadYaml}
})

/** The configuration nearest to `cwd` (a folder), or the default (`recommended`) when there is none. */
export async function loadConfig(cwd: string = process.cwd()): Promise<LoadedConfig> {
  let found
  try {
    found = await explorer.search(cwd)
  } catch (error) {
    throw asConfigError(error, cwd)
  }
  if (!found || found.isEmpty) return {config: {}}
  return {config: validateConfig(found.config ?? {}, relativeName(found.filepath)), filepath: found.filepath}
}

/** Load one named configuration file (`--config FILE`). */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  const filepath = path.resolve(file)
  let loaded
  try {
    readFileSync(filepath)
    loaded = await explorer.load(filepath)
  } catch (error) {
    throw asConfigError(error, filepath)
  }
  const config = loaded?.config ?? {}
  return {config: validateConfig(config, relativeName(filepath)), filepath}
}

function asConfigError(error: unknown, file: string): ConfigError {
  if (error instanceof ConfigError) return error
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
  const name = error instanceof ConfigParseError ? error.filepath : file
  return new ConfigError(relativeName(name), '(file)', `cannot be read or parsed: ${reason}`)
}

function relativeName(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') ? relative : file
}
