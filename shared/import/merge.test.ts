import { describe, expect, it } from 'vitest';
import { entityId, type Entity, type EvidenceId, type ImportId, type Seller, type SourceRef } from '../model';
import {
  foldEntity,
  MAX_SOURCES_PER_IMPORT,
  MAX_VALUE_SOURCES_PER_IMPORT,
  mergeEntity,
  mergeLink,
  withoutImport,
} from './merge';
import type { EntityDraft } from './types';

const seller: EntityDraft = {
  id: entityId('seller', 'amazon.de', 'A2XK9QDL0'),
  kind: 'seller',
  key: 'amazon.de\u001fA2XK9QDL0',
  properties: { storefrontName: ['Schuh-Paradies Outlet'], country: ['CN'] },
};

const at = (importId: string, row: number): SourceRef => ({
  importId: importId as ImportId,
  evidenceId: 'a'.repeat(64) as EvidenceId,
  locator: { row },
});

function seenOnRows(importId: string, rows: number, start?: Entity): Seller {
  let entity = start;
  for (let row = 2; row < rows + 2; row += 1) {
    entity = mergeEntity(entity, seller, at(importId, row), '2026-11-29T09:00:00Z');
  }
  if (entity?.kind !== 'seller') throw new Error('nothing merged');
  return entity;
}

describe('a row that adds nothing', () => {
  const now = '2026-11-29T09:30:00Z';

  it('leaves a capped seller as the very record that was read, so it is not written again', () => {
    const capped = seenOnRows('import-1', MAX_SOURCES_PER_IMPORT + 3);
    expect(foldEntity(capped, seller, at('import-1', 9_999), now)).toBe(capped);
    // the same row twice adds nothing either
    const once = seenOnRows('import-1', 2);
    expect(foldEntity(once, seller, at('import-1', 3), now)).toBe(once);
  });

  it('still changes the record for a new value, a new import or a row under the cap', () => {
    const capped = seenOnRows('import-1', MAX_SOURCES_PER_IMPORT + 3);
    const renamed = { ...seller, properties: { storefrontName: ['Schuh‑Paradies 👟 Москва'] } };
    expect(foldEntity(capped, renamed, at('import-1', 9_999), now)).not.toBe(capped);
    expect(foldEntity(capped, seller, at('import-2', 2), now)).not.toBe(capped);
    const few = seenOnRows('import-1', 3);
    const more = foldEntity(few, seller, at('import-1', 40), now);
    expect(more).not.toBe(few);
    expect(more.updatedAt).toBe(now);
  });

  it('leaves a link seen again on a capped import as it was', () => {
    const draft = { kind: 'uses' as const, from: seller.id, to: entityId('phone', '+4961552302') };
    let link = mergeLink(undefined, draft, at('import-1', 2), now);
    for (let row = 3; row < MAX_SOURCES_PER_IMPORT + 5; row += 1)
      link = mergeLink(link, draft, at('import-1', row), now);
    expect(mergeLink(link, draft, at('import-1', 500), now)).toBe(link);
    expect(mergeLink(link, draft, at('import-7', 2), now)).not.toBe(link);
  });
});

describe('mergeEntity', () => {
  it('keeps where a repeated seller was seen, capped per import, the entity more than each value', () => {
    const entity = seenOnRows('import-1', 80);
    expect(entity.sources).toHaveLength(MAX_SOURCES_PER_IMPORT);
    expect(entity.sources[0]?.locator.row).toBe(2);
    const [name] = entity.properties.storefrontName ?? [];
    expect(name?.value).toBe('Schuh-Paradies Outlet');
    expect(name?.sources.map((s) => s.locator.row)).toEqual(
      [2, 3, 4, 5, 6].slice(0, MAX_VALUE_SOURCES_PER_IMPORT),
    );
  });

  it('gives a second import its own places, so undoing either keeps the value the other saw', () => {
    const both = seenOnRows('import-2', 3, seenOnRows('import-1', 10));
    const name = both.properties.storefrontName?.[0];
    expect(name?.sources.filter((s) => s.importId === 'import-2')).toHaveLength(3);
    const afterUndo = withoutImport<Seller>(both, 'import-1' as ImportId, '2026-11-29T10:00:00Z');
    expect(afterUndo?.properties.storefrontName?.[0]?.sources.map((s) => s.importId)).toEqual([
      'import-2',
      'import-2',
      'import-2',
    ]);
    expect(afterUndo?.importIds).toEqual(['import-2']);
  });
});
