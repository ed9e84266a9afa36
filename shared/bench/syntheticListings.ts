/**
 * A million listings for the explore benchmark: what a brand's scraper brings back from a dozen marketplaces.
 * Titles repeat words across brands and models (so searches and filters have realistic hit counts), prices and
 * first-seen dates spread out, some listings miss a price or a date. Entities are built with the import's own
 * merge, so every index field (sort keys, facets, search terms) is what an import would have written.
 */
import type { EvidenceId, ImportId, Listing } from '../model';
import { entityDraft } from '../import/draft';
import { mergeEntity } from '../import/merge';
import { createRandom } from '../demo/random';

const PLATFORMS = [
  'amazon.de',
  'ebay.de',
  'ebay.co.uk',
  'allegro.pl',
  'mercadolivre.com.br',
  'ozon.ru',
  'wildberries.ru',
  'aliexpress.com',
  'temu.com',
  'etsy.com',
  'kaufland.de',
  'cdiscount.com',
] as const;
const BRANDS = [
  'Velora',
  'Aurelio',
  'Solenne',
  'Nordvik',
  'Kestrel',
  'Marlowe',
  'Ostrava',
  'Lumiere',
  'Tessaro',
  'Brightwater',
] as const;
const PRODUCTS = [
  'Sneaker',
  'Handtasche',
  'Sonnenbrille',
  'Damenuhr',
  'Herrenuhr',
  'Kopfhörer',
  'Parfum',
  'Geldbörse',
  'Gürtel',
  'Jacke',
  'Кроссовки',
  'Relógio',
] as const;
const WORDS = [
  'Classic',
  'Original',
  'Limited',
  'Edition',
  'Premium',
  'NEU',
  'OVP',
  'Sale',
  'Pro',
  'Sport',
  'Gold',
  'Schwarz',
  'Weiß',
  'Leder',
  'Vintage',
  'Replica',
  '1:1',
  '2026',
  'Outlet',
  'Geschenk',
] as const;

export const LISTING_IMPORT = 'import-bench-listings' as ImportId;
const EVIDENCE = 'b'.repeat(64) as EvidenceId;
const NOW = '2026-11-20T10:00:00.000Z';

export type ListingBatch = readonly Listing[];

/** Listings in batches, deterministic for a seed: listing `n` is the same whatever the batch size. */
export function* syntheticListings(total: number, batchSize = 10_000, seed = 2026): Generator<ListingBatch> {
  for (let start = 0; start < total; start += batchSize) {
    const batch: Listing[] = [];
    for (let n = start; n < Math.min(total, start + batchSize); n++) {
      const random = createRandom(seed, 'listing', n);
      const platform = random.pick(PLATFORMS);
      const brand = random.pick(BRANDS);
      const listingId = `${platform.slice(0, 2).toUpperCase()}${String(100_000_000 + n)}`;
      const title = [
        brand,
        random.pick(PRODUCTS),
        random.pick(WORDS),
        random.pick(WORDS),
        String(36 + random.int(0, 10)),
      ].join(' ');
      const properties: Record<string, (string | number)[]> = {
        platform: [platform],
        listingId: [listingId],
        title: [title],
        brand: [brand],
        url: [`https://${platform}/item/${listingId}`],
      };
      if (random.chance(0.9)) properties.price = [Math.round(random.skewed(5, 900) * 100) / 100];
      if (random.chance(0.8))
        properties.firstSeen = [
          `202${random.int(3, 6)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        ];
      const source = { importId: LISTING_IMPORT, evidenceId: EVIDENCE, locator: { row: n + 2 } };
      batch.push(
        mergeEntity(
          undefined,
          entityDraft('listing', [platform, listingId], properties),
          source,
          NOW,
        ) as Listing,
      );
    }
    yield batch;
  }
}
