/**
 * A web page captured as evidence (an HTML file or an MHTML archive), made ready to be looked at: the inert
 * document for a sandboxed frame, its HTML source as text, and what is known about the capture.
 */
import { decodeHtmlBytes } from './charset';
import { inertHtmlDocument } from './inertHtml';
import { parseMhtml } from './mhtml';
import { pageWithResources } from './mhtmlResources';

/**
 * Larger pages are offered for download instead: the whole file is decoded on the page's thread and handed to the
 * frame as one string, which is quick up to a few tens of megabytes (a saved page is rarely over 10).
 */
export const SAVED_PAGE_MAX_BYTES = 48 * 1024 * 1024;

export type SavedPage = Readonly<{
  /** For `<iframe sandbox="" srcdoc=…>`. */
  frameDocument: string;
  /** The page's HTML as received (for an archive: its decoded page part), to show as text. */
  source: string;
  charset: string;
  savedFrom?: string;
  title?: string;
  savedAt?: string;
  warnings: readonly string[];
}>;

export type SavedPageResult = { ok: true; page: SavedPage } | { ok: false; message: string };

export function savedPageFromBytes(
  format: 'html' | 'mhtml',
  bytes: Uint8Array,
  mediaType: string,
): SavedPageResult {
  if (format === 'html') {
    const decoded = decodeHtmlBytes(bytes, mediaType);
    return {
      ok: true,
      page: {
        frameDocument: inertHtmlDocument(decoded.text),
        source: decoded.text,
        charset: decoded.charset,
        warnings: decoded.warning === undefined ? [] : [decoded.warning],
      },
    };
  }
  const parsed = parseMhtml(bytes);
  if (!parsed.ok) return { ok: false, message: parsed.error.message };
  const archive = parsed.document;
  const withResources = pageWithResources(archive);
  return {
    ok: true,
    page: {
      frameDocument: inertHtmlDocument(withResources.html),
      source: archive.html,
      charset: archive.charset,
      ...(archive.savedFrom === undefined ? {} : { savedFrom: archive.savedFrom }),
      ...(archive.subject === undefined ? {} : { title: archive.subject }),
      ...(archive.date === undefined ? {} : { savedAt: archive.date }),
      warnings: archive.warnings,
    },
  };
}
