/**
 * Everything the CLI touches of its process, behind one small interface, so `main()` runs in-process
 * in tests with captured output and a fake stdin, and `bin.ts` is the only place that knows about
 * `process`.
 */
import {once} from 'node:events'
import {fstatSync} from 'node:fs'
import {buffer} from 'node:stream/consumers'

export interface CliIo {
  /** Report, help, version, listings. */
  stdout(text: string): void
  /** Warnings and errors about the run itself. */
  stderr(text: string): void
  /** The whole of standard input, as bytes (decoded like a file). */
  readStdin(): Promise<Uint8Array>
  /** Whether text is being piped in: with no paths given, copydesk then lints stdin. */
  stdinPiped: boolean
  /** Whether stdout shows ANSI colour (a terminal that supports it, honouring NO_COLOR and FORCE_COLOR). */
  color: boolean
  /** Folder that paths, globs and configuration discovery start from. */
  cwd: string
  /** Print stack traces of unexpected errors (`COPYDESK_DEBUG=1`). */
  debug: boolean
  /** Standard input as a stream, for archives too large to read whole (falls back to `readStdin`). */
  stdinStream?: () => AsyncIterable<Uint8Array>
  /** Resolves when stdout can take more, so a streamed report never piles up in memory. */
  stdoutDrained?: () => Promise<void>
  /** Stderr when it is a terminal: where the archive progress bar goes. */
  terminal?: NodeJS.WriteStream
}

export function processIo(): CliIo {
  return {
    stdout: writerFor(process.stdout),
    stderr: writerFor(process.stderr),
    readStdin: async () => buffer(process.stdin),
    stdinPiped: stdinIsPiped(),
    color: process.stdout.isTTY === true && process.stdout.hasColors(),
    cwd: process.cwd(),
    debug: Boolean(process.env.COPYDESK_DEBUG),
    stdinStream: () => process.stdin,
    stdoutDrained: () => drained(process.stdout),
    terminal: process.stderr.isTTY ? process.stderr : undefined
  }
}

/**
 * A writer that survives its reader going away: `copydesk … | head` closes the pipe early, and the
 * EPIPE that follows is not a failure of copydesk, so further output is dropped instead of crashing
 * with an unhandled 'error' event. Any other write error is reported once on stderr and exits 2.
 */
function writerFor(stream: NodeJS.WriteStream): (text: string) => void {
  let open = true
  stream.on('error', (error: NodeJS.ErrnoException) => {
    open = false
    if (error.code === 'EPIPE') return
    process.stderr.write(`copydesk: cannot write output: ${error.message}\n`)
    process.exitCode = 2
  })
  return (text) => {
    if (open) stream.write(text)
  }
}

/** Resolves once `stream` has room again, or can never take more (closed by its reader). */
async function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (!stream.writableNeedDrain || stream.destroyed) return
  await Promise.race([once(stream, 'drain'), once(stream, 'close')]).catch(() => {})
}

/**
 * Stdin counts as piped when it is a pipe, a socket or a redirected file. A terminal is not, and
 * neither is `/dev/null` (another character device), which is what CI runners and hooks often leave
 * on stdin: reading it would silently lint an empty document instead of saying that no input was given.
 */
function stdinIsPiped(): boolean {
  if (process.stdin.isTTY) return false
  try {
    const stat = fstatSync(0)
    return stat.isFIFO() || stat.isSocket() || stat.isFile()
  } catch {
    return false
  }
}
