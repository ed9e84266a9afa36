import { describe, expect, it } from 'vitest';
import { entityDraft } from '@shared/import/draft';
import { mergeEntity } from '@shared/import/merge';
import type { TableQuery } from '@shared/explore/tableQuery';
import type { EntityId, EvidenceId, ImportId } from '@shared/model';
import { listings, listingsByName, reference, storeWith } from '../testing/tableFixtures';
import { openTableResult } from './entityTable';
import { termsStartingWith } from './sortedReads';

async function allRows(
  db: Awaited<ReturnType<typeof storeWith>>,
  query: TableQuery,
  restrictTo?: ReadonlySet<EntityId>,
  fewMatches?: number,
) {
  const result = await openTableResult(db, query, {
    scanBatch: 7,
    ...(restrictTo ? { restrictTo } : {}),
    ...(fewMatches === undefined ? {} : { fewMatches }),
  });
  const first = await result.rows(0, 10);
  const rest = await result.rows(10, 1_000);
  return {
    strategy: result.status().strategy,
    ids: [...first, ...rest].map((r) => r.id),
    status: result.status(),
    first,
  };
}

const base = listingsByName;

describe('entity tables', () => {
  const all = listings();

  it.each([
    ['name', false],
    ['name', true],
    ['number', false],
    ['number', true],
    ['time', true],
    ['updated', false],
  ] as const)('gives every row in index order by %s (descending %s) without a filter', async (slot, desc) => {
    const db = await storeWith(all);
    const query: TableQuery = { ...base, sort: { slot, desc } };
    const { strategy, ids, status } = await allRows(db, query);
    expect(strategy).toBe('index');
    expect(status.matched).toBe(240);
    expect(ids).toEqual(reference(all, query));
  });

  it('answers a rare platform from its candidates, sorted like the index', async () => {
    const db = await storeWith(all);
    const query: TableQuery = {
      ...base,
      sort: { slot: 'number', desc: true },
      facets: ['listing|platform=mercadolivre.com.br'],
    };
    const { strategy, ids } = await allRows(db, query);
    expect(strategy).toBe('candidates');
    expect(ids).toHaveLength(6);
    expect(ids).toEqual(reference(all, query));
  });

  it('scans in sort order across many batches for a text filter, and finds the same rows', async () => {
    const db = await storeWith(all);
    for (const sort of [
      { slot: 'name', desc: false },
      { slot: 'time', desc: true },
      { slot: 'number', desc: false },
    ] as const) {
      const query: TableQuery = { ...base, sort, text: [{ column: 'platform', text: 'EBAY' }] };
      const { strategy, ids, status, first } = await allRows(db, query);
      expect(strategy).toBe('scan');
      expect(first).toHaveLength(10);
      expect(first[0]?.cells.platform).toBe('ebay.de');
      expect(ids).toEqual(reference(all, query));
      expect(status).toMatchObject({ done: true, matched: ids.length, scanned: 240 });
    }
  });

  it('answers a filter on a searched column from the term index, with the same rows as a scan would', async () => {
    const db = await storeWith(all);
    for (const text of ['AIR', 'nike кросс', 'größe 4']) {
      const query: TableQuery = {
        ...base,
        sort: { slot: 'number', desc: true },
        text: [{ column: 'name', text }],
      };
      const { strategy, ids } = await allRows(db, query);
      expect(strategy, text).toBe('candidates');
      expect(ids.length, text).toBeGreaterThan(0);
      expect(ids, text).toEqual(reference(all, query));
    }
  });

  it('narrows by two facets and a network at once', async () => {
    const db = await storeWith(all);
    const network = new Set(all.filter((_, i) => i % 5 === 0).map((e) => e.id));
    const query: TableQuery = {
      ...base,
      facets: ['listing|platform=ebay.de', 'listing|platform=ozon.ru', 'listing|brand=nike'],
    };
    const { ids } = await allRows(db, query, network);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(reference(all, query, network));
  });

  it('lists every match of a search, from the search index', async () => {
    const db = await storeWith(all);
    const query: TableQuery = { ...base, search: 'nike кросс' };
    const { strategy, ids } = await allRows(db, query);
    expect(strategy).toBe('candidates');
    expect(ids).toHaveLength(48);
    expect(ids).toEqual(reference(all, query));
  });

  it('ends a scan that finds nothing with an empty, finished result', async () => {
    const db = await storeWith(all);
    const { ids, status } = await allRows(db, { ...base, text: [{ column: 'brand', text: 'Gucci' }] });
    expect(ids).toEqual([]);
    expect(status.done).toBe(true);
  });

  it('reads a common word in name order from its own index, only the records holding it, both ways', async () => {
    const db = await storeWith(all);
    const holding = all.filter((e) => e.terms.some((t) => t.startsWith('listing:air'))).length;
    for (const desc of [false, true]) {
      for (const text of ['AIR', 'air nike', 'größe 4', 'кросс']) {
        const query: TableQuery = { ...base, sort: { slot: 'name', desc }, text: [{ column: 'name', text }] };
        const { strategy, ids, status } = await allRows(db, query, undefined, 0);
        expect(strategy, text).toBe('words');
        expect(ids.length, text).toBeGreaterThan(0);
        // ties (the same title on many listings) keep the index's order by id, across batches of 7
        expect(ids, text).toEqual(reference(all, query));
        expect(status.done).toBe(true);
      }
    }
    const { status } = await allRows(db, { ...base, text: [{ column: 'name', text: 'air' }] }, undefined, 0);
    expect(status.scanned).toBe(holding);
    expect(holding).toBeLessThan(all.length);
  });

  it('merges the words a prefix stands for, each record once, and narrows them by facets and a network', async () => {
    const extra = [
      'Velora Velour Sneaker',
      'Velour Jacke Velora',
      'Velora Uhr',
      'Jacke Velour',
      'Uhr Aurelio',
    ].map((title, i) =>
      mergeEntity(
        undefined,
        entityDraft('listing', ['ozon.ru', `V${i}`], { platform: ['ozon.ru'], title: [title] }),
        { importId: 'imp-v' as ImportId, evidenceId: 'e'.repeat(64) as EvidenceId, locator: { row: i + 2 } },
        '2026-11-20T10:00:00.000Z',
      ),
    );
    const everything = [...all, ...extra];
    const db = await storeWith(everything);
    for (const desc of [false, true]) {
      const query: TableQuery = { ...base, sort: { slot: 'name', desc }, search: 'velo' };
      const { strategy, ids } = await allRows(db, query, undefined, 0);
      expect(strategy).toBe('words');
      expect(ids).toHaveLength(4);
      expect(ids).toEqual(reference(everything, query));
    }
    const network = new Set(everything.filter((_, i) => i % 3 === 0).map((e) => e.id));
    const narrowed: TableQuery = {
      ...base,
      facets: ['listing|platform=ebay.de'],
      text: [{ column: 'name', text: 'nike' }],
    };
    const { strategy, ids } = await allRows(db, narrowed, network, 0);
    expect(strategy).toBe('words');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(reference(everything, narrowed, network));
  });

  it('ends at once when no stored word starts with the filter', async () => {
    const db = await storeWith(all);
    const query: TableQuery = { ...base, text: [{ column: 'name', text: 'zzyzx' }] };
    const { ids, status } = await allRows(db, query, undefined, 0);
    expect(ids).toEqual([]);
    expect(status).toMatchObject({ done: true, matched: 0, scanned: 0 });
  });

  it('does not merge a prefix that stands for too many words', async () => {
    const db = await storeWith(all);
    // every listing id starts with 10: 240 words under one prefix
    const query: TableQuery = { ...base, text: [{ column: 'name', text: '10' }] };
    expect(await termsStartingWith(db, 'listing:10')).toBeUndefined();
    expect(await termsStartingWith(db, 'listing:ni')).toEqual(['listing:nike']);
    const { strategy, ids } = await allRows(db, query, undefined, 0);
    expect(strategy).not.toBe('words');
    expect(ids).toEqual(reference(all, query));
  });

  it('gives the rows found so far when asked to, a true start of the answer, and the whole page later', async () => {
    const db = await storeWith(all);
    const query: TableQuery = { ...base, text: [{ column: 'platform', text: 'ozon' }] };
    const result = await openTableResult(db, query, { scanBatch: 7 });
    const partial = await result.rows(0, 50, { partialAfterMs: 0 });
    const expected = reference(all, query);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(50);
    expect(partial.map((r) => r.id)).toEqual(expected.slice(0, partial.length));
    const whole = await result.rows(0, 50);
    expect(whole.map((r) => r.id)).toEqual(expected.slice(0, 50));
  });

  it('scans for a page rather than read thousands of candidates when they are a large part of the kind', async () => {
    const db = await storeWith(all);
    // half the listings are Nike: reading all 120 to sort them costs more than a scan's 50 × 240 / 120 records
    const query: TableQuery = { ...base, facets: ['listing|brand=nike'] };
    expect((await allRows(db, query, undefined, 0)).strategy).toBe('candidates');
    await db.storedCounts.put({ key: 'kind:listing', version: 0, value: 240 });
    const { strategy, ids } = await allRows(db, query, undefined, 0);
    expect(strategy).toBe('scan');
    expect(ids).toEqual(reference(all, query));
    // a rare one is still read whole
    const rare: TableQuery = { ...base, facets: ['listing|platform=mercadolivre.com.br'] };
    expect((await allRows(db, rare, undefined, 0)).strategy).toBe('candidates');
  });

  it('finds a word of a column stored whole (a URL), which is no search term of the record', async () => {
    const withUrls = all.map((listing, i) =>
      i % 4 === 0
        ? mergeEntity(
            listing,
            entityDraft('listing', ['ebay.de', String(100_000 + i)], {
              url: [`https://www.ebay.de/itm/${String(100_000 + i)}`],
            }),
            {
              importId: 'imp-a' as ImportId,
              evidenceId: 'e'.repeat(64) as EvidenceId,
              locator: { row: i + 2 },
            },
            '2026-11-20T10:00:00.000Z',
          )
        : listing,
    );
    const db = await storeWith(withUrls);
    const query: TableQuery = { ...base, text: [{ column: 'url', text: 'itm' }] };
    const { ids } = await allRows(db, query, undefined, 0);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(reference(withUrls, query));
  });
});
