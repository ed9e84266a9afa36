/**
 * The demo's answer key for the rights-holder signals: the brand catalog, the listings priced far under it, and who
 * is authorized to sell which brand — checked against what the files themselves say.
 */
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { generateDemo, type DemoResult } from './generate';
import { fileNamed, rowsOf, workbookOf } from './testkit';
import type { StorefrontRef } from './truth';
import { MARKETPLACES, type MarketplaceId } from './vocab/marketplaces';

const result = generateDemo({ sellers: 40, seed: 7 });
const { truth } = result;
const key = (ref: StorefrontRef): string => `${ref.platform}|${ref.sellerId}`;
const operationOf = new Map(truth.operations.flatMap((op) => op.storefronts.map((s) => [key(s), op.id])));
const honest = new Set(truth.honestSellers.map(key));

/** A scraped listing read back from the workbook, with what the files alone say about its product and price. */
type ScrapedListing = Readonly<{
  row: number;
  listingId: string;
  storefront: string;
  brand: string;
  /** The catalog SKU its model number copies (counterfeits sometimes append `-X`). */
  sku: string;
  amount: number;
  currency: string;
}>;

/** `71,90 €`, `€ 129.00`, `EUR 1.234,90`, `£89.99`, `1 234,99 zł`, `R$ 249,90` -> the number. */
function displayedAmount(price: string): number {
  const digits = price.replace(/[^\d.,]/g, '');
  const match = /^(.*)[.,](\d{2})$/.exec(digits);
  return Number(`${(match?.[1] ?? digits).replace(/[.,]/g, '')}.${match?.[2] ?? '0'}`);
}

function scrapedListings(demo: DemoResult): ScrapedListing[] {
  const sheet = workbookOf(fileNamed(demo, demo.truth.pricing.listingsFile)).Sheets.Listings!;
  return XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { defval: '' }).map((row, i) => {
    const platform = String(row.Marketplace) as MarketplaceId;
    return {
      row: i + 2,
      listingId: String(row['Listing ID / ASIN']),
      storefront: `${platform}|${String(row['Seller ID'])}`,
      brand: String(row.Brand),
      sku: String(row.Model).replace(/-X$/, ''),
      amount: displayedAmount(String(row.Price)),
      currency: MARKETPLACES[platform].currency,
    };
  });
}

