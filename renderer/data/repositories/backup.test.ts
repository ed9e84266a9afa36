import { beforeEach, describe, expect, it } from 'vitest';
import { BackupError } from '@shared/case/backupFormat';
import { sha256Hex } from '@shared/hash';
import { entityId, type EvidenceId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { SCHEMA_VERSIONS } from '../schema';
import { freshDb } from '../testing/freshDb';
import { verifyAuditLog } from './audit';
import { createBackup, restoreBackup } from './backup';
import { addEvidenceToCase } from './caseItems';
import { addCaseNote } from './caseNotes';
import { addEntitiesToCase, createCase } from './cases';
import { storeEvidence } from './evidence';
import { setExaminerName } from './settings';

const png = new Uint8Array(20_000).map((_, i) => (i * 31 + 7) % 256);
const pngId = sha256Hex(png) as EvidenceId;
const html = new TextEncoder().encode('<html><body>Shop „Günstig“ 🛍️</body></html>');
const htmlId = sha256Hex(html) as EvidenceId;

async function seed(db: CasegraphDb): Promise<void> {
  await setExaminerName(db, 'M. Keller');
  await storeEvidence(db, {
    sha256: pngId,
    name: 'shop.png',
    mediaType: 'image/png',
    data: new Blob([png], { type: 'image/png' }),
  });
  await storeEvidence(db, {
    sha256: htmlId,
    name: 'shop.html',
    mediaType: 'text/html',
    data: new Blob([html]),
  });
  const seller = entityId('seller', 'amazon.de', 'A1');
  await db.entities.put({
    id: seller,
    kind: 'seller',
    key: 'amazon.de|A1',
    properties: { storefrontName: [{ value: 'Günstig', sources: [] }] },
    sources: [],
    importIds: [],
    sortName: 'günstig',
    sortTime: '',
    sortNumber: Number.NaN,
    facets: [],
    terms: [],
    termsByName: [],
    tags: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  });
  const created = await createCase(db, { title: 'Op. Sneaker', reference: 'CG-1' });
  await addEntitiesToCase(db, created.id, [seller]);
  await addEvidenceToCase(db, created.id, [pngId]);
  await addCaseNote(db, created.id, '**Same IBAN** on both shops');
  await db.rejects.add({
    importId: 'imp' as never,
    file: 'a.csv',
    location: 'row 2',
    field: 'price',
    value: 'x',
    reason: 'not a number',
  });
}

/** Every table's rows, with blobs as their bytes, for comparing two stores. */
async function snapshot(db: CasegraphDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] =
      table.name === 'blobs'
        ? await Promise.all(
            (rows as { sha256: string; data: Blob }[]).map(async (r) => ({
              sha256: r.sha256,
              type: r.data.type,
              bytes: sha256Hex(new Uint8Array(await r.data.arrayBuffer())),
            })),
          )
        : rows;
  }
  return out;
}

let db: CasegraphDb;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
});

