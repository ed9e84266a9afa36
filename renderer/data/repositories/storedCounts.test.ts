import { describe, expect, it } from 'vitest';
import { freshDb } from '../testing/freshDb';
import { appendAudit } from './audit';
import { storedCount } from './storedCounts';

/** Lets the deferred write of a kept count land. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

const change = (db: ReturnType<typeof freshDb>) =>
  db.transaction('rw', [db.audit, db.settings], () =>
    appendAudit(db, {
      action: 'entity.tags',
      target: 'seller-1',
      details: { before: [], after: ['Fälschung'] },
    }),
  );

describe('stored counts', () => {
  it('counts once per store version, and again after a change', async () => {
    const db = freshDb();
    let taken = 0;
    const take = () => Promise.resolve(++taken * 1_000_000);
    expect(await storedCount(db, 'kind:listing', take)).toBe(1_000_000);
    await settle();
    expect(await storedCount(db, 'kind:listing', take)).toBe(1_000_000);
    expect(taken).toBe(1);
    await change(db);
    expect(await storedCount(db, 'kind:listing', take)).toBe(2_000_000);
    expect(taken).toBe(2);
  });

  it('does not keep a count taken while the data changed under it', async () => {
    const db = freshDb();
    const straddling = async () => {
      await change(db);
      return 42;
    };
    expect(await storedCount(db, 'facets:seller', straddling)).toBe(42);
    await settle();
    expect(await db.storedCounts.get('facets:seller')).toBeUndefined();
    await storedCount(db, 'facets:seller', () => Promise.resolve(43));
    await settle();
    expect(await db.storedCounts.get('facets:seller')).toMatchObject({ value: 43, version: 1 });
  });
});
