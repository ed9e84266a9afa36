import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate';
import { fileNamed, jsonLines, rowsOf, textOf, valueAt } from './testkit';
import type { StorefrontRef, TruthOccurrence } from './truth';

const result = generateDemo({ sellers: 40, seed: 7 });
const { truth } = result;
const key = (ref: StorefrontRef): string => `${ref.platform}|${ref.sellerId}`;
const operationOf = new Map(truth.operations.flatMap((op) => op.storefronts.map((s) => [key(s), op.id])));
const honest = new Set(truth.honestSellers.map(key));

/** Every (platform, seller id) that a seller file lists. */
function listedStorefronts(): Set<string> {
  const listed = new Set<string>();
  for (const row of rowsOf(fileNamed(result, 'marketplace-sellers_amazon-de.csv')).slice(1))
    listed.add(`amazon.de|${row[0] ?? ''}`);
  for (const row of rowsOf(fileNamed(result, 'seller-export_mercadolivre.csv')).slice(1)) {
    listed.add(`mercadolivre.com.br|${row[0] ?? ''}`);
  }
  for (const row of rowsOf(fileNamed(result, 'brand-protection_seller-report.tsv')).slice(1)) {
    listed.add(`${row[0] ?? ''}|${row[1] ?? ''}`);
  }
  return listed;
}

function expectWritten(occurrence: TruthOccurrence): void {
  const value = valueAt(result, occurrence);
  const where = `${occurrence.file} ${JSON.stringify(occurrence.locator)} ${occurrence.field}`;
  if (occurrence.link === 'mentions') expect(value, where).toContain(occurrence.raw);
  else if (occurrence.file.endsWith('.ftm.jsonl'))
    expect(value?.split('\n'), where).toContain(occurrence.raw);
  else expect(value, where).toBe(occurrence.raw);
}

