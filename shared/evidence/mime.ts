/**
 * The small part of MIME (RFC 2045/2046/2047) that saved web pages need: header blocks with folded lines,
 * `Content-Type` with quoted parameters, and encoded words in headers such as `Subject`.
 */
import { decodeBase64 } from './transferEncoding';

/** Header names are lower-cased; a repeated header keeps its first value. */
export type MimeHeaders = ReadonlyMap<string, string>;

/**
 * Parses a header block (already cut before the empty line that ends it). Folded lines (starting with a space or
 * tab) continue the previous header; lines without a colon are ignored.
 */
export function parseHeaders(block: string): MimeHeaders {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

export type ContentType = Readonly<{
  /** `type/subtype`, lower-cased. */
  essence: string;
  /** Parameter names lower-cased, values unquoted. */
  params: ReadonlyMap<string, string>;
}>;

/** Parses `multipart/related; type="text/html"; boundary="----MultipartBoundary--x----"`. */
export function parseContentType(value: string): ContentType {
  const semicolon = value.indexOf(';');
  const essence = (semicolon === -1 ? value : value.slice(0, semicolon)).trim().toLowerCase();
  const params = new Map<string, string>();
  const pattern = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  const rest = semicolon === -1 ? '' : value.slice(semicolon);
  for (const match of rest.matchAll(pattern)) {
    const name = (match[1] ?? '').toLowerCase();
    const raw = match[2] === undefined ? (match[3] ?? '').trim() : match[2].replace(/\\(.)/g, '$1');
    if (!params.has(name)) params.set(name, raw);
  }
  return { essence, params };
}

function decodeWordBytes(encoding: string, text: string): Uint8Array | undefined {
  if (encoding.toUpperCase() === 'B') {
    const decoded = decodeBase64(Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff));
    return decoded.ok ? decoded.bytes : undefined;
  }
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    const hex = char === '=' ? text.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(char === '_' ? 0x20 : char.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(bytes);
}

/**
 * Decodes RFC 2047 encoded words (`=?utf-8?Q?Nike=20Air?=`, `=?UTF-8?B?…?=`); whitespace between two encoded
 * words is dropped, as the RFC says. A word in an unknown charset or with broken base64 stays as it was.
 */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(
      /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g,
      (word, charset: string, encoding: string, text: string) => {
        const bytes = decodeWordBytes(encoding, text);
        if (bytes === undefined) return word;
        try {
          // RFC 2231 allows a language after the charset: `utf-8*en`.
          return new TextDecoder(charset.split('*')[0]).decode(bytes);
        } catch {
          return word;
        }
      },
    );
}
