/**
 * Stable pseudonyms for personal data: the same e-mail, phone or address gets the same stand-in everywhere in a
 * bundle (so the brand owner still sees that two shops share one phone), and a different one in another case.
 *
 * pseudonym = first 10 hex digits of HMAC-SHA256(key = "casegraph-redaction:" + case id, kind + ":" + normalized
 * value). Honest limit: the case id is written in the bundle's own manifest, so whoever holds a redacted bundle and
 * guesses a candidate e-mail CAN confirm the guess by computing the HMAC. What the key buys is that a pseudonym from
 * one case says nothing in another, and that precomputed tables over e-mail lists are useless. Redaction hides
 * values from casual reading; it is not anonymization against someone who already suspects the answer.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { normalizeAddress, normalizeEmail, normalizePhone } from '../normalize';

export type RedactedKind = 'email' | 'phone' | 'address';

/** 40 bits: no two values of a case collide in practice, and a collision is still caught (see `pseudonymizer`). */
const DIGITS = 10;

function normalized(kind: RedactedKind, value: string): string {
  const result =
    kind === 'email'
      ? normalizeEmail(value)
      : kind === 'phone'
        ? normalizePhone(value)
        : normalizeAddress(value);
  if (result.ok) return result.value;
  // A value the normalizer cannot read still deserves one pseudonym for all its spellings that differ only in case
  // and spacing.
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function render(kind: RedactedKind, hex: string): string {
  switch (kind) {
    case 'email':
      return `email-${hex}@redacted.invalid`;
    case 'phone':
      return `+000 ${hex}`;
    case 'address':
      return `address ${hex}`;
  }
}

export type Pseudonymizer = Readonly<{
  pseudonym(kind: RedactedKind, value: string): string;
  /** How many distinct values were given a pseudonym. */
  count(): number;
}>;

export function pseudonymizer(caseId: string): Pseudonymizer {
  const key = utf8ToBytes(`casegraph-redaction:${caseId}`);
  const byValue = new Map<string, string>();
  const taken = new Map<string, string>();
  return {
    pseudonym: (kind, value) => {
      const id = `${kind}:${normalized(kind, value)}`;
      const known = byValue.get(id);
      if (known !== undefined) return known;
      const hex = bytesToHex(hmac(sha256, key, utf8ToBytes(id)));
      // Two values on one pseudonym would merge two entities into one: take more digits for the later one.
      let digits = DIGITS;
      let name = render(kind, hex.slice(0, digits));
      while (taken.has(name) && taken.get(name) !== id) name = render(kind, hex.slice(0, (digits += 4)));
      taken.set(name, id);
      byValue.set(id, name);
      return name;
    },
    count: () => byValue.size,
  };
}
