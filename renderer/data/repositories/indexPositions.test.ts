import { describe, expect, it } from 'vitest';
import type { TableQuery } from '@shared/explore/tableQuery';
import { listings, listingsByName, reference, storeWith } from '../testing/tableFixtures';
import { appendAudit } from './audit';
import { openTableResult } from './entityTable';

/** Lets the deferred write of kept marks land. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

const base = listingsByName;

describe('jumping far down a sort index', () => {
  const all = listings();

  it.each([
    ['name', false],
    ['name', true],
    ['number', false],
    ['number', true],
    ['time', false],
    ['time', true],
  ] as const)(
    'gives the same rows at any place as reading from the top, by %s (descending %s)',
    async (slot, desc) => {
      const db = await storeWith(all);
      const query: TableQuery = { ...base, sort: { slot, desc } };
      const expected = reference(all, query);
      // marks every 7 entries, pages of 5: windows start on marks, between them, and run over the end
      const result = await openTableResult(db, query, { markEvery: 7 });
      for (const offset of [233, 0, 6, 7, 8, 50, 119, 238, 240, 245, 13]) {
        const ids = (await result.rows(offset, 5)).map((r) => r.id);
        expect(ids, `rows from ${offset}`).toEqual(expected.slice(offset, offset + 5));
      }
    },
  );

  it('keeps the marks for the store as it is, and walks again once the data changed', async () => {
    const db = await storeWith(all);
    const expected = reference(all, base);
    const first = await openTableResult(db, base, { markEvery: 10 });
    expect((await first.rows(200, 3)).map((r) => r.id)).toEqual(expected.slice(200, 203));
    await settle();
    const kept = await db.storedCounts.get('positions:listing:name:asc');
    // walked ten marks per transaction: on past 200 to the end (mark 23 is entry 230)
    expect(kept?.value).toMatchObject({ every: 10, ended: true });
    expect((kept?.value as { marks: unknown[] }).marks).toHaveLength(24);

    // A later table starts from the kept marks without walking: moved to a wrong place, it reads from there.
    const marks = [...(kept?.value as { marks: unknown[] }).marks];
    marks[20] = marks[5];
    await db.storedCounts.put({ ...kept!, value: { every: 10, marks, ended: true } });
    const reused = await openTableResult(db, base, { markEvery: 10 });
    expect((await reused.rows(200, 3)).map((r) => r.id)).toEqual(expected.slice(50, 53));

    await db.transaction('rw', [db.audit, db.settings], () =>
      appendAudit(db, {
        action: 'entity.tags',
        target: expected[0] ?? '',
        details: { before: [], after: ['x'] },
      }),
    );
    const after = await openTableResult(db, base, { markEvery: 10 });
    expect((await after.rows(200, 3)).map((r) => r.id)).toEqual(expected.slice(200, 203));
  });

  it('stops walking when the table is closed', async () => {
    const db = await storeWith(all);
    const result = await openTableResult(db, base, { markEvery: 3 });
    const far = result.rows(230, 5);
    result.dispose();
    expect(await far).toEqual([]);
  });
});
