/**
 * Bytes to lines, chunk by chunk, without ever decoding a chunk as a whole: a line is cut at `\n`
 * on raw bytes and handed on as bytes, so one line of broken UTF-8 is reported as that line, not
 * as a corrupt chunk, and a multi-byte character split across chunks is never torn.
 *
 * A line longer than `maxLineBytes` is not kept: its bytes are counted and dropped until the next
 * line break, so one runaway record (a 20 MB article, a file with no line breaks) cannot exhaust
 * memory. The archive reader (async, streams) and the state-file reader (sync) both cut lines here.
 */

/** A complete line, without its `\n` (a trailing `\r` is dropped too). */
export type Line = {number: number; bytes: Buffer} | {number: number; oversized: number}

export class LineSplitter {
  #pending: Buffer[] = []
  #pendingBytes = 0
  #dropping = false
  #number = 0

  constructor(private readonly maxLineBytes: number) {}

  /** The lines completed by `chunk`. */
  push(chunk: Buffer): Line[] {
    const lines: Line[] = []
    let start = 0
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start)
      const end = newline === -1 ? chunk.length : newline
      this.#append(chunk.subarray(start, end))
      if (newline === -1) break
      lines.push(this.#take())
      start = newline + 1
    }
    return lines
  }

  /** The last line when the input does not end with a line break. */
  end(): Line | undefined {
    return this.#pendingBytes > 0 || this.#dropping ? this.#take() : undefined
  }

  /** Line number of the line being read (the one `end()` would return). */
  get currentLine(): number {
    return this.#number + 1
  }

  #append(piece: Buffer): void {
    this.#pendingBytes += piece.length
    if (this.#dropping) return
    if (this.#pendingBytes > this.maxLineBytes) {
      this.#dropping = true
      this.#pending = []
      return
    }
    // Chunks are reused by some streams: keep a copy only of what outlives this call.
    if (piece.length > 0) this.#pending.push(Buffer.from(piece))
  }

  #take(): Line {
    this.#number++
    const number = this.#number
    let line: Line
    if (this.#dropping) line = {number, oversized: this.#pendingBytes}
    else {
      let bytes = this.#pending.length === 1 ? this.#pending[0] : Buffer.concat(this.#pending, this.#pendingBytes)
      if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1)
      line = {number, bytes}
    }
    this.#pending = []
    this.#pendingBytes = 0
    this.#dropping = false
    return line
  }
}
