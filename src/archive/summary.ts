/**
 * The figures of an archive run, counted as results stream past (nothing is kept but counts and one
 * bit per document), and their one-screen text form for stderr.
 */
import type {ArchiveResult, ArchiveSummary} from './types.js'

export class SummaryCounter {
  #documents = 0
  #unreadable = 0
  #bytes = 0
  #errorCount = 0
  #warningCount = 0
  #infoCount = 0
  #documentsWithErrors = 0
  readonly #messagesByRule = new Map<string, number>()
  /** One bit per ordinal: the document already counts as having errors. */
  #withErrors = new Uint8Array(1024)

  /** A result of the per-document stage; `bytes` is the input the document took. */
  document(result: ArchiveResult, bytes: number): void {
    this.#documents++
    this.#bytes += bytes
    if (result.fatal) this.#unreadable++
    this.#messages(result)
  }

  /** A result of the cross-document stage: its messages count, not the document again. */
  crossDocument(result: ArchiveResult): void {
    this.#messages(result)
  }

  /**
   * Records that the per-document stage of a shard being merged found errors in a document: the
   * shard's summary counted it already, so a cross-document error must not count it again.
   */
  markErrors(ordinal: number): void {
    this.#mark(ordinal, false)
  }

  /** Adds the per-document figures of a shard being merged. */
  addShard(summary: ArchiveSummary): void {
    this.#documents += summary.documents
    this.#unreadable += summary.unreadable
    this.#bytes += summary.bytes
    this.#errorCount += summary.errorCount
    this.#warningCount += summary.warningCount
    this.#infoCount += summary.infoCount
    this.#documentsWithErrors += summary.documentsWithErrors
    for (const [ruleId, count] of Object.entries(summary.messagesByRule)) this.#count(ruleId, count)
  }

  finish(elapsedMs: number): ArchiveSummary {
    const messagesByRule = Object.fromEntries([...this.#messagesByRule].sort(([a], [b]) => a.localeCompare(b)))
    return {
      documents: this.#documents,
      unreadable: this.#unreadable,
      messagesByRule,
      errorCount: this.#errorCount,
      warningCount: this.#warningCount,
      infoCount: this.#infoCount,
      documentsWithErrors: this.#documentsWithErrors,
      bytes: this.#bytes,
      elapsedMs
    }
  }

  #messages(result: ArchiveResult): void {
    this.#errorCount += result.errorCount
    this.#warningCount += result.warningCount
    this.#infoCount += result.infoCount
    for (const message of result.messages) this.#count(message.ruleId, 1)
    if (result.errorCount > 0) this.#mark(result.ordinal, true)
  }

  #count(ruleId: string, count: number): void {
    this.#messagesByRule.set(ruleId, (this.#messagesByRule.get(ruleId) ?? 0) + count)
  }

  #mark(ordinal: number, count: boolean): void {
    const byte = ordinal >> 3
    while (byte >= this.#withErrors.length) {
      const grown = new Uint8Array(this.#withErrors.length * 2)
      grown.set(this.#withErrors)
      this.#withErrors = grown
    }
    const bit = 1 << (ordinal & 7)
    if (this.#withErrors[byte] & bit) return
    this.#withErrors[byte] |= bit
    if (count) this.#documentsWithErrors++
  }
}

/** Documents per second and megabytes per second of a summary. */
export function throughput(summary: ArchiveSummary): {documentsPerSecond: number; megabytesPerSecond: number} {
  const seconds = Math.max(summary.elapsedMs, 1) / 1000
  return {documentsPerSecond: summary.documents / seconds, megabytesPerSecond: summary.bytes / 1e6 / seconds}
}

/** The summary as a few lines of text (stderr for line formats, after the report otherwise). */
export function formatSummary(summary: ArchiveSummary): string {
  const {documentsPerSecond, megabytesPerSecond} = throughput(summary)
  const number = (value: number) => value.toLocaleString('en-US')
  const count = (value: number, noun: string) => `${number(value)} ${noun}${value === 1 ? '' : 's'}`
  const lines = [
    count(summary.documents, 'document') +
      (summary.unreadable > 0 ? ` (${number(summary.unreadable)} not readable)` : '') +
      `, ${(summary.bytes / 1e6).toFixed(1)} MB in ${(summary.elapsedMs / 1000).toFixed(1)} s: ` +
      `${number(Math.round(documentsPerSecond))} documents/s, ${megabytesPerSecond.toFixed(2)} MB/s`,
    `${count(summary.errorCount, 'error')}, ${count(summary.warningCount, 'warning')}, ${count(summary.infoCount, 'note')}; ` +
      `${count(summary.documentsWithErrors, 'document')} with errors`
  ]
  const rules = Object.entries(summary.messagesByRule)
  if (rules.length > 0) {
    const width = Math.max(...rules.map(([ruleId]) => ruleId.length))
    lines.push('messages by rule:', ...rules.map(([ruleId, count]) => `  ${ruleId.padEnd(width)}  ${number(count)}`))
  }
  return lines.join('\n') + '\n'
}