describe('the planted operations', () => {
  it('are several, each with 3 to 9 storefronts on at least two marketplaces', () => {
    expect(truth.operations.length).toBeGreaterThanOrEqual(3);
    for (const op of truth.operations) {
      expect(op.storefronts.length).toBeGreaterThanOrEqual(3);
      expect(op.storefronts.length).toBeLessThanOrEqual(9);
      expect(new Set(op.storefronts.map((s) => s.platform)).size, op.id).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(truth.operations.flatMap((op) => op.storefronts.map((s) => s.platform))).size).toBe(5);
  });

  it('account for every storefront exactly once, and every storefront is listed in a seller file', () => {
    const all = [...truth.operations.flatMap((op) => op.storefronts), ...truth.honestSellers].map(key);
    expect(all).toHaveLength(40);
    expect(new Set(all).size).toBe(40);
    const listed = listedStorefronts();
    for (const storefront of all) expect(listed.has(storefront), storefront).toBe(true);
    expect(listed.size).toBe(40);
  });

  it('share identifiers that are written in the rows of at least two of their storefronts', () => {
    for (const op of truth.operations) {
      expect(op.sharedIdentifiers.filter((id) => id.kind !== 'image').length, op.id).toBeGreaterThan(0);
      for (const identifier of op.sharedIdentifiers) {
        const storefrontRows = identifier.occurrences.filter((o) => o.subject.type === 'storefront');
        const distinct = new Set(
          storefrontRows.map((o) => (o.subject.type === 'storefront' ? key(o.subject) : '')),
        );
        expect(distinct.size, identifier.normalized).toBeGreaterThanOrEqual(2);
        for (const storefront of distinct) expect(operationOf.get(storefront)).toBe(op.id);
        for (const occurrence of identifier.occurrences) expectWritten(occurrence);
        expect(new Set(identifier.raw)).toEqual(new Set(identifier.occurrences.map((o) => o.raw)));
      }
    }
  });

  it('are connected: every storefront reaches the others through shared identifiers', () => {
    for (const op of truth.operations) {
      const parent = new Map(op.storefronts.map((s) => [key(s), key(s)]));
      const find = (x: string): string => {
        const p = parent.get(x) ?? x;
        return p === x ? x : find(p);
      };
      for (const identifier of op.sharedIdentifiers.filter((id) => id.kind !== 'image')) {
        const [first, ...rest] = identifier.storefronts.map(key);
        for (const other of rest) parent.set(find(other), find(first ?? other));
      }
      expect(new Set(op.storefronts.map((s) => find(key(s)))).size, op.id).toBe(1);
    }
  });

  it('normalize: e-mails lower-case, phones E.164, IBANs compact', () => {
    const regions: Readonly<Record<string, 'DE' | 'BR' | undefined>> = {
      'marketplace-sellers_amazon-de.csv': 'DE',
      'seller-export_mercadolivre.csv': 'BR',
      'brand-protection_seller-report.tsv': 'DE',
      'carrier-shipments_dhl.csv': 'DE',
    };
    for (const identifier of truth.operations.flatMap((op) => op.sharedIdentifiers)) {
      for (const occurrence of identifier.occurrences) {
        const raw = occurrence.raw;
        if (identifier.kind === 'email') {
          expect(
            raw
              .replace(/^e-mail:/i, '')
              .trim()
              .toLowerCase(),
          ).toBe(identifier.normalized);
        }
        if (identifier.kind === 'phone') {
          expect(parsePhoneNumberFromString(raw, regions[occurrence.file])?.number, raw).toBe(
            identifier.normalized,
          );
        }
        if (identifier.kind === 'paymentAccount') {
          expect(
            raw
              .replace(/^IBAN:/, '')
              .replace(/\s+/g, '')
              .toUpperCase(),
          ).toBe(identifier.normalized);
        }
      }
    }
    const spellings = truth.operations
      .flatMap((op) => op.sharedIdentifiers)
      .filter((id) => id.raw.length > 1);
    expect(spellings.length).toBeGreaterThan(3);
  });

  it('are promoted by social accounts tied to them by identifiers their storefronts use', () => {
    const ig = textOf(fileNamed(result, 'instagram-profiles.json'));
    const tiktok = jsonLines(fileNamed(result, 'tiktok-accounts.jsonl')).join('\n');
    for (const op of truth.operations) {
      expect(op.socialAccounts.length, op.id).toBeGreaterThan(0);
      for (const social of op.socialAccounts) {
        expect(social.via.length, social.handle).toBeGreaterThan(0);
        expect(social.platform === 'instagram' ? ig : tiktok).toContain(`"${social.handle}"`);
      }
    }
  });

  it('ship parcels, some of them seized, with waybills that are in the carrier extract', () => {
    const waybills = new Set(
      rowsOf(fileNamed(result, 'carrier-shipments_dhl.csv'))
        .slice(1)
        .map((row) => row[0]),
    );
    for (const op of truth.operations) {
      expect(op.waybills.length, op.id).toBeGreaterThan(0);
      for (const waybill of op.waybills) expect(waybills.has(waybill)).toBe(true);
      for (const seizure of op.seizures) expect(op.waybills).toContain(seizure.trackingNumber);
    }
    expect(truth.operations[0]!.seizures.length).toBeGreaterThan(0);
    expect(truth.operations[1]!.seizures.length).toBeGreaterThan(0);
  });

  it('are partly mirrored in FollowTheMoney and STIX, by ids that exist there', () => {
    const ftm = new Set(
      jsonLines(fileNamed(result, 'aleph-entities.ftm.jsonl')).map(
        (l) => (JSON.parse(l) as { id: string }).id,
      ),
    );
    const stix = new Set(
      (
        JSON.parse(textOf(fileNamed(result, 'threat-intel.stix.json'))) as { objects: { id: string }[] }
      ).objects.map((o) => o.id),
    );
    expect(truth.operations.filter((op) => op.ftmIds.length > 0).length).toBeGreaterThan(1);
    expect(truth.operations.filter((op) => op.stixIds.length > 0).length).toBeGreaterThan(1);
    for (const op of truth.operations) {
      for (const id of op.ftmIds) expect(ftm.has(id)).toBe(true);
      for (const id of op.stixIds) expect(stix.has(id)).toBe(true);
    }
    const mirrored = truth.operations.flatMap((op) => op.sharedIdentifiers).flatMap((id) => id.occurrences);
    expect(mirrored.some((o) => o.file === 'aleph-entities.ftm.jsonl')).toBe(true);
    expect(mirrored.some((o) => o.file === 'threat-intel.stix.json')).toBe(true);
  });

  it('reuse product photos across storefronts, with re-encoded look-alikes', () => {
    const images = truth.operations.flatMap((op) => op.images);
    expect(images.length).toBeGreaterThan(0);
    const variants = images.filter((image) => image.variantOf !== undefined);
    expect(variants.length).toBeGreaterThan(0);
    for (const variant of variants) {
      const original = images.find((image) => image.sha256 === variant.variantOf);
      if (original === undefined) continue;
      const distance = [...Array(16).keys()].reduce(
        (bits, i) =>
          bits +
          (
            Number.parseInt(original.perceptualHash.charAt(i), 16) ^
            Number.parseInt(variant.perceptualHash.charAt(i), 16)
          )
            .toString(2)
            .replace(/0/g, '').length,
        0,
      );
      expect(distance).toBe(1);
    }
  });
});