describe('the rights-holder signals', () => {
  const { pricing, authorization } = truth;
  const listings = scrapedListings(result);
  const catalogBySku = new Map(pricing.catalog.map((product) => [product.sku, product]));

  it('list the catalog as the catalog file has it', () => {
    const rows = rowsOf(fileNamed(result, pricing.catalogFile));
    expect(pricing.catalog).toHaveLength(rows.length - 1);
    for (const product of pricing.catalog) {
      const row = rows[(product.locator.row ?? 0) - 1];
      expect(row?.slice(0, 4)).toEqual([product.brand, product.name, product.sku, product.gtin]);
    }
  });

  it('name exactly the listings whose price, in euros, is under the threshold share of their MSRP', () => {
    const computed = listings.flatMap((listing) => {
      const product = catalogBySku.get(listing.sku);
      if (product === undefined) return [];
      const rate = pricing.eurRates[listing.currency as keyof typeof pricing.eurRates];
      return listing.amount / rate / product.msrp < pricing.threshold ? [listing.listingId] : [];
    });
    expect(listings.every((listing) => catalogBySku.has(listing.sku))).toBe(true);
    expect(pricing.underpriced.map((listing) => listing.listingId)).toEqual(computed);
    for (const listing of pricing.underpriced) {
      const scraped = listings.find((candidate) => candidate.listingId === listing.listingId);
      expect(scraped?.row).toBe(listing.locator.row);
      expect(scraped?.amount).toBeCloseTo(listing.price, 2);
      expect(scraped?.storefront).toBe(key(listing.storefront));
      expect(listing.ratio).toBeLessThan(pricing.threshold);
      expect(catalogBySku.get(scraped?.sku ?? '')?.gtin).toBe(listing.gtin);
      expect(listing.operation).toBe(operationOf.get(key(listing.storefront)));
    }
  });

  it('are signals, not the answer: a few counterfeits ask nearly full price, a few honest shops clear stock', () => {
    const counterfeit = listings.filter((listing) => operationOf.has(listing.storefront));
    const underpriced = new Set(pricing.underpriced.map((listing) => listing.listingId));
    const nearRetail = counterfeit.filter((listing) => !underpriced.has(listing.listingId));
    expect(nearRetail.length).toBeGreaterThan(0);
    expect(nearRetail.length).toBeLessThan(counterfeit.length / 4);
    const clearance = pricing.underpriced.filter((listing) => listing.operation === undefined);
    expect(clearance.length).toBeGreaterThan(0);
    expect(clearance.length).toBeLessThan(pricing.underpriced.length / 4);
  });

  it('authorize every honest storefront for the brands it lists, as the resellers list says', () => {
    const rows = rowsOf(fileNamed(result, authorization.file)).slice(1);
    const written = new Map<string, Set<string>>();
    for (const [brand = '', platform = '', sellerId = ''] of rows) {
      written.set(
        `${platform}|${sellerId}`,
        (written.get(`${platform}|${sellerId}`) ?? new Set()).add(brand),
      );
    }
    expect(new Set(authorization.authorized.map((entry) => key(entry.storefront)))).toEqual(honest);
    for (const entry of authorization.authorized) {
      expect(new Set(entry.brands)).toEqual(written.get(key(entry.storefront)));
    }
    for (const listing of listings.filter((l) => honest.has(l.storefront))) {
      expect(written.get(listing.storefront)?.has(catalogBySku.get(listing.sku)?.brand ?? '')).toBe(true);
    }
  });

  it('find every operation storefront listing brands it is not authorized for, spelled as its listings spell them', () => {
    const selling = new Set(listings.map((listing) => listing.storefront));
    const expected = [...operationOf.keys()].filter((storefront) => selling.has(storefront));
    expect(new Set(authorization.unauthorized.map((entry) => key(entry.storefront)))).toEqual(
      new Set(expected),
    );
    for (const entry of authorization.unauthorized) {
      expect(entry.operation).toBe(operationOf.get(key(entry.storefront)));
      const own = listings.filter((listing) => listing.storefront === key(entry.storefront));
      expect(entry.listingIds).toEqual(own.map((listing) => listing.listingId));
      expect(new Set(entry.claimed)).toEqual(new Set(own.map((listing) => listing.brand)));
      expect(new Set(entry.brands)).toEqual(new Set(own.map((l) => catalogBySku.get(l.sku)?.brand)));
    }
    const misspelled = authorization.unauthorized.flatMap((entry) =>
      entry.claimed.filter((claimed) => !entry.brands.includes(claimed)),
    );
    expect(misspelled.length).toBeGreaterThan(0);
  });
});

describe.each([1, 2, 3, 2024, -5])('with seed %i', (seed) => {
  const other = generateDemo({ sellers: 40, seed, listingsPerSeller: 1 }).truth;

  it('still prices counterfeits mostly far under MSRP and authorizes no operation', () => {
    const counterfeit = new Set(other.operations.flatMap((op) => op.storefronts.map(key)));
    const underpriced = other.pricing.underpriced;
    expect(underpriced.filter((l) => l.operation !== undefined).length).toBeGreaterThan(counterfeit.size / 2);
    for (const listing of underpriced) expect(listing.ratio).toBeLessThan(other.pricing.threshold);
    for (const entry of other.authorization.authorized)
      expect(counterfeit.has(key(entry.storefront))).toBe(false);
    expect(new Set(other.authorization.unauthorized.map((entry) => key(entry.storefront)))).toEqual(
      counterfeit,
    );
  });
});
