/**
 * Untrusted HTML (a saved page, a phishing capture) prepared for `<iframe sandbox="" srcdoc=…>`.
 *
 * The sandbox (no `allow-scripts`, no `allow-same-origin`, no forms, popups or top navigation) is what keeps the
 * page inert; this module only adds a second, independent wall: a Content-Security-Policy in the page's own head
 * that lets nothing load from anywhere except `data:` images and inline styles, so a page that phones home
 * (tracking pixels, remote fonts, CSS `url()`) cannot, even if the sandbox were ever relaxed. The content is
 * otherwise left exactly as received: no sanitizing, which would both miss things and alter the evidence.
 */

/**
 * The inert page's policy. `default-src 'none'` covers scripts, frames, fonts, media and fetches; `form-action`
 * and `base-uri` are not covered by it, so they are named.
 */
export const INERT_PAGE_POLICY =
  "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

const POLICY_META = `<meta http-equiv="Content-Security-Policy" content="${INERT_PAGE_POLICY}">`;

/** A doctype (after any BOM, whitespace and comments) that must stay first to keep the page in standards mode. */
const LEADING_DOCTYPE = /^\uFEFF?(?:\s|<!--[\s\S]*?-->)*<!doctype[^>]*>/i;

/**
 * The document to put in `srcdoc`. The policy `<meta>` goes right after the doctype (before it would switch the
 * page to quirks mode): the parser then opens `<head>` for it, so it applies before anything in the page, and the
 * page's own `<html>` and `<head>` tags merge into the elements it opened.
 */
export function inertHtmlDocument(html: string): string {
  const doctype = LEADING_DOCTYPE.exec(html);
  if (doctype === null) return `${POLICY_META}${html.replace(/^\uFEFF/, '')}`;
  return `${doctype[0].replace(/^\uFEFF/, '')}${POLICY_META}${html.slice(doctype[0].length)}`;
}