describe('hubs and honest sellers', () => {
  it('the marketplace support e-mail and address are used by several operations and by honest sellers', () => {
    for (const role of ['marketplace support e-mail', 'marketplace support address'] as const) {
      const hub = truth.hubs.find((h) => h.role === role);
      expect(hub, role).toBeDefined();
      expect(hub!.operations.length, role).toBeGreaterThanOrEqual(2);
      expect(hub!.honestSellers.length, role).toBeGreaterThanOrEqual(1);
      for (const storefront of hub!.storefronts) {
        expect(operationOf.has(key(storefront)) || honest.has(key(storefront))).toBe(true);
      }
    }
  });

  it('the support e-mail really is in the seller files, on storefronts of two operations and honest ones', () => {
    const hub = truth.hubs.find((h) => h.role === 'marketplace support e-mail')!;
    const rows = rowsOf(fileNamed(result, 'marketplace-sellers_amazon-de.csv'));
    const email = rows[0]!.indexOf('E-Mail');
    const users = rows
      .slice(1)
      .filter(
        (row) =>
          (row[email] ?? '')
            .replace(/^e-mail:/i, '')
            .trim()
            .toLowerCase() === hub.normalized,
      )
      .map((row) => `amazon.de|${row[0] ?? ''}`);
    expect(new Set(users.flatMap((user) => operationOf.get(user) ?? [])).size).toBeGreaterThanOrEqual(2);
    expect(users.some((user) => honest.has(user))).toBe(true);
  });

  it('the freight forwarder receives parcels of several operations and of nobody in particular', () => {
    const hub = truth.hubs.find((h) => h.role === 'freight forwarder address');
    expect(hub!.operations.length).toBeGreaterThanOrEqual(2);
    expect(hub!.trackingNumbers.some((t) => truth.otherWaybills.includes(t))).toBe(true);
    expect(hub!.trackingNumbers.length).toBeGreaterThanOrEqual(4);
  });

  it('honest sellers share nothing with each other or with an operation except the hubs', () => {
    const hubValues = new Set(truth.hubs.map((h) => h.normalized));
    const shared = truth.operations.flatMap((op) => op.sharedIdentifiers.map((id) => id.normalized));
    for (const value of shared) expect(hubValues.has(value)).toBe(false);
    for (const op of truth.operations) {
      for (const id of op.sharedIdentifiers)
        for (const s of id.storefronts) expect(honest.has(key(s))).toBe(false);
    }
    expect(truth.honestSellers.length).toBe(12);
  });
});

