/** The generator's options, checked once at the edge so the rest can trust them. */
import { MIN_SELLERS } from './operations';

export type DemoOptions = Readonly<{
  /** Total number of storefronts (operations' and honest sellers'): 40 for tests, 10,000+ for benchmarks. */
  sellers: number;
  /** Same seed and options, byte-identical files. */
  seed?: number;
  /** Listings per storefront in the scraped workbook (default 5). */
  listingsPerSeller?: number;
}>;

export type ResolvedOptions = Readonly<{ seed: number; sellers: number; listingsPerSeller: number }>;

export const DEFAULT_SEED = 1;
export const DEFAULT_LISTINGS_PER_SELLER = 5;
/** Beyond this the workbook alone would not fit in a browser tab. */
export const MAX_SELLERS = 200_000;
export const MAX_LISTINGS_PER_SELLER = 100;

export function resolveOptions(options: DemoOptions): ResolvedOptions {
  const seed = options.seed ?? DEFAULT_SEED;
  const listingsPerSeller = options.listingsPerSeller ?? DEFAULT_LISTINGS_PER_SELLER;
  if (
    !Number.isSafeInteger(options.sellers) ||
    options.sellers < MIN_SELLERS ||
    options.sellers > MAX_SELLERS
  ) {
    throw new RangeError(`sellers must be a whole number from ${MIN_SELLERS} to ${MAX_SELLERS}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be a whole number');
  if (
    !Number.isSafeInteger(listingsPerSeller) ||
    listingsPerSeller < 0 ||
    listingsPerSeller > MAX_LISTINGS_PER_SELLER
  ) {
    throw new RangeError(`listingsPerSeller must be a whole number from 0 to ${MAX_LISTINGS_PER_SELLER}`);
  }
  return { seed, sellers: options.sellers, listingsPerSeller };
}
