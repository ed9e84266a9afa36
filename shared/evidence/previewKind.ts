/**
 * How a piece of evidence is shown, from its media type and name. Every kind has one safe way to be shown:
 * images only through `<img>` (an SVG there runs no script), PDFs drawn to a canvas by pdf.js, pages and saved
 * pages in a sandboxed frame, text as text. Anything else is offered for download only, never guessed at.
 */
import { mediaTypeFromName } from '../mediaType';

export type PreviewKind = 'image' | 'pdf' | 'html' | 'mhtml' | 'text' | 'none';

/** Image types Chromium decodes in `<img>`. TIFF and HEIC are not among them: those are download-only. */
const IMAGE_TYPES: ReadonlySet<string> = new Set([
  'image/png',
  'image/apng',
  'image/jpeg',
  'image/pjpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
  'image/x-ms-bmp',
  'image/svg+xml',
  'image/x-icon',
  'image/vnd.microsoft.icon',
]);

/** Types that say nothing about the content; the name is a better guide. */
const GENERIC_TYPES: ReadonlySet<string> = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/binary',
  'application/unknown',
  'application/x-download',
  'application/force-download',
]);

/** Containers that are a saved page when the name says so (`.mht` is often labelled as an e-mail). */
const ARCHIVE_TYPES: ReadonlySet<string> = new Set([
  'multipart/related',
  'message/rfc822',
  'application/x-mimearchive',
]);

/** Text that is shown as source, never interpreted (XML could carry XSLT or XHTML, scripts are just text here). */
const TEXT_APPLICATION_TYPES: ReadonlySet<string> = new Set([
  'application/json',
  'application/x-ndjson',
  'application/jsonl',
  'application/xml',
  'application/javascript',
  'application/x-javascript',
  'application/ecmascript',
  'application/x-sh',
  'application/x-yaml',
  'application/yaml',
  'application/toml',
  'application/sql',
  'application/x-subrip',
  'message/rfc822',
]);

/** The `type/subtype` part of a media type, lower-cased, without parameters. */
export function mediaTypeEssence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}

const isArchiveName = (name: string): boolean => /\.mht(ml)?$/i.test(name.trim());

export function previewKind(mediaType: string, name: string): PreviewKind {
  const declared = mediaTypeEssence(mediaType);
  const essence = GENERIC_TYPES.has(declared) ? mediaTypeFromName(name.trim()) : declared;

  if (IMAGE_TYPES.has(essence)) return 'image';
  if (essence === 'application/pdf' || essence === 'application/x-pdf') return 'pdf';
  if (essence === 'text/html' || essence === 'application/xhtml+xml') return 'html';
  if (essence === 'multipart/related' || essence === 'application/x-mimearchive') return 'mhtml';
  if (ARCHIVE_TYPES.has(essence) && isArchiveName(name)) return 'mhtml';
  if (essence.startsWith('text/')) return 'text';
  if (TEXT_APPLICATION_TYPES.has(essence)) return 'text';
  if (/^application\/[\w.+-]+\+(json|xml)$/.test(essence) && essence !== 'application/xhtml+xml')
    return 'text';
  return 'none';
}
