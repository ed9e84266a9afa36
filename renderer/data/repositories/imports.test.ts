import { beforeEach, describe, expect, it } from 'vitest';
import { entityDraft } from '@shared/import/draft';
import type { MappedRecord } from '@shared/import/types';
import { entityId, linkId, type EvidenceId, type ImportRecord } from '@shared/model';
import type { CasegraphDb } from '../db';
import { freshDb } from '../testing/freshDb';
import { verifyAuditLog } from './audit';
import {
  completedImportOf,
  finishImport,
  rejectsOf,
  resumeImport,
  startImport,
  undoImport,
  writeImportChunk,
} from './imports';

let db: CasegraphDb;
beforeEach(() => {
  db = freshDb();
});

const sellerExport = 'a'.repeat(64) as EvidenceId;
const listingScrape = 'b'.repeat(64) as EvidenceId;

const phone = entityDraft('phone', ['+4961552302'], { value: ['+4961552302'] });
const hubEmail = entityDraft('email', ['seller-support@marketplace.example'], {
  value: ['seller-support@marketplace.example'],
});

function sellerRow(
  row: number,
  sellerId: string,
  name: string,
  extra: Partial<MappedRecord> = {},
): MappedRecord {
  const seller = entityDraft('seller', ['amazon.de', sellerId], {
    sellerId: [sellerId],
    storefrontName: [name],
    platform: ['amazon.de'],
  });
  return {
    locator: { row },
    entities: [seller, phone, hubEmail],
    links: [
      { kind: 'uses', from: seller.id, to: phone.id, role: 'Telefon' },
      { kind: 'uses', from: seller.id, to: hubEmail.id, role: 'E-Mail' },
    ],
    rejects: [],
    ...extra,
  };
}

async function runImport(
  evidenceId: EvidenceId,
  fileName: string,
  records: MappedRecord[],
): Promise<ImportRecord> {
  const started = await startImport(db, { evidenceId, fileName, format: 'csv', plan: {} });
  await writeImportChunk(db, started, records.slice(0, 1), [], 2);
  await writeImportChunk(db, started, records.slice(1), [], records.length + 1);
  return finishImport(db, started.id, { status: 'done' });
}

