/**
 * Plain-text tables, as wire copy and scraped pages carry them: columns separated by runs of spaces or
 * tabs, rows of figures. Their rows and headers repeat by design (`nil      nil`, the same dates over
 * every table), so the duplication rules read them as layout, not as copied prose.
 */

/** Two or more spaces, or a tab, with no line break: the gap between two columns. */
const COLUMN_GAP = /^[^\S\n]*(?: {2}|\t)[^\S\n]*$/
const COLUMN_GAPS = /\S(?: {2,}|\t)[^\S\n]*(?=\S)/g
const NUMBER = /^\d+$/

/** Whether the white space between two words is a column gap. */
export function isColumnGap(whiteSpace: string): boolean {
  return COLUMN_GAP.test(whiteSpace)
}

/**
 * Whether a paragraph is a table row or header: two or more column gaps, or word tokens that are at
 * least half numbers (`04/09/87 03/09/87  04/09/87 03/09/87`).
 */
export function isTableRow(text: string, tokens: readonly string[]): boolean {
  if ((text.match(COLUMN_GAPS)?.length ?? 0) >= 2) return true
  let numbers = 0
  for (const token of tokens) if (NUMBER.test(token)) numbers++
  return numbers * 2 >= tokens.length
}
