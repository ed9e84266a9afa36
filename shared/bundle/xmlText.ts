/**
 * Text made safe for XML 1.0 (GraphML, and the report's HTML and SVG): escaped, and without the characters XML 1.0
 * forbids outright (C0 controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF), which a strict
 * reader such as Python's expat refuses even as character references. Casegraph's own ids hold U+001F between their
 * key parts; it is shown as the visible symbol for it (␟) so an id still reads as itself.
 */
import { escapeXml } from '../graph/svg';

// eslint-disable-next-line no-control-regex -- the separator inside Casegraph ids, shown as a visible sign
const UNIT_SEPARATOR = /\u001f/g;
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
  /[\u0000-\u0008\u000b\u000c\u000e-\u001e\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text with the characters XML 1.0 cannot carry replaced (U+FFFD), not yet escaped. */
export function xmlSafe(text: string): string {
  return text.replace(UNIT_SEPARATOR, '\u241f').replace(FORBIDDEN, '\ufffd');
}

/** Text for an XML (or HTML) text node or attribute value. */
export function xmlText(text: string): string {
  return escapeXml(xmlSafe(text));
}
