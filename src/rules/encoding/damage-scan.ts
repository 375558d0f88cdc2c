/**
 * The mojibake of a document, found once and shared. `no-mojibake` reports it; `no-replacement-character`
 * and `no-invisible-character` leave alone the U+FFFD and C1 controls that lie inside it, so each
 * damaged span is reported by exactly one rule.
 */
import {documentView, type DocumentViews} from '../../engine/document.js'
import {findMojibake, type MojibakeRepair} from './mojibake-detector.js'

export const mojibakeIn = documentView((doc): MojibakeRepair[] => findMojibake(doc.text))

/** Whether `offset` lies inside one of the document's mojibake spans (binary search). */
export function insideMojibake(doc: DocumentViews, offset: number): boolean {
  const spans = mojibakeIn(doc)
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (offset < spans[middle].start) high = middle - 1
    else if (offset >= spans[middle].end) low = middle + 1
    else return true
  }
  return false
}
