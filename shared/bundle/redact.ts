/**
 * Redaction for sharing a bundle with a brand owner: e-mails, phones and addresses become stable pseudonyms
 * (pseudonyms.ts) wherever they occur in the bundle's data, report and exchange formats.
 *
 * What is replaced: the e-mail, phone and address entities of the case (their ids, keys and values, hence every
 * link, case item, view and network member that names them), those same values wherever they appear verbatim in
 * any text (notes, bios, descriptions, evidence names, timeline captions), and any other e-mail or phone number
 * that free text mentions. Matching ignores case, so `Shop@Example.com` in a note goes with `shop@example.com`.
 *
 * What is NOT: the evidence files themselves (they are the originals, and their hashes must stay true: with
 * redaction on, leave them out), and an address written in a note in words other than the stored ones, which no
 * pattern can recognize. The manifest says so in plain words.
 */
import { withIndexFields } from '../explore/indexFields';
import type { Entity } from '../model';
import { extractIdentifiers, isCountryCode, type CountryCode } from '../normalize';
import type { BundleContent } from './content';
import { pseudonymizer, type RedactedKind } from './pseudonyms';

/** Shorter values are replaced in their own fields only: "12" must not be rewritten inside every other text. */
const MIN_FREE_TEXT_LENGTH = 5;

export type Redacted = Readonly<{ content: BundleContent; pseudonyms: number }>;

const REDACTED_KINDS: ReadonlySet<string> = new Set<RedactedKind>(['email', 'phone', 'address']);

export function redactContent(content: BundleContent): Redacted {
  const names = pseudonymizer(content.case.id);
  const replacements = new Map<string, string>();
  const add = (raw: string, pseudonym: string): void => {
    const key = raw.toLowerCase();
    if (raw.trim() !== '' && !replacements.has(key)) replacements.set(key, pseudonym);
  };

  const regions = new Set<CountryCode | undefined>([undefined]);
  for (const entity of content.entities) {
    if (!REDACTED_KINDS.has(entity.kind)) continue;
    const kind = entity.kind as RedactedKind;
    const pseudonym = names.pseudonym(kind, entity.key);
    add(entity.key, pseudonym);
    add(entity.id.slice(entity.kind.length + 1), pseudonym);
    for (const values of Object.values(entity.properties as Record<string, readonly { value: unknown }[]>)) {
      for (const { value } of values)
        if (typeof value === 'string' && !isCountryCode(value)) add(value, pseudonym);
    }
    const country = (entity.properties as Record<string, readonly { value: unknown }[] | undefined>)
      .country?.[0]?.value;
    if (
      entity.kind === 'phone' &&
      typeof country === 'string' &&
      isCountryCode(country) &&
      regions.size < 6
    ) {
      regions.add(country);
    }
  }

  // Free text may mention e-mails and phones that are no entity of the case.
  forEachString(content, (text) => {
    if (text.length < MIN_FREE_TEXT_LENGTH || !/[@\d]/.test(text)) return;
    for (const region of regions) {
      const found = extractIdentifiers(text, region);
      for (const email of found.emails) add(email, names.pseudonym('email', email));
      for (const phone of found.phones) add(phone, names.pseudonym('phone', phone));
    }
  });

  const replace = replacer(replacements);
  const redacted = mapStrings(content, replace) as BundleContent;
  return {
    // The search terms and facets were computed from the originals: compute them again from what is left.
    content: { ...redacted, entities: redacted.entities.map((entity: Entity) => withIndexFields(entity)) },
    pseudonyms: names.count(),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One pass over a text replacing every known value, longest first (so an e-mail wins over its own domain part). */
function replacer(replacements: ReadonlyMap<string, string>): (text: string) => string {
  const own = new Map(replacements);
  const patterns = [...replacements.keys()]
    .filter((value) => value.length >= MIN_FREE_TEXT_LENGTH)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escapeRegExp);
  const pattern = patterns.length === 0 ? undefined : new RegExp(patterns.join('|'), 'giu');
  return (text) => {
    const whole = own.get(text.toLowerCase());
    if (whole !== undefined) return whole;
    return pattern === undefined
      ? text
      : text.replace(pattern, (match) => own.get(match.toLowerCase()) ?? match);
  };
}

function forEachString(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const item of value) forEachString(item, visit);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      visit(key);
      forEachString(item, visit);
    }
  }
}

/** A copy with every string (object keys included: positions are keyed by entity id) passed through `map`. */
function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [map(key), mapStrings(item, map)]));
  }
  return value;
}
