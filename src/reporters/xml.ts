/**
 * Just enough XML for the JUnit report: a small element tree, serialised with escaping that keeps
 * any message text well-formed. Lint messages quote the text they flag, and copydesk flags exactly
 * the text other tools choke on (control characters, stray surrogates), so escaping is not optional.
 */

export type XmlAttributes = Record<string, string | number>

export interface XmlElement {
  name: string
  attributes?: XmlAttributes
  /** Child elements, one per line; or `text` instead. */
  children?: XmlElement[]
  text?: string
}

/**
 * Characters outside XML 1.0's `Char` production: C0 controls other than tab, LF and CR, lone
 * surrogates, U+FFFE and U+FFFF. Not even a character reference may name them.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const TEXT_ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'}

/** In attributes also quotes, and tab/LF/CR as references: a parser would turn them into spaces. */
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;'
}

/** Invalid characters become a visible `\uXXXX`, so the report still says what was there. */
function replaceInvalid(value: string): string {
  return value.replace(NOT_XML_CHAR, (char) => '\\u' + char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'))
}

export function escapeXmlText(value: string): string {
  return replaceInvalid(value).replace(/[&<>]/g, (char) => TEXT_ESCAPES[char])
}

export function escapeXmlAttribute(value: string): string {
  return replaceInvalid(value).replace(/[&<>"'\t\n\r]/g, (char) => ATTRIBUTE_ESCAPES[char])
}

/** A UTF-8 document with `root` pretty-printed two spaces per level (text is never re-indented). */
export function serializeXml(root: XmlElement): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + serializeElement(root, '') + '\n'
}

function serializeElement(element: XmlElement, indent: string): string {
  const attributes = Object.entries(element.attributes ?? {})
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join('')
  const open = `${indent}<${element.name}${attributes}`
  if (element.text !== undefined) return `${open}>${escapeXmlText(element.text)}</${element.name}>`
  if (!element.children || element.children.length === 0) return `${open}/>`
  const children = element.children.map((child) => serializeElement(child, indent + '  '))
  return `${open}>\n${children.join('\n')}\n${indent}</${element.name}>`
}
