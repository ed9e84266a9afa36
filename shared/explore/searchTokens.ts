/**
 * The words search finds things by. One folding for what is stored and what is typed, so `Ótica São João`,
 * `otica sao joao` and `OTICA` meet, Cyrillic stays Cyrillic (`Брендмаркет` is found by `брендм`), and emoji and
 * punctuation never become words.
 *
 * Identifiers get whole-value terms beside their words, because an investigator pastes them whole: an e-mail
 * (`info@shop.de`), a host (`shop.de`), a URL without scheme (`shop.de/item/123`), a handle without `@`, a phone as
 * digits in every form it is dialled (`4961552302`, `061552302`, `61552302`).
 */
import { stripDiacritics } from '../normalize/diacritics';

/** Shorter words are noise in a workbench search (`a`, `&`); digits count, so `7` in a title does not. */
const MIN_WORD = 2;
/** Whole values longer than this are cut: a term is an index key, and nobody types 200 characters. */
const MAX_TERM = 64;

export function foldText(text: string): string {
  return stripDiacritics(text).toLocaleLowerCase();
}

/** Words of a text: letters and digits of any script, folded; punctuation, spaces and emoji separate. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= MIN_WORD) out.push(word.slice(0, MAX_TERM));
  }
  return out;
}

/** A value typed or stored whole: folded, without scheme, `www.`, `mailto:`, a leading `@` or trailing slash. */
export function wholeValue(text: string): string {
  return foldText(text.trim())
    .replace(/^(?:https?:\/\/|mailto:)/, '')
    .replace(/^www\./, '')
    .replace(/^@/, '')
    .replace(/\/+$/, '')
    .slice(0, MAX_TERM);
}

/** Looks like a phone number as people type one: digits with `+ ( ) - . /` and spaces, at least five digits. */
export function isPhoneLike(text: string): boolean {
  return /^[+(]?[\d\s().\-/]+$/.test(text.trim()) && text.replace(/\D/g, '').length >= 5;
}

/** The forms a typed phone number is looked up by: its digits, and without a `00` international prefix. */
export function phoneQueryDigits(text: string): string {
  // `+49 (0)6155…`: the trunk zero in brackets is not dialled from abroad
  const digits = text.replace(/\(0\)/g, '').replace(/\D/g, '');
  return digits.startsWith('00') ? digits.slice(2) : digits;
}

/**
 * Digit forms of a stored E.164 number, so it is found however it is typed: international (`4961552302`),
 * national with the trunk zero (`061552302`) and without (`61552302`).
 */
export function phoneTerms(e164: string, nationalNumber?: string): string[] {
  const international = e164.replace(/\D/g, '');
  if (!nationalNumber) return [international];
  return [international, `0${nationalNumber}`, nationalNumber];
}

export type QueryPart = Readonly<{
  /** The folded text looked up as a prefix of stored terms. */
  term: string;
  /** What the person typed, for messages. */
  typed: string;
}>;

/**
 * What a search box string looks up. A part with `@`, `.` or `/` is one whole value (an e-mail, host or URL); a
 * phone-like string is one term of digits even with spaces in it (`+49 6155 2302`); anything else is its words.
 */
export function queryParts(query: string): QueryPart[] {
  const trimmed = query.trim();
  if (trimmed === '') return [];
  if (isPhoneLike(trimmed)) return [{ term: phoneQueryDigits(trimmed), typed: trimmed }];
  const parts: QueryPart[] = [];
  for (const typed of trimmed.split(/\s+/)) {
    if (/[@./]/.test(typed.replace(/[.]+$/, '')) && wholeValue(typed).length >= MIN_WORD) {
      parts.push({ term: wholeValue(typed), typed });
      continue;
    }
    for (const word of words(typed)) parts.push({ term: word, typed });
  }
  // A one-letter search still finds something: the prefix of every word with that letter.
  if (parts.length === 0) {
    const letter = foldText(trimmed).replace(/[^\p{L}\p{N}]/gu, '');
    if (letter !== '') parts.push({ term: letter, typed: trimmed });
  }
  return dedupe(parts);
}

function dedupe(parts: QueryPart[]): QueryPart[] {
  const seen = new Set<string>();
  return parts.filter((p) => (seen.has(p.term) ? false : (seen.add(p.term), true)));
}
