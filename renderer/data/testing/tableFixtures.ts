/** A small listings table for the entity table's tests: ties, gaps, a rare platform, two imports, a seller. */
import { entityDraft } from '@shared/import/draft';
import { mergeEntity } from '@shared/import/merge';
import { compareForSort, recordFilter, type TableQuery } from '@shared/explore/tableQuery';
import type { Entity, EntityId, EvidenceId, ImportId } from '@shared/model';
import { freshDb } from './freshDb';

const PLATFORMS = ['ebay.de', 'amazon.de', 'ozon.ru', 'mercadolivre.com.br'];
const TITLES = [
  'Nike Air Max 90',
  'Кроссовки Nike Air',
  'Ótica Ray-Ban Aviator',
  'Rolex Submariner Replica',
  'Sneaker „Air Zoom“ Größe 42',
];

/** 240 listings: four platforms (one rare), repeated titles (ties), prices with gaps, dates on some. */
export function listings(): Entity[] {
  return Array.from({ length: 240 }, (_, i) => {
    const platform = i % 40 === 0 ? 'mercadolivre.com.br' : (PLATFORMS[i % 3] ?? 'ebay.de');
    const properties: Record<string, (string | number)[]> = {
      platform: [platform],
      listingId: [String(100_000 + i)],
      title: [TITLES[i % TITLES.length] ?? ''],
      brand: [i % 2 === 0 ? 'Nike' : 'Ray-Ban'],
    };
    if (i % 4 !== 0) properties.price = [((i * 37) % 200) + 0.9];
    if (i % 3 === 0) properties.firstSeen = [`2026-0${1 + (i % 9)}-1${i % 10}`];
    const source = {
      importId: (i < 120 ? 'imp-a' : 'imp-b') as ImportId,
      evidenceId: 'e'.repeat(64) as EvidenceId,
      locator: { row: i + 2 },
    };
    return mergeEntity(
      undefined,
      entityDraft('listing', [platform, String(100_000 + i)], properties),
      source,
      '2026-11-20T10:00:00.000Z',
    );
  });
}

export async function storeWith(entities: readonly Entity[]) {
  const db = freshDb();
  await db.entities.bulkPut([...entities]);
  // a seller on ebay.de: the same facet value of another kind must not leak into the listings table
  await db.entities.put(
    mergeEntity(
      undefined,
      entityDraft('seller', ['ebay.de', 'S1'], {
        platform: ['ebay.de'],
        storefrontName: ['Nike Air Outlet'],
      }),
      { importId: 'imp-a' as ImportId, evidenceId: 'e'.repeat(64) as EvidenceId, locator: { row: 2 } },
      '2026-11-20T10:00:00.000Z',
    ),
  );
  return db;
}

/** The listings table in name order, with nothing narrowed. */
export const listingsByName: TableQuery = {
  kind: 'listing',
  sort: { slot: 'name', desc: false },
  facets: [],
  text: [],
};

/** The ids a query must give, in order: the filter and sort applied to every record in memory. */
export function reference(
  all: readonly Entity[],
  query: TableQuery,
  restrict?: ReadonlySet<EntityId>,
): EntityId[] {
  return all
    .filter(recordFilter(query))
    .filter((e) => !restrict || restrict.has(e.id))
    .sort(compareForSort(query.sort))
    .map((e) => e.id);
}
