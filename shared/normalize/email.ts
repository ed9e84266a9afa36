/**
 * E-mail addresses as comparison keys.
 *
 * The key is deliberately *not* provider-aware: `+tags` and the dots of a Gmail address are kept. Gmail ignores
 * them, but most providers do not (`a.b@web.de` and `ab@web.de` are two mailboxes), and even on Gmail the two
 * spellings are evidence of how an operator labels its accounts. Merging them belongs to an analyst's `sameAs`
 * decision, not to a normalizer that runs silently on every import.
 */
import { cleanCell } from './cell';
import { toAsciiHost } from './host';
import { accept, reject, type Normalized } from './result';

/**
 * `E-Mail:`, `Email :`, `Mail -`, `mailto:`, and the Spanish, Portuguese and French labels. A dash counts only after
 * a space, so the `mail-` of `mail-shop@x.de` stays part of the address.
 */
const LABEL =
  /^(?:(?:e-?\s?mail(?:-?adresse|\s+address)?|mail|correo(?:\s+electr[oó]nico)?|courriel|adresse\s+e-?mail|endere[cç]o\s+de\s+e-?mail)(?:\s*:|\s+[-–—])\s*|mailto:\s*)/iu;

/** Emoji and pictographs that bios put in front of an address (📧, ✉️, 📩). */
const LEADING_PICTOGRAPHS = /^[\p{Extended_Pictographic}\ufe0f\u200d\s:–-]+/u;

/** `Max Muster <max@example.de>`: the address is what is inside the angle brackets. */
const DISPLAY_NAME_FORM = /<([^<>]*@[^<>]*)>/;

/** `info(at)firma.de`, `shop [at] gmail [dot] com`: imprints hide addresses from spam robots this way. */
const OBFUSCATED_AT = /\s*[[({]\s*(?:at|@)\s*[\])}]\s*/giu;
const OBFUSCATED_DOT = /\s*[[({]\s*(?:dot|punkt|ponto|punto|point)\s*[\])}]\s*/giu;

const WRAPPERS_START = /^[<([{"'«“„‘]+/u;
const WRAPPERS_END = /[>)\]}"'»”’.,;:!?]+$/u;

/** RFC 5322 atext plus dots, and any letter (internationalized addresses, RFC 6531). */
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/u;

function unwrap(raw: string): string {
  let text = cleanCell(raw).normalize('NFKC').replace(LEADING_PICTOGRAPHS, '');
  let wasLink = false;
  for (let previous = ''; previous !== text;) {
    previous = text;
    wasLink ||= /^mailto:/i.test(text);
    text = text.replace(LABEL, '').trim();
  }
  // A mailto: link may carry `?subject=…`, which is not part of the address.
  if (wasLink) text = text.replace(/\?.*$/, '');
  const displayName = DISPLAY_NAME_FORM.exec(text);
  if (displayName?.[1] !== undefined) text = displayName[1];
  return text
    .replace(OBFUSCATED_AT, '@')
    .replace(OBFUSCATED_DOT, '.')
    .replace(WRAPPERS_START, '')
    .replace(WRAPPERS_END, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * The comparison key of an e-mail address: labels, wrappers, trailing punctuation and spaces removed, lower-case,
 * the domain in its punycode form (see host.ts). Rejects anything that is not one sane address.
 */
export function normalizeEmail(raw: string): Normalized {
  const text = unwrap(raw);
  if (text === '') return reject('empty');
  const parts = text.split('@');
  if (parts.length === 1) return reject('not an e-mail address: no @');
  if (parts.length > 2) return reject('not an e-mail address: more than one @');
  const [local = '', domain = ''] = parts;
  if (local === '') return reject('not an e-mail address: nothing before the @');
  if (domain === '') return reject('not an e-mail address: nothing after the @');
  if (
    !LOCAL_PART.test(local) ||
    local.length > 64 ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  ) {
    return reject(`not an e-mail address: "${local}" is not a valid name before the @`);
  }
  const labels = domain.replace(/\.$/, '').split('.');
  if (labels.length < 2) return reject(`not an e-mail address: the domain "${domain}" has no dot`);
  const topLevel = labels[labels.length - 1] ?? '';
  if (!labels.every((label) => DOMAIN_LABEL.test(label)) || !TOP_LEVEL.test(topLevel)) {
    return reject(`not an e-mail address: "${domain}" is not a valid domain`);
  }
  const asciiDomain = toAsciiHost(domain);
  if (asciiDomain === undefined) return reject(`not an e-mail address: "${domain}" is not a valid domain`);
  return accept(`${local}@${asciiDomain}`);
}

/** The part before the @ of a normalized address (`''` if there is none). */
export function emailLocalPart(normalized: string): string {
  const at = normalized.lastIndexOf('@');
  return at === -1 ? '' : normalized.slice(0, at);
}

/** The domain of a normalized address (`''` if there is none); pass it to `normalizeDomain` for a domain node. */
export function emailDomain(normalized: string): string {
  const at = normalized.lastIndexOf('@');
  return at === -1 ? '' : normalized.slice(at + 1);
}
