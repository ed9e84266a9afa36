import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../hash';
import { isIdentifierKind, isEntityKind, KINDS, type EntityKind } from '../model';
import { generateDemo, type DemoResult } from './generate';
import { mediaTypeFromName } from '../mediaType';

const digests = (result: DemoResult): Record<string, string> =>
  Object.fromEntries(result.files.map((file) => [file.name, sha256Hex(file.bytes)]));

/** The kind behind each slot name the mappings use. */
const SLOT_KINDS: Readonly<Record<string, EntityKind>> = {
  seller: 'seller',
  listing: 'listing',
  social: 'socialAccount',
  shipment: 'shipment',
  shipper: 'organization',
  consignee: 'organization',
  organization: 'organization',
  person: 'person',
  product: 'product',
};

describe('generateDemo', () => {
  const first = generateDemo({ sellers: 40, seed: 7 });

  it('writes byte-identical files and truth for the same seed and options', () => {
    const again = generateDemo({ sellers: 40, seed: 7 });
    expect(digests(again)).toEqual(digests(first));
    expect(JSON.stringify(again.truth)).toBe(JSON.stringify(first.truth));
  });

  it('writes different files for a different seed', () => {
    const other = digests(generateDemo({ sellers: 40, seed: 8 }));
    const mine = digests(first);
    // The brands' catalog is the same in every world: it lists the vocabulary's products.
    expect(other['brand-catalog.csv']).toBe(mine['brand-catalog.csv']);
    const seeded = Object.keys(mine).filter((n) => !/\.(png|html|txt)$/.test(n) && n !== 'brand-catalog.csv');
    for (const name of seeded) {
      expect(other[name], name).toBeDefined();
      expect(other[name], name).not.toBe(mine[name]);
    }
  });

  it('depends on every option', () => {
    expect(digests(generateDemo({ sellers: 41, seed: 7 }))).not.toEqual(digests(first));
    const fewer = generateDemo({ sellers: 40, seed: 7, listingsPerSeller: 2 });
    expect(sha256Hex(fewer.files[3]!.bytes)).not.toBe(sha256Hex(first.files[3]!.bytes));
  });

  it('uses seed 1 and five listings per seller by default', () => {
    expect(digests(generateDemo({ sellers: 12 }))).toEqual(
      digests(generateDemo({ sellers: 12, seed: 1, listingsPerSeller: 5 })),
    );
  });

  it('refuses options it cannot honour', () => {
    expect(() => generateDemo({ sellers: 9 })).toThrow(RangeError);
    expect(() => generateDemo({ sellers: 40.5 })).toThrow(RangeError);
    expect(() => generateDemo({ sellers: 40, seed: Number.NaN })).toThrow(RangeError);
    expect(() => generateDemo({ sellers: 40, listingsPerSeller: -1 })).toThrow(RangeError);
  });

  it('writes every kind of source, with unique names and a description each', () => {
    const names = first.files.map((file) => file.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 12)).toEqual([
      'marketplace-sellers_amazon-de.csv',
      'seller-export_mercadolivre.csv',
      'brand-protection_seller-report.tsv',
      'brand-scrape_listings.xlsx',
      'carrier-shipments_dhl.csv',
      'customs-seizures.csv',
      'instagram-profiles.json',
      'tiktok-accounts.jsonl',
      'aleph-entities.ftm.jsonl',
      'threat-intel.stix.json',
      'brand-catalog.csv',
      'authorized-resellers.csv',
    ]);
    const pngs = names.filter((name) => name.endsWith('.png'));
    expect(pngs.length).toBeGreaterThanOrEqual(3);
    expect(pngs.length).toBeLessThanOrEqual(6);
    expect(names.filter((name) => /^storefront_.+\.html$/.test(name))).toHaveLength(2);
    expect(names.filter((name) => name.endsWith('.txt'))).toHaveLength(1);
    for (const file of first.files) {
      expect(file.description.length, file.name).toBeGreaterThan(30);
      expect(mediaTypeFromName(file.name), file.name).not.toBe('application/octet-stream');
      expect(file.name).toMatch(/^[a-z0-9._-]+$/i);
    }
  });

  it('maps every column to a field that exists for its slot', () => {
    const mapped = first.files.filter((file) => file.mapping !== undefined);
    expect(mapped.map((file) => file.name)).toHaveLength(10);
    for (const file of mapped) {
      for (const [column, ref] of Object.entries(file.mapping ?? {})) {
        if (ref === 'ignore') continue;
        const [slot = '', field = ''] = ref.split('.');
        const kind = SLOT_KINDS[slot];
        expect(kind, `${file.name}: ${column} -> ${ref}`).toBeDefined();
        const props: readonly string[] = KINDS[kind!].props;
        const ok = props.includes(field) || (isEntityKind(field) && isIdentifierKind(field));
        expect(ok, `${file.name}: ${column} -> ${ref}`).toBe(true);
      }
    }
  });

  it('scales: a larger world has proportionally more of everything', () => {
    const big = generateDemo({ sellers: 400, seed: 7, listingsPerSeller: 1 });
    const storefronts = big.truth.operations.reduce((sum, op) => sum + op.storefronts.length, 0);
    expect(storefronts + big.truth.honestSellers.length).toBe(400);
    expect(big.truth.operations.length).toBeGreaterThan(30);
  });
});
