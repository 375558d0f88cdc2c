/**
 * The mojibake of a document, found once and shared. `no-mojibake` reports it; `no-replacement-character`
 * and `no-invisible-character` leave alone the U+FFFD and C1 controls that lie inside it, so each
 * damaged span is reported by exactly one rule.
 */
import {documentView, type DocumentViews} from '../../engine/document.js'
import {lowerBound} from '../../engine/lower-bound.js'
import {findMojibake, type MojibakeRepair} from './mojibake-detector.js'

export const mojibakeIn = documentView((doc): MojibakeRepair[] => findMojibake(doc.text))

/** Whether `offset` lies inside one of the document's mojibake spans (binary search). */
export function insideMojibake(doc: DocumentViews, offset: number): boolean {
  const spans = mojibakeIn(doc)
  // The first span not ending at or before `offset` holds it, unless it starts after it.
  const index = lowerBound(spans.length, (at) => spans[at].end <= offset)
  return index < spans.length && spans[index].start <= offset
}
