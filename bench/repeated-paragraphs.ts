/**
 * An independent count of exactly repeated paragraphs, the ground truth `no-duplicate-paragraph` is
 * measured against. It shares no code with copydesk: paragraphs are the raw text's lines and its
 * blank-line blocks, normalised by lower-casing and turning every run of characters other than
 * letters and digits into one space.
 */
export function hasRepeatedParagraph(text: string, minWords: number): boolean {
  for (const units of [text.split('\n'), text.split(/\n[ \t]*\n/)]) {
    const seen = new Set<string>()
    for (const unit of units) {
      const form = unit.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
      if (form === '' || form.split(' ').length < minWords) continue
      if (seen.has(form)) return true
      seen.add(form)
    }
  }
  return false
}