describe('writing an import', () => {
  it('merges a seller repeated by a second file into one entity that keeps both sources', async () => {
    const first = await runImport(sellerExport, 'verkäufer.csv', [
      sellerRow(2, 'A1X', 'Sneaker Paradies 👟'),
      sellerRow(3, 'B2Y', 'Schuh-Outlet'),
    ]);
    const second = await runImport(listingScrape, 'listings.xlsx', [sellerRow(7, 'A1X', 'Sneaker Paradies')]);

    const seller = await db.entities.get(entityId('seller', 'amazon.de', 'A1X'));
    expect(seller?.importIds).toEqual([first.id, second.id]);
    expect(seller?.sources.map((s) => [s.evidenceId, s.locator.row])).toEqual([
      [sellerExport, 2],
      [listingScrape, 7],
    ]);
    const names = (seller?.properties as Record<string, { value: unknown }[]>).storefrontName?.map(
      (v) => v.value,
    );
    expect(names).toEqual(['Sneaker Paradies 👟', 'Sneaker Paradies']);
    expect(await db.entities.get(phone.id)).toMatchObject({ kind: 'phone', key: '+4961552302' });
    expect(
      await db.links.get(linkId('uses', entityId('seller', 'amazon.de', 'B2Y'), phone.id)),
    ).toBeDefined();
    expect(first.counts).toEqual({ seller: 2, phone: 1, email: 1, 'link:uses': 4 });
  });

  it('writes again only the records a chunk changed: the hub e-mail on its 200th row is left alone', async () => {
    const started = await startImport(db, {
      evidenceId: sellerExport,
      fileName: 'hub.csv',
      format: 'csv',
      plan: {},
    });
    const rows = (from: number) =>
      Array.from({ length: 100 }, (_, i) => sellerRow(from + i, `S${from + i}`, `Shop №${from + i} 🛍️`));
    await writeImportChunk(db, started, rows(2), [], 101);
    const written: string[] = [];
    const record = (id: unknown): void => void written.push(String(id));
    db.entities.hook('updating', (_changes, id) => record(id));
    db.links.hook('updating', (_changes, id) => record(id));
    await writeImportChunk(db, started, rows(102), [], 201);
    // the phone and the support address already carry this import's 50 places: nothing to add, nothing written
    expect(written).not.toContain(phone.id);
    expect(written).not.toContain(hubEmail.id);
    expect(await db.entities.where('kind').equals('seller').count()).toBe(200);
    const stored = await db.entities.get(hubEmail.id);
    expect(stored?.sources.map((s) => s.locator.row).at(-1)).toBe(51);
  });

  it('keeps rejects with file, row, field and reason, and counts the rows', async () => {
    const started = await startImport(db, {
      evidenceId: sellerExport,
      fileName: 'verkäufer.csv',
      format: 'csv',
      plan: {},
    });
    await writeImportChunk(
      db,
      started,
      [
        sellerRow(2, 'A1X', 'Shop', {
          rejects: [{ field: 'E-Mail', value: 'kein-at-zeichen', reason: 'not an e-mail address: no @' }],
        }),
      ],
      [{ locator: { row: 3 }, field: '(line)', value: '{"broken', reason: 'not valid JSON' }],
      3,
    );
    const record = await finishImport(db, started.id, { status: 'done' });
    expect(record).toMatchObject({ rowsRead: 3, rowsRejected: 2, rejectCount: 2, recordsCommitted: 2 });
    expect(await rejectsOf(db, started.id)).toMatchObject([
      { file: 'verkäufer.csv', location: 'row 2', row: 2, field: 'E-Mail', value: 'kein-at-zeichen' },
      { file: 'verkäufer.csv', location: 'row 3', row: 3, field: '(line)', reason: 'not valid JSON' },
    ]);
  });

  it('finds a finished import of the same bytes, so importing them again can be offered as a no-op', async () => {
    expect(await completedImportOf(db, sellerExport)).toBeUndefined();
    const first = await runImport(sellerExport, 'verkäufer.csv', [
      sellerRow(2, 'A1X', 'Shop'),
      sellerRow(3, 'B2Y', 'Shop 2'),
    ]);
    expect((await completedImportOf(db, sellerExport))?.id).toBe(first.id);
  });
});

describe('undoing an import', () => {
  it('removes what only that import brought and keeps what another import also saw', async () => {
    const first = await runImport(sellerExport, 'verkäufer.csv', [
      sellerRow(2, 'A1X', 'Sneaker Paradies'),
      sellerRow(3, 'B2Y', 'Schuh-Outlet'),
    ]);
    const second = await runImport(listingScrape, 'listings.xlsx', [
      sellerRow(7, 'A1X', 'Sneaker Paradies (DE)'),
    ]);

    await undoImport(db, second.id);
    const seller = await db.entities.get(entityId('seller', 'amazon.de', 'A1X'));
    expect(seller?.importIds).toEqual([first.id]);
    expect(seller?.sources.map((s) => s.evidenceId)).toEqual([sellerExport]);
    const names = (seller?.properties as Record<string, { value: unknown }[]>).storefrontName?.map(
      (v) => v.value,
    );
    expect(names).toEqual(['Sneaker Paradies']);
    expect(await db.entities.count()).toBe(4);

    await undoImport(db, first.id);
    expect(await db.entities.count()).toBe(0);
    expect(await db.links.count()).toBe(0);
    expect((await db.imports.get(first.id))?.status).toBe('undone');
    const actions = (await db.audit.toArray()).map((e) => e.action);
    expect(actions.filter((a) => a === 'import.undo')).toHaveLength(2);
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });

  it('refuses to undo a running import, and resumes only a cancelled one', async () => {
    const started = await startImport(db, {
      evidenceId: sellerExport,
      fileName: 'x.csv',
      format: 'csv',
      plan: {},
    });
    await expect(undoImport(db, started.id)).rejects.toThrow(/Cancel/);
    await writeImportChunk(db, started, [sellerRow(2, 'A1X', 'Shop')], [], 2);
    await finishImport(db, started.id, { status: 'cancelled' });
    const resumed = await resumeImport(db, started.id);
    expect(resumed).toMatchObject({ status: 'running', recordsCommitted: 1 });
  });
});
