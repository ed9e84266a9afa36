/**
 * The truth of the two rights-holder signals, compiled from what the writers recorded: which listings are priced
 * far under the catalog's MSRP, and which storefronts list brands they are not authorized for.
 */
import { AUTHORIZED_RESELLERS_FILE } from './files/authorizedResellers';
import { BRAND_CATALOG_FILE } from './files/brandCatalog';
import { LISTINGS_WORKBOOK_FILE } from './files/listingsWorkbook';
import type { Recorder, RecordedListing } from './recorder';
import type {
  StorefrontRef,
  TruthAuthorization,
  TruthPricing,
  TruthProduct,
  TruthUnauthorizedSeller,
  TruthUnderpricedListing,
} from './truth';
import { EUR_RATE } from './vocab/marketplaces';
import type { World } from './world';

/** Below this share of the MSRP a listing is far under it; the analysis default (`signals.underpricedRatio`). */
export const UNDERPRICED_RATIO = 0.5;

const round = (value: number, places: number): number => {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
};

const storefrontKey = (ref: StorefrontRef): string => `${ref.platform}\u001f${ref.sellerId}`;

function operationId(world: World, index: number | undefined): { operation?: string } {
  const operation = index === undefined ? undefined : world.operations[index];
  return operation === undefined ? {} : { operation: operation.id };
}

export function compilePricing(world: World, recorder: Recorder): TruthPricing {
  const catalog: TruthProduct[] = recorder.catalog.map(({ locator, product }) => ({
    brand: product.brand,
    name: product.name,
    sku: product.model,
    gtin: product.gtin,
    msrp: product.msrp,
    currency: 'EUR',
    locator,
  }));
  const msrpByGtin = new Map(catalog.map((product) => [product.gtin, product.msrp]));
  const underpriced: TruthUnderpricedListing[] = [];
  for (const listing of recorder.listings) {
    const msrp = msrpByGtin.get(listing.product.gtin);
    if (msrp === undefined) continue;
    const priceEur = listing.amount / EUR_RATE[listing.currency];
    if (priceEur / msrp >= UNDERPRICED_RATIO) continue;
    underpriced.push({
      platform: listing.storefront.platform,
      listingId: listing.listingId,
      locator: listing.locator,
      storefront: listing.storefront,
      ...operationId(world, listing.operation),
      gtin: listing.product.gtin,
      price: listing.amount,
      currency: listing.currency,
      priceEur: round(priceEur, 2),
      msrp,
      ratio: round(priceEur / msrp, 3),
    });
  }
  return {
    catalogFile: BRAND_CATALOG_FILE,
    listingsFile: LISTINGS_WORKBOOK_FILE,
    threshold: UNDERPRICED_RATIO,
    eurRates: EUR_RATE,
    catalog,
    underpriced,
  };
}

export function compileAuthorization(world: World, recorder: Recorder): TruthAuthorization {
  const authorized = new Map<string, { storefront: StorefrontRef; brands: string[] }>();
  for (const { storefront, brand } of recorder.authorizations) {
    const entry = authorized.get(storefrontKey(storefront)) ?? { storefront, brands: [] };
    if (!entry.brands.includes(brand)) entry.brands.push(brand);
    authorized.set(storefrontKey(storefront), entry);
  }
  const offending = new Map<string, RecordedListing[]>();
  for (const listing of recorder.listings) {
    const brands = authorized.get(storefrontKey(listing.storefront))?.brands ?? [];
    if (brands.includes(listing.product.brand)) continue;
    const list = offending.get(storefrontKey(listing.storefront)) ?? [];
    list.push(listing);
    offending.set(storefrontKey(listing.storefront), list);
  }
  const unauthorized: TruthUnauthorizedSeller[] = [...offending.values()].flatMap((listings) => {
    const [first] = listings;
    if (first === undefined) return [];
    return [
      {
        storefront: first.storefront,
        ...operationId(world, first.operation),
        brands: [...new Set(listings.map((l) => l.product.brand))].sort(),
        claimed: [...new Set(listings.map((l) => l.claimedBrand))].sort(),
        listingIds: listings.map((l) => l.listingId),
      },
    ];
  });
  return { file: AUTHORIZED_RESELLERS_FILE, authorized: [...authorized.values()], unauthorized };
}
