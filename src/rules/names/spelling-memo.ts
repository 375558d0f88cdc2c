/**
 * A memo for pure functions of one name spelling. The same few thousand spellings fill most of an
 * archive's articles (`Blair`, `Chelsea`, `Microsoft`), so what the names family derives from a
 * spelling (its skeleton, its Double Metaphone codes, whether it is checked at all) is computed once
 * per spelling rather than once per mention. The table is bounded: when full it starts again empty,
 * so a run over millions of documents holds at most `limit` entries.
 */
export function memoizeBySpelling<T>(compute: (spelling: string) => T, limit = 50_000): (spelling: string) => T {
  const table = new Map<string, T>()
  return (spelling) => {
    let value = table.get(spelling)
    if (value === undefined) {
      if (table.size >= limit) table.clear()
      value = compute(spelling)
      table.set(spelling, value)
    }
    return value
  }
}
