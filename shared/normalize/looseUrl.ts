/**
 * Reading a URL the way people write them in spreadsheets and bios: `www.shop.de/x`, `amazon.de/dp/…`,
 * `<https://…>`, `Link: https://…).` Only web addresses pass: a `javascript:`, `data:` or `file:` link in a scraped
 * page must never become a clickable node.
 */
import { parse } from 'tldts';
import { cleanCell } from './cell';
import { isIpHost } from './host';
import { reject, type Rejected } from './result';

export type LooseUrl = Readonly<{ ok: true; url: URL }> | Rejected;

const LABEL = /^(?:url|link|website|web|site|homepage|p[aá]gina|sitio|lien)\s*:\s*/iu;
const WRAPPERS_START = /^[<"'«“„‘([]+/u;
const SCHEME = /^([a-z][a-z0-9+.-]*):(.*)$/is;
const PORT_AND_PATH = /^\d+(?:[/?#]|$)/;

/**
 * Drops trailing punctuation one character at a time: `(see https://shop.de/x).` ends the URL before `).`, but
 * `/wiki/Marke_(Recht)` keeps the `)` it opened.
 */
export function trimUrlEnd(text: string): string {
  let url = text;
  while (/[>"'»”’\]}).,;:!?]$/u.test(url)) {
    const balanced = (url.match(/\(/g) ?? []).length >= (url.match(/\)/g) ?? []).length;
    if (url.endsWith(')') && balanced) break;
    url = url.slice(0, -1);
  }
  return url;
}

const unwrap = (raw: string): string =>
  trimUrlEnd(cleanCell(raw).replace(LABEL, '').replace(WRAPPERS_START, ''));

/** True for `shop.de`, `www.amazon.co.uk`, `192.168.0.1`: a host with a known public suffix, or an IPv4 address. */
function looksLikeHost(hostPart: string): boolean {
  const host = hostPart.replace(/^[^@]*@/, '').replace(/:\d+$/, '');
  if (isIpHost(host)) return true;
  const parsed = parse(host, { allowPrivateDomains: true });
  return parsed.domain !== null && (parsed.isIcann === true || parsed.isPrivate === true);
}

/**
 * The scheme of a URL, lower-case, or `undefined` when there is none. `shop.de:8080/x` has none: a "scheme" with a
 * dot followed by a port is a host.
 */
function schemeOf(text: string): string | undefined {
  const match = SCHEME.exec(text);
  if (match === null) return undefined;
  const [, name = '', rest = ''] = match;
  const isHostAndPort = name.includes('.') || PORT_AND_PATH.test(rest);
  return rest.startsWith('//') || !isHostAndPort ? name.toLowerCase() : undefined;
}

/** Parses a loosely written web address, adding `https://` when the scheme is missing and the start is a host. */
export function parseLooseUrl(raw: string): LooseUrl {
  const text = unwrap(raw);
  if (text === '') return reject('empty');
  if (/\s/.test(text)) return reject('not a URL: it contains spaces');
  const absolute = text.startsWith('//') ? `https:${text}` : text;
  const scheme = schemeOf(absolute);
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return reject(`not a web address: "${scheme}:" links are not accepted`);
  }
  if (scheme === undefined) {
    const hostPart = absolute.split(/[/?#]/, 1)[0] ?? '';
    if (!looksLikeHost(hostPart)) return reject(`not a URL: no scheme, and "${hostPart}" is not a host name`);
  }
  try {
    const url = new URL(scheme === undefined ? `https://${absolute}` : absolute);
    return url.hostname === '' ? reject('not a URL: no host') : { ok: true, url };
  } catch {
    return reject('not a URL: it cannot be read as a web address');
  }
}
