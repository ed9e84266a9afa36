/**
 * MHTML (a saved web page as one MIME `multipart/related` document, RFC 2557): split it into its parts, decode
 * each (quoted-printable or base64), and pick the page itself, the root `text/html` part, with its charset.
 *
 * Works on bytes: the structure is ASCII, so it is located in a byte string (one char per byte) whose offsets are
 * the file's, and each body is decoded from the original bytes. Broken files give a typed error, never a throw;
 * a file cut short after its page still shows the page, with a warning.
 */
import { byteString, decodeHtmlBytes } from './charset';
import { decodeEncodedWords, parseContentType, parseHeaders, type MimeHeaders } from './mime';
import { decodeBase64, decodeQuotedPrintable } from './transferEncoding';

/** One resource of the archive, decoded from its transfer encoding. */
export type MhtmlPart = Readonly<{
  headers: MimeHeaders;
  /** `type/subtype`, lower-cased; `text/plain` when the part does not say (RFC 2045's default). */
  mediaType: string;
  charset?: string;
  /** The URL the resource was saved from; pages refer to their images by it. */
  contentLocation?: string;
  /** Without the angle brackets; Blink refers to frames and stylesheets as `cid:` URLs. */
  contentId?: string;
  bytes: Uint8Array;
}>;

export type MhtmlDocument = Readonly<{
  /** The page's HTML as text, ready for an inert frame. */
  html: string;
  /** The charset the page was decoded with. */
  charset: string;
  /** The root part. */
  page: MhtmlPart;
  /** Every part that could be decoded, the page included, in file order. */
  parts: readonly MhtmlPart[];
  /** `Snapshot-Content-Location` (Chrome) or the page's own location: where the capture was taken. */
  savedFrom?: string;
  subject?: string;
  date?: string;
  /** The `From` header: Chrome writes `<Saved by Blink>`. */
  savedBy?: string;
  /** Problems that did not stop the page from being shown (a truncated file, an undecodable image …). */
  warnings: readonly string[];
}>;

export type MhtmlErrorCode =
  'empty' | 'not-mime' | 'not-multipart' | 'no-boundary' | 'no-parts' | 'no-page' | 'bad-page';

export type MhtmlError = Readonly<{ code: MhtmlErrorCode; message: string }>;

export type MhtmlResult = { ok: true; document: MhtmlDocument } | { ok: false; error: MhtmlError };

const fail = (code: MhtmlErrorCode, message: string): MhtmlResult => ({
  ok: false,
  error: { code, message },
});

/** Where the header block that starts at `from` ends (its empty line), and where what follows begins. */
function splitHeaders(
  text: string,
  from: number,
  end = text.length,
): { headerEnd: number; bodyStart: number } | undefined {
  const emptyLine = /\r?\n\r?\n/g;
  emptyLine.lastIndex = from;
  const match = emptyLine.exec(text);
  if (match === null || match.index >= end) return undefined;
  return { headerEnd: match.index, bodyStart: Math.min(end, match.index + match[0].length) };
}

type Delimiter = Readonly<{ start: number; contentStart: number; closing: boolean }>;

/** Every boundary delimiter line (`--boundary`, at the start of a line), in order. */
function findDelimiters(text: string, boundary: string, from: number): Delimiter[] {
  const marker = `--${boundary}`;
  const found: Delimiter[] = [];
  for (let at = text.indexOf(marker, from); at !== -1; at = text.indexOf(marker, at + marker.length)) {
    if (at !== from && text[at - 1] !== '\n') continue;
    const after = at + marker.length;
    const closing = text.startsWith('--', after);
    const following = text[closing ? after + 2 : after];
    if (following !== undefined && !/[\s]/.test(following)) continue;
    const lineEnd = text.indexOf('\n', after);
    found.push({ start: at, contentStart: lineEnd === -1 ? text.length : lineEnd + 1, closing });
    if (closing) break;
  }
  return found;
}

/** The end of a part's content: the line break before the next delimiter belongs to the delimiter. */
function contentEnd(text: string, delimiterStart: number): number {
  if (text[delimiterStart - 1] !== '\n') return delimiterStart;
  return text[delimiterStart - 2] === '\r' ? delimiterStart - 2 : delimiterStart - 1;
}

type PartResult = { ok: true; part: MhtmlPart } | { ok: false; message: string };

