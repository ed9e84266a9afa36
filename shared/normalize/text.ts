/**
 * Identifiers in free text — Instagram bios, imprint blocks, listing descriptions:
 * `📩 orders: shop.best@gmail.com ☎️ +7 (999) 123-45-67 | wa.me/5511987654321 | @best_replicas_store`.
 *
 * Returns raw matches, in order of appearance and without duplicates; the caller normalizes them (and creates
 * weaker `mentions` links). Found e-mails and URLs are blanked out before phones and handles are looked for, so
 * the digits of a URL are not a phone and the `@gmail` of an e-mail is not a handle. A WhatsApp link is the one
 * exception to "raw": its number has no `+`, so it is returned as `+<digits>` to be read as international.
 */
import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/max';
import { parse } from 'tldts';
import { trimUrlEnd } from './looseUrl';

/** What a text mentions, as written. */
export type ExtractedIdentifiers = Readonly<{
  emails: string[];
  phones: string[];
  urls: string[];
  handles: string[];
}>;

const EMAIL =
  /[\p{L}\p{N}._%+-]+(?:@|\s?[[(]at[\])]\s?)[\p{L}\p{N}-]+(?:(?:\.|\s?[[(]dot[\])]\s?)[\p{L}\p{N}-]+)+/giu;
const SCHEMED_URL = /\bhttps?:\/\/[^\s<>"'`«»“”]+/giu;
/** `www.shop.de/x`, `bestreplicas.shop`, `wa.me/55…`, `linktr.ee/best`: a host with a known suffix, and a path. */
const BARE_URL =
  /(?<![\p{L}\p{N}@._-])(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}(?::\d{2,5})?(?:\/[^\s<>"'`«»“”]*)?/giu;
const HANDLE = /(?<![\p{L}\p{N}_.@/])@([\p{L}\p{N}_](?:[\p{L}\p{N}_.]*[\p{L}\p{N}_])?)/gu;
const WHATSAPP = /(?:wa\.me\/|whatsapp\.com\/send\/?\?phone=)\+?(\d{6,15})/i;
/** `04.03.2026` is a valid German number to libphonenumber, and a date to everyone else. */
const DATE_LIKE = /^\d{1,4}([./-])\d{1,2}\1\d{1,4}$/;
/** Suffixes that are real top-level domains but far more often the end of a company name (`Best Co.Ltd`). */
const NOT_A_HOST_SUFFIX = new Set(['ltd', 'inc', 'llc', 'gmbh', 'corp', 'limited']);

const blank = (text: string, start: number, length: number): string =>
  text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);

/**
 * A bare host counts when its suffix is public and not a company form, and is not written in Title case:
 * `weltweit.Kontakt` and `price.Best` are sentences missing a space, `bestreplicas.shop` is a shop.
 */
function isPublicHost(candidate: string): boolean {
  const host = candidate.split(/[/:]/, 1)[0] ?? '';
  const suffix = host.slice(host.lastIndexOf('.') + 1);
  const parsed = parse(host, { allowPrivateDomains: true });
  return (
    parsed.domain !== null &&
    (parsed.isIcann === true || parsed.isPrivate === true) &&
    !NOT_A_HOST_SUFFIX.has(suffix.toLowerCase()) &&
    (suffix === suffix.toLowerCase() || suffix === suffix.toUpperCase())
  );
}

type Found = { at: number; value: string };

/** Values in order of appearance, each once. */
const ordered = (found: readonly Found[]): string[] => [
  ...new Set([...found].sort((a, b) => a.at - b.at).map(({ value }) => value)),
];

/** E-mails, phone numbers, URLs and @handles mentioned in a free text; `defaultRegion` reads national numbers. */
export function extractIdentifiers(text: string, defaultRegion?: CountryCode): ExtractedIdentifiers {
  const emails: Found[] = [];
  const phones: Found[] = [];
  const urls: Found[] = [];
  const handles: Found[] = [];
  let rest = text.normalize('NFC');

  for (const match of rest.matchAll(EMAIL)) {
    emails.push({ at: match.index, value: match[0] });
    rest = blank(rest, match.index, match[0].length);
  }
  for (const pattern of [SCHEMED_URL, BARE_URL]) {
    for (const match of rest.matchAll(pattern)) {
      const url = trimUrlEnd(match[0]);
      if (pattern === BARE_URL && !isPublicHost(url)) continue;
      urls.push({ at: match.index, value: url });
      const whatsapp = WHATSAPP.exec(url)?.[1];
      if (whatsapp !== undefined) phones.push({ at: match.index, value: `+${whatsapp}` });
      rest = blank(rest, match.index, url.length);
    }
  }
  for (const match of rest.matchAll(HANDLE)) handles.push({ at: match.index, value: match[0] });
  for (const number of findPhoneNumbersInText(rest, defaultRegion)) {
    const value = rest.slice(number.startsAt, number.endsAt);
    if (!DATE_LIKE.test(value)) phones.push({ at: number.startsAt, value });
  }

  return { emails: ordered(emails), phones: ordered(phones), urls: ordered(urls), handles: ordered(handles) };
}
