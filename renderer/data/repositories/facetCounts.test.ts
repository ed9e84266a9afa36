import { describe, expect, it } from 'vitest';
import { entityDraft } from '@shared/import/draft';
import { mergeEntity } from '@shared/import/merge';
import type { EvidenceId, ImportId, ImportRecord } from '@shared/model';
import { freshDb } from '../testing/freshDb';
import { analysisRestriction, facetCounts } from './facetCounts';

const evidenceId = 'e'.repeat(64) as EvidenceId;
const importRecord = (id: string, fileName: string): ImportRecord => ({
  id: id as ImportId,
  evidenceId,
  fileName,
  format: 'csv',
  status: 'done',
  startedAt: '2026-11-20T09:00:00.000Z',
  plan: {},
  recordsCommitted: 0,
  rowsRead: 0,
  rowsRejected: 0,
  rejectCount: 0,
  counts: {},
});

describe('facet counts', () => {
  it('counts each facet value of one kind, most frequent first, with imports named by their file', async () => {
    const db = freshDb();
    await db.imports.bulkPut([
      importRecord('imp-a', 'seller-export_amazon.csv'),
      importRecord('imp-b', 'Verkäufer ozon.xlsx'),
    ]);
    const seller = (platform: string, id: string, country: string, importId: string) =>
      mergeEntity(
        undefined,
        entityDraft('seller', [platform, id], { platform: [platform], sellerId: [id], country: [country] }),
        { importId: importId as ImportId, evidenceId, locator: { row: 2 } },
        '2026-11-20T10:00:00.000Z',
      );
    await db.entities.bulkPut([
      seller('amazon.de', 'A1', 'de', 'imp-a'),
      seller('amazon.de', 'A2', 'CN', 'imp-a'),
      seller('amazon.de', 'A3', ' cn ', 'imp-a'),
      seller('ozon.ru', '77123', 'RU', 'imp-b'),
    ]);
    // a listing on amazon.de must not count towards the sellers' platform facet
    await db.entities.put(
      mergeEntity(
        undefined,
        entityDraft('listing', ['amazon.de', 'B0'], { platform: ['amazon.de'], title: ['Velora Sneaker'] }),
        { importId: 'imp-a' as ImportId, evidenceId, locator: { row: 3 } },
        '2026-11-20T10:00:00.000Z',
      ),
    );
    const groups = await facetCounts(db, 'seller');
    expect(groups.map((g) => g.label)).toEqual(['Platform', 'Country', 'Import']);
    expect(groups[0]?.options.map((o) => [o.label, o.count])).toEqual([
      ['amazon.de', 3],
      ['ozon.ru', 1],
    ]);
    expect(groups[1]?.options.map((o) => [o.label, o.count])).toEqual([
      ['CN', 2],
      ['DE', 1],
      ['RU', 1],
    ]);
    expect(groups[2]?.options.map((o) => o.label)).toEqual([
      'seller-export_amazon.csv (2026-11-20)',
      'Verkäufer ozon.xlsx (2026-11-20)',
    ]);
    expect(await analysisRestriction(db, 'network-1', undefined)).toEqual(new Set());
    expect(await analysisRestriction(db, undefined, undefined)).toBeUndefined();
  });
});
