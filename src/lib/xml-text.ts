/**
 * Text in XML (the Atom feeds). XML 1.0 forbids most control characters, the
 * non-characters U+FFFE and U+FFFF and lone surrogates anywhere in a document,
 * even escaped: one of them in a letter's title would make every feed listing it
 * unreadable. They become U+FFFD (the replacement character), so the loss shows;
 * every other character is kept and escaped.
 */

/** Every character XML 1.0 does not allow (its `Char` production, negated). */
export const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` with each character XML forbids replaced by U+FFFD. */
export const xmlChars = (text: string): string => text.replace(XML_FORBIDDEN, '\uFFFD');

/** `text` as XML character data or an attribute value: forbidden characters replaced, markup escaped. */
export function escapeXml(text: string): string {
  return xmlChars(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
