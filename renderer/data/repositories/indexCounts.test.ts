import { describe, expect, it } from 'vitest';
import { entityDraft } from '@shared/import/draft';
import { mergeEntity } from '@shared/import/merge';
import type { Entity, EvidenceId, ImportId } from '@shared/model';
import { freshDb } from '../testing/freshDb';
import { countInSteps, distinctKeys } from './indexCounts';
import { foregroundRead } from './readPriority';

const source = {
  importId: 'imp-1' as ImportId,
  evidenceId: 'e'.repeat(64) as EvidenceId,
  locator: { row: 2 },
};

function sellers(n: number, platform: string): Entity[] {
  return Array.from({ length: n }, (_, i) =>
    mergeEntity(
      undefined,
      entityDraft('seller', [platform, `S${i}`], { platform: [platform], storefrontName: [`Shop ${i} Ё 🛍`] }),
      source,
      '2026-11-20T10:00:00.000Z',
    ),
  );
}

describe('counting in steps', () => {
  it.each([0, 1, 6, 7, 8, 13, 14, 15, 50])(
    'counts %i records of a kind exactly, in steps of 7, among others',
    async (n) => {
      const db = freshDb();
      await db.entities.bulkPut([...sellers(n, 'ebay.de'), ...sellers(9, 'ozon.ru')]);
      expect(await countInSteps(db, 'entities', 'kind', IDBKeyRange.only('seller'), 7)).toBe(n + 9);
      expect(
        await countInSteps(db, 'entities', 'facets', IDBKeyRange.only('seller|platform=ebay.de'), 7),
      ).toBe(n);
      expect(await countInSteps(db, 'entities', undefined, null, 7)).toBe(n + 9);
      expect(await countInSteps(db, 'entities', undefined, null, 1)).toBe(n + 9);
    },
  );

  it('lists each facet value of a kind once, and none of another kind', async () => {
    const db = freshDb();
    await db.entities.bulkPut([
      ...sellers(30, 'ebay.de'),
      ...sellers(2, 'ozon.ru'),
      ...sellers(1, 'wildberries.ru'),
    ]);
    const keys = await distinctKeys(db, 'entities', 'facets', 'seller|', 'seller|\uffff');
    expect(keys.filter((k) => k.startsWith('seller|platform='))).toEqual([
      'seller|platform=ebay.de',
      'seller|platform=ozon.ru',
      'seller|platform=wildberries.ru',
    ]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(await distinctKeys(db, 'entities', 'facets', 'listing|', 'listing|\uffff')).toEqual([]);
  });

  it('holds a count back while a read someone waits for is in flight, and finishes it after', async () => {
    const db = freshDb();
    await db.entities.bulkPut(sellers(40, 'ebay.de'));
    let release = (): void => undefined;
    const read = foregroundRead(() => new Promise<string>((resolve) => (release = () => resolve('page'))));
    let counted: number | undefined;
    const count = countInSteps(db, 'entities', 'kind', IDBKeyRange.only('seller'), 7).then(
      (n) => (counted = n),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(counted).toBeUndefined();
    release();
    expect(await read).toBe('page');
    await count;
    expect(counted).toBe(40);
  });
});