describe('backup and restore', () => {
  it('brings back every table and every evidence byte into an empty store', async () => {
    const phases = new Set<string>();
    const { blob, manifest, mismatched } = await createBackup(db, {
      app: 'Casegraph test',
      onProgress: (p) => phases.add(p.phase),
    });
    expect(mismatched).toEqual([]);
    expect(manifest.tables.blobs).toEqual({ rows: 2 });
    expect(manifest.tables.audit?.rows).toBe(await db.audit.count());
    expect(manifest.createdBy).toBe('M. Keller');
    expect(phases).toEqual(new Set(['reading', 'hashing']));

    const target = freshDb();
    const result = await restoreBackup(target, blob);
    expect(result.evidenceFiles).toBe(2);
    const restoredSnapshot = await snapshot(target);
    const last = (await target.audit.orderBy(':id').last())!;
    expect(last).toMatchObject({
      action: 'workbench.restore',
      actor: 'M. Keller',
      details: { backupCreatedBy: 'M. Keller', evidenceFiles: 2 },
    });
    expect({ ...restoredSnapshot, audit: restoredSnapshot.audit?.slice(0, -1) }).toEqual(await snapshot(db));
    const restored = await target.blobs.get(pngId);
    expect(new Uint8Array((await restored?.data.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(png);
    expect(restored?.data.type).toBe('image/png');
    expect((await verifyAuditLog(target)).ok).toBe(true);
  });

  it('replaces what the store held before', async () => {
    const { blob } = await createBackup(db, { app: 'test' });
    const target = freshDb();
    await createCase(target, { title: 'Something else' });
    await restoreBackup(target, blob);
    expect((await target.cases.toArray()).map((c) => c.title)).toEqual(['Op. Sneaker']);
  });

  it('refuses a damaged file and leaves the current data exactly as it was', async () => {
    const { blob } = await createBackup(db, { app: 'test' });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    // flip one byte in the middle of the PNG's bytes
    const marker = new TextEncoder().encode(`"key":"${pngId}"`);
    let at = -1;
    for (let i = 0; i < bytes.length && at < 0; i += 1) {
      if (marker.every((b, j) => bytes[i + j] === b)) at = i;
    }
    const payload = bytes.indexOf(10, at) + 1;
    bytes[payload + 1000] = (bytes[payload + 1000] ?? 0) ^ 0x40;
    const target = freshDb();
    await createCase(target, { title: 'Keep me' });
    const before = await snapshot(target);
    await expect(restoreBackup(target, new Blob([bytes]))).rejects.toThrow(BackupError);
    await expect(restoreBackup(target, new Blob([bytes]))).rejects.toThrow(
      /evidence file .* does not match its SHA-256/,
    );
    expect(await snapshot(target)).toEqual(before);
  });

  it('refuses a file cut off or of another kind', async () => {
    const { blob } = await createBackup(db, { app: 'test' });
    await expect(restoreBackup(freshDb(), blob.slice(0, blob.size - 100))).rejects.toThrow(/cut off|damaged/);
    await expect(restoreBackup(freshDb(), new Blob(['hello']))).rejects.toThrow(/not a Casegraph backup/);
  });

  it('brings a backup made by an older store version up to date through the same upgrades', async () => {
    const older = freshDb(SCHEMA_VERSIONS.filter((v) => v.version <= 4));
    await createCase(older, { title: 'From version 4' });
    // A version-4 entity had no index fields; the version-5 upgrade computes them.
    await older.table('entities').put({
      id: 'seller:amazon.de\u001fOLD',
      kind: 'seller',
      key: 'OLD',
      properties: { storefrontName: [{ value: 'Alter Laden', sources: [] }] },
      sources: [],
      importIds: [],
      sortName: 'alter laden',
      tags: [],
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    });
    const { blob, manifest } = await createBackup(older, { app: 'old' });
    expect(manifest.schemaVersion).toBe(4);
    const target = freshDb();
    await restoreBackup(target, blob);
    expect((await target.cases.toArray()).map((c) => c.title)).toEqual(['From version 4']);
    const entity = await target.entities.get('seller:amazon.de\u001fOLD' as never);
    expect(entity?.terms.length).toBeGreaterThan(0);
    expect((await verifyAuditLog(target)).ok).toBe(true);
    expect((await indexedDB.databases()).some((d) => d.name?.includes('-restore-'))).toBe(false);
  });

  it('refuses a backup from a newer store version', async () => {
    const { blob } = await createBackup(db, { app: 'test' });
    const target = freshDb(SCHEMA_VERSIONS.filter((v) => v.version <= 5));
    await expect(restoreBackup(target, blob)).rejects.toThrow(/newer Casegraph/);
  });

  it('stops when cancelled, before writing anything', async () => {
    const { blob } = await createBackup(db, { app: 'test' });
    const controller = new AbortController();
    controller.abort();
    const target = freshDb();
    await expect(restoreBackup(target, blob, { signal: controller.signal })).rejects.toThrow();
    expect(await target.cases.count()).toBe(0);
  });
});
