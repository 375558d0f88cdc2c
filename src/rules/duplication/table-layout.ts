/**
 * Plain-text tables, as wire copy and scraped pages carry them: columns separated by runs of spaces or
 * tabs, rows of figures. Their rows and headers repeat by design (`nil      nil`, the same dates over
 * every table), so the duplication rules read them as layout, not as copied prose.
 */

/** Two or more spaces, or a tab, with no line break: the gap between two columns. */
const COLUMN_GAP = /^[^\S\n]*(?: {2}|\t)[^\S\n]*$/
const COLUMN_GAPS = /\S(?: {2,}|\t)[^\S\n]*(?=\S)/g

/** Whether the white space between two words is a column gap. */
export function isColumnGap(whiteSpace: string): boolean {
  return COLUMN_GAP.test(whiteSpace)
}

/**
 * Whether a paragraph is a table row or header: two or more column gaps, or word tokens that are at
 * least half numbers (`04/09/87 03/09/87  04/09/87 03/09/87`). Takes the counts of its word tokens
 * and of those that are numbers, and whether it holds two spaces in a row or a tab (`spaced`), which
 * the caller already has.
 */
export function isTableRow(text: string, tokens: number, numbers: number, spaced: boolean): boolean {
  if (spaced && (text.match(COLUMN_GAPS)?.length ?? 0) >= 2) return true
  return numbers * 2 >= tokens
}