describe('noise', () => {
  it('plants unusable e-mails and phones where the truth says', () => {
    const emails = truth.noise.rejects.filter((r) => r.kind === 'email');
    const phones = truth.noise.rejects.filter((r) => r.kind === 'phone');
    expect(emails.length).toBeGreaterThanOrEqual(3);
    expect(phones.length).toBeGreaterThanOrEqual(3);
    for (const reject of truth.noise.rejects) {
      expect(honest.has(key(reject.subject))).toBe(true);
      expect(
        valueAt(result, {
          ...reject,
          raw: reject.value,
          link: 'uses',
          subject: { type: 'storefront', ...reject.subject },
        }),
      ).toBe(reject.value);
      if (reject.kind === 'email') expect(reject.value).not.toMatch(/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/);
      if (reject.kind === 'phone') {
        for (const region of ['DE', 'BR'] as const) {
          expect(parsePhoneNumberFromString(reject.value, region)?.isValid() ?? false).toBe(false);
        }
      }
    }
  });

  it('lists duplicates at rows that really repeat one record', () => {
    expect(truth.noise.duplicates.length).toBeGreaterThanOrEqual(3);
    for (const duplicate of truth.noise.duplicates) {
      const [a, b] = duplicate.locators;
      if (duplicate.file.endsWith('.csv')) {
        const rows = rowsOf(fileNamed(result, duplicate.file));
        expect(rows[(a?.row ?? 0) - 1]?.[0]).toBe(rows[(b?.row ?? 0) - 1]?.[0]);
        expect(rows[(a?.row ?? 0) - 1]?.[0]).toBe(
          duplicate.subject.type === 'storefront' ? duplicate.subject.sellerId : '',
        );
      } else {
        const profiles = (
          JSON.parse(textOf(fileNamed(result, duplicate.file))) as { data: { profiles: unknown[] } }
        ).data.profiles;
        const index = (path: string | undefined): number => Number(/\[(\d+)\]$/.exec(path ?? '')?.[1]);
        expect(profiles[index(b?.path)]).toEqual(profiles[index(a?.path)]);
      }
    }
  });

  it('has empty and whitespace-only cells', () => {
    const cells = rowsOf(fileNamed(result, 'marketplace-sellers_amazon-de.csv')).flat();
    expect(cells.some((cell) => cell === '')).toBe(true);
    expect(cells.some((cell) => cell.length > 0 && cell.trim() === '')).toBe(true);
  });
});

describe.each([1, 2, 3, 2024, -5])('with seed %i', (seed) => {
  const other = generateDemo({ sellers: 40, seed, listingsPerSeller: 1 }).truth;

  it('still plants connected operations, promoted, hubs across networks, and rejects', () => {
    for (const op of other.operations) {
      expect(new Set(op.storefronts.map((s) => s.platform)).size).toBeGreaterThanOrEqual(2);
      for (const social of op.socialAccounts)
        expect(social.via.length, `${op.id} ${social.handle}`).toBeGreaterThan(0);
      const linked = new Set(
        op.sharedIdentifiers.filter((id) => id.kind !== 'image').flatMap((id) => id.storefronts.map(key)),
      );
      expect(linked.size, op.id).toBe(op.storefronts.length);
    }
    for (const hub of other.hubs.filter((h) => h.role !== 'freight forwarder address')) {
      expect(hub.operations.length).toBeGreaterThanOrEqual(2);
      expect(hub.honestSellers.length).toBeGreaterThanOrEqual(1);
    }
    expect(
      other.hubs.find((h) => h.role === 'freight forwarder address')?.operations.length,
    ).toBeGreaterThanOrEqual(2);
    expect(other.operations[0]?.seizures.length).toBeGreaterThan(0);
    expect(other.noise.rejects.filter((r) => r.kind === 'email').length).toBeGreaterThanOrEqual(3);
    expect(other.noise.rejects.filter((r) => r.kind === 'phone').length).toBeGreaterThanOrEqual(3);
    expect(other.noise.rejects.some((r) => r.file === 'marketplace-sellers_amazon-de.csv')).toBe(true);
  });
});