function decodePart(bytes: Uint8Array, text: string, start: number, end: number, index: number): PartResult {
  // A part with no headers starts with the empty line itself.
  const split = /^\r?\n/.test(text.slice(start, start + 2))
    ? { headerEnd: start, bodyStart: start + (text[start] === '\r' ? 2 : 1) }
    : splitHeaders(text, start, end);
  const headerEnd = split?.headerEnd ?? end;
  const bodyStart = split?.bodyStart ?? end;
  const headers = parseHeaders(text.slice(start, headerEnd));
  const contentType = parseContentType(headers.get('content-type') ?? 'text/plain');
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
  const raw = bytes.subarray(bodyStart, Math.max(bodyStart, end));
  let body: Uint8Array;
  if (encoding === 'quoted-printable') body = decodeQuotedPrintable(raw);
  else if (encoding === 'base64') {
    const decoded = decodeBase64(raw);
    if (!decoded.ok) {
      const offset = bodyStart + decoded.error.offset;
      return { ok: false, message: `part ${index + 1} has a byte that is not base64 at offset ${offset}` };
    }
    body = decoded.bytes;
  } else if (['7bit', '8bit', 'binary'].includes(encoding)) body = raw.slice();
  else return { ok: false, message: `part ${index + 1} uses the unknown transfer encoding “${encoding}”` };

  const location = headers.get('content-location');
  const id = headers.get('content-id')?.replace(/^<|>$/g, '');
  const charset = contentType.params.get('charset');
  return {
    ok: true,
    part: {
      headers,
      mediaType: contentType.essence || 'text/plain',
      ...(charset ? { charset } : {}),
      ...(location ? { contentLocation: location } : {}),
      ...(id ? { contentId: id } : {}),
      bytes: body,
    },
  };
}

/** The root part: the one `start` names, else the first of the `type` the archive declares, else the first HTML. */
function findPage(parts: readonly MhtmlPart[], start: string | undefined, rootType: string | undefined) {
  const startId = start?.replace(/^<|>$/g, '');
  const byId = startId === undefined ? undefined : parts.find((part) => part.contentId === startId);
  if (byId) return byId;
  const isHtml = (part: MhtmlPart) =>
    part.mediaType === 'text/html' || part.mediaType === 'application/xhtml+xml';
  if (rootType !== undefined) {
    const first = parts.find((part) => part.mediaType === rootType.toLowerCase());
    if (first && isHtml(first)) return first;
  }
  return parts.find(isHtml);
}

/** Parses an MHTML file. Never throws. */
export function parseMhtml(bytes: Uint8Array): MhtmlResult {
  if (bytes.length === 0) return fail('empty', 'The file is empty.');
  const text = byteString(bytes);
  // Leading blank lines (and a UTF-8 BOM some tools write) are not part of the headers.
  const headerStart = /^(?:\xef\xbb\xbf)?(?:\r?\n)*/.exec(text)?.[0].length ?? 0;
  const split = splitHeaders(text, headerStart);
  const headers = parseHeaders(text.slice(headerStart, split?.headerEnd ?? text.length));
  const contentTypeHeader = headers.get('content-type');
  if (split === undefined || contentTypeHeader === undefined) {
    return fail(
      'not-mime',
      'This is not an MHTML archive: it does not start with MIME headers and a Content-Type (or it ends inside them).',
    );
  }
  const contentType = parseContentType(contentTypeHeader);
  if (!contentType.essence.startsWith('multipart/')) {
    return fail(
      'not-multipart',
      `This is not an MHTML archive: its content type is “${contentType.essence}”, not multipart/related.`,
    );
  }
  const boundary = contentType.params.get('boundary');
  if (boundary === undefined || boundary === '') {
    return fail('no-boundary', 'The archive’s Content-Type names no boundary, so its parts cannot be found.');
  }

  const delimiters = findDelimiters(text, boundary, split.bodyStart);
  const warnings: string[] = [];
  if (delimiters.length === 0 || delimiters[0]?.closing === true) {
    return fail(
      'no-parts',
      `The boundary “${boundary}” never appears: the archive has no parts (is it truncated?).`,
    );
  }
  const closed = delimiters.at(-1)?.closing === true;
  if (!closed)
    warnings.push('The file ends before the archive’s closing boundary: it is probably truncated.');

  const parts: MhtmlPart[] = [];
  let pageError: string | undefined;
  const opening = delimiters.filter((delimiter) => !delimiter.closing);
  for (const [index, delimiter] of opening.entries()) {
    const next = delimiters[index + 1];
    const end = next === undefined ? text.length : contentEnd(text, next.start);
    const decoded = decodePart(bytes, text, delimiter.contentStart, end, index);
    if (decoded.ok) parts.push(decoded.part);
    else {
      warnings.push(`Skipped ${decoded.message}.`);
      pageError ??= decoded.message;
    }
  }

  const page = findPage(parts, contentType.params.get('start'), contentType.params.get('type'));
  if (page === undefined) {
    return pageError !== undefined && parts.every((part) => !part.mediaType.startsWith('text/'))
      ? fail('bad-page', `The page could not be decoded: ${pageError}.`)
      : fail('no-page', `The archive has ${parts.length} part(s) but no HTML page among them.`);
  }

  const decoded = decodeHtmlBytes(page.bytes, page.charset ? `text/html; charset=${page.charset}` : '');
  if (decoded.warning) warnings.push(decoded.warning);
  const savedFrom = headers.get('snapshot-content-location') ?? page.contentLocation;
  const subject = headers.get('subject');
  const date = headers.get('date');
  const savedBy = headers.get('from');
  return {
    ok: true,
    document: {
      html: decoded.text,
      charset: decoded.charset,
      page,
      parts,
      ...(savedFrom ? { savedFrom } : {}),
      ...(subject ? { subject: decodeEncodedWords(subject) } : {}),
      ...(date ? { date } : {}),
      ...(savedBy ? { savedBy: decodeEncodedWords(savedBy) } : {}),
      warnings,
    },
  };
}
