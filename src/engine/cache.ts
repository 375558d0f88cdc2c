/**
 * The content cache behind `--cache`: the results of files whose text and configuration have not
 * changed since the last run, so a second run over an unchanged folder lints nothing.
 *
 * An entry is found by the file's path and trusted only when three things match: a SHA-256 of the
 * file's text and the encoding it was decoded from (not its modification time, which a CI checkout
 * or `git stash` resets), a SHA-256 of the configuration resolved for that file (presets, overrides,
 * `--rule`, every option), and, for the whole cache, the copydesk version that wrote it. Anything else is a miss, so a cache is never
 * trusted across versions or configurations.
 *
 * The cache is one JSON file in its folder, written atomically (a temporary file renamed over it), so
 * two runs racing leave one run's cache or the other's, never a mix. A cache that cannot be read or
 * parsed is only an optimisation lost: it is ignored with a warning and rebuilt, never a failure.
 * Entries of files that no longer exist are dropped when the cache is saved; entries of files not
 * linted in this run (a hook on staged files) are kept.
 */
import {createHash} from 'node:crypto'
import {existsSync} from 'node:fs'
import {mkdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import writeFileAtomic from 'write-file-atomic'
import {copydeskVersion} from '../cli/version.js'
import type {ResolvedConfig} from './config/types.js'
import type {LintResult} from './types.js'

/** Where `--cache` keeps its file unless `--cache-location` says otherwise, relative to the working directory. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/copydesk'

/** The file inside the cache folder. */
export const CACHE_FILE = 'results.json'

/** Bumped when the layout of the cache file changes. */
const CACHE_FORMAT = 1

export interface CacheOptions {
  /** The cache folder; relative paths resolve against `cwd`. Defaults to `DEFAULT_CACHE_LOCATION`. */
  location?: string
  /** The linter's working directory: entries are keyed by file paths relative to it. Defaults to `process.cwd()`. */
  cwd?: string
  /** The version entries must have been written by; defaults to copydesk's own. */
  version?: string
  /** Told why an existing cache was ignored or could not be saved (the CLI prints it on stderr). */
  onWarning?: (message: string) => void
}

/** The identity of a file's content and configuration, computed once per file and run. */
export interface CacheKey {
  content: string
  config: string
}

export interface CacheStats {
  hits: number
  misses: number
}

interface CacheEntry extends CacheKey {
  /** The result without its `path`, which is the entry's key. */
  result: Omit<LintResult, 'path'>
}

interface CacheFile {
  copydesk: 'cache'
  format: number
  version: string
  entries: Record<string, CacheEntry>
}

export class ResultCache {
  readonly stats: CacheStats = {hits: 0, misses: 0}
  private changed = false

  private constructor(
    /** Absolute path of the cache file. */
    readonly file: string,
    /** What the paths of entries are relative to. */
    private readonly cwd: string,
    private readonly version: string,
    private readonly entries: Map<string, CacheEntry>,
    private readonly warn: (message: string) => void
  ) {}

  /** Open (or start) the cache in `options.location`. Never throws for a bad cache file; warns instead. */
  static async open(options: CacheOptions = {}): Promise<ResultCache> {
    const cwd = path.resolve(options.cwd ?? process.cwd())
    const file = path.join(path.resolve(cwd, options.location ?? DEFAULT_CACHE_LOCATION), CACHE_FILE)
    const version = options.version ?? copydeskVersion()
    const warn = options.onWarning ?? (() => {})
    return new ResultCache(file, cwd, version, await loadEntries(file, version, warn), warn)
  }

  /**
   * The key of a text under a configuration. `sourceEncoding` is the encoding the file was decoded
   * from when it was not UTF-8: the same text read from a Windows-1252 file has a `valid-utf8` error
   * that the UTF-8 file has not, so it is part of the content.
   */
  static key(text: string, config: ResolvedConfig, sourceEncoding?: string): CacheKey {
    return {content: sha256(sourceEncoding === undefined ? text : `${sourceEncoding}\0${text}`), config: configHash(config)}
  }

  /** The cached result of `filePath` if its entry has the same key; counts a hit or a miss. */
  get(filePath: string, key: CacheKey): LintResult | undefined {
    const entry = this.entries.get(filePath)
    if (entry && entry.content === key.content && entry.config === key.config) {
      this.stats.hits++
      return {path: filePath, ...structuredClone(entry.result)}
    }
    this.stats.misses++
    return undefined
  }

  /** Remember the result of `filePath` under `key`. Results of files that could not be read are not kept. */
  set(filePath: string, key: CacheKey, result: LintResult): void {
    if (result.fatal) return
    const {path: _path, ...rest} = result
    this.entries.set(filePath, {...key, result: structuredClone(rest)})
    this.changed = true
  }

  /**
   * Write the cache if anything changed, dropping entries of files that no longer exist. A failure
   * to write (read-only folder, full disk) is a warning: the run's results stand without it.
   */
  async save(): Promise<void> {
    for (const filePath of this.entries.keys()) {
      if (!existsSync(path.resolve(this.cwd, filePath))) {
        this.entries.delete(filePath)
        this.changed = true
      }
    }
    if (!this.changed) return
    const data: CacheFile = {copydesk: 'cache', format: CACHE_FORMAT, version: this.version, entries: Object.fromEntries(this.entries)}
    try {
      await mkdir(path.dirname(this.file), {recursive: true})
      await writeFileAtomic(this.file, JSON.stringify(data), {encoding: 'utf8'})
      this.changed = false
    } catch (error) {
      this.warn(`could not write the cache ${this.file}: ${(error as Error).message}`)
    }
  }
}

async function loadEntries(file: string, version: string, warn: (message: string) => void): Promise<Map<string, CacheEntry>> {
  let source: string
  try {
    source = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') warn(`ignoring the cache ${file}: ${(error as Error).message}`)
    return new Map()
  }
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    warn(`ignoring the cache ${file}: it is not valid JSON (${(error as Error).message}); it will be rebuilt`)
    return new Map()
  }
  if (!isCacheFile(data)) {
    warn(`ignoring the cache ${file}: it is not a copydesk cache of this format; it will be rebuilt`)
    return new Map()
  }
  // Another version's results may differ: such a cache is stale, not corrupt, so no warning.
  if (data.version !== version) return new Map()
  return new Map(Object.entries(data.entries).filter(([, entry]) => isEntry(entry)))
}

function isCacheFile(data: unknown): data is CacheFile {
  if (data === null || typeof data !== 'object') return false
  const candidate = data as Partial<CacheFile>
  return (
    candidate.copydesk === 'cache' &&
    candidate.format === CACHE_FORMAT &&
    typeof candidate.version === 'string' &&
    candidate.entries !== null &&
    typeof candidate.entries === 'object' &&
    !Array.isArray(candidate.entries)
  )
}

/** An entry damaged by hand is a miss, not a crash when its result is used. */
function isEntry(entry: unknown): entry is CacheEntry {
  if (entry === null || typeof entry !== 'object') return false
  const {content, config, result} = entry as Partial<CacheEntry>
  return typeof content === 'string' && typeof config === 'string' && result !== null && typeof result === 'object' && Array.isArray(result.messages)
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

const configHashes = new Map<string, string>()

/**
 * The hash of a resolved configuration's JSON. Resolution builds it in a fixed order (presets in
 * catalog order, then the user's keys), so equal configurations serialise equally; a user reordering
 * keys costs one run of misses, nothing worse. Memoised by the JSON, since every file of a folder
 * usually shares one configuration.
 */
function configHash(config: ResolvedConfig): string {
  const json = JSON.stringify(config)
  let hash = configHashes.get(json)
  if (hash === undefined) {
    hash = sha256(json)
    configHashes.set(json, hash)
  }
  return hash
}
