import { beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/hash';
import type { EvidenceId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { freshDb } from '../testing/freshDb';
import { recentAudit, verifyAuditLog } from './audit';
import { createCase, listCases } from './cases';
import { listEvidence, readEvidenceBlob, storeEvidence } from './evidence';
import { DEFAULT_EXAMINER, readExaminerName, setExaminerName } from './settings';
import { mergeEntity } from '@shared/import/merge';
import { entityDraft } from '@shared/import/draft';
import { countKinds, countStore, kindsPresent } from './stats';

let db: CasegraphDb;
beforeEach(() => {
  db = freshDb();
});

const screenshot = new TextEncoder().encode(
  '<html><body>Shop „Günstig“ 🛍️ — звоните +7 495 123-45-67</body></html>',
);
const screenshotId = sha256Hex(screenshot) as EvidenceId;

describe('cases', () => {
  it('creates a case signed by the examiner and records it in the audit log', async () => {
    await setExaminerName(db, '  M. Keller ');
    const created = await createCase(db, { title: '  Op. Lötkolben ', reference: 'BPA-2026-114' });
    expect(created).toMatchObject({
      title: 'Op. Lötkolben',
      reference: 'BPA-2026-114',
      status: 'open',
      owner: 'M. Keller',
    });
    expect((await listCases(db)).map((c) => c.id)).toEqual([created.id]);
    const [entry] = await recentAudit(db, 1);
    expect(entry).toMatchObject({ seq: 1, action: 'case.create', target: created.id, actor: 'M. Keller' });
  });

  it('refuses a case without a title and records nothing', async () => {
    await expect(createCase(db, { title: '   ' })).rejects.toThrow(/title/);
    expect(await db.cases.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('signs with a placeholder until the examiner names themself', async () => {
    expect(await readExaminerName(db)).toBe(DEFAULT_EXAMINER);
    await expect(setExaminerName(db, ' ')).rejects.toThrow(/empty/);
  });
});

describe('evidence', () => {
  it('stores bytes once by hash and reads them back identical', async () => {
    const first = await storeEvidence(db, {
      sha256: screenshotId,
      name: 'shop.html',
      mediaType: 'text/html',
      data: new Blob([screenshot]),
    });
    expect(first.alreadyStored).toBe(false);
    expect(first.evidence).toMatchObject({
      id: screenshotId,
      size: screenshot.byteLength,
      mediaType: 'text/html',
    });
    const back = new Uint8Array(await (await readEvidenceBlob(db, screenshotId)).arrayBuffer());
    expect(back).toEqual(screenshot);
  });

  it('keeps one record when the same bytes arrive under another name, and remembers the name', async () => {
    await storeEvidence(db, {
      sha256: screenshotId,
      name: 'shop.html',
      mediaType: 'text/html',
      data: new Blob([screenshot]),
    });
    const again = await storeEvidence(db, {
      sha256: screenshotId,
      name: 'копия.html',
      mediaType: 'text/html',
      data: new Blob([screenshot]),
    });
    expect(again.alreadyStored).toBe(true);
    expect(again.evidence.otherNames).toEqual(['копия.html']);
    expect(await listEvidence(db)).toHaveLength(1);
    const same = await storeEvidence(db, {
      sha256: screenshotId,
      name: 'shop.html',
      mediaType: 'text/html',
      data: new Blob([screenshot]),
    });
    expect(same.alreadyStored).toBe(true);
    expect((await recentAudit(db, 10)).map((e) => e.action)).toEqual(['evidence.rename', 'evidence.add']);
  });

  it('says which evidence is missing its bytes', async () => {
    await expect(readEvidenceBlob(db, 'f'.repeat(64) as EvidenceId)).rejects.toThrow('f'.repeat(64));
  });
});

describe('the audit log in the store', () => {
  it('chains entries across tables and detects an entry edited behind the app’s back', async () => {
    await createCase(db, { title: 'A' });
    await storeEvidence(db, {
      sha256: screenshotId,
      name: 'shop.html',
      mediaType: 'text/html',
      data: new Blob([screenshot]),
    });
    await createCase(db, { title: 'B' });
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, count: 3 });

    await db.audit.update(2, { details: { name: 'other.html' } });
    const result = await verifyAuditLog(db);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.broken).toMatchObject({ seq: 2, reason: 'hash' });
  });

  it('counts what the overview shows', async () => {
    await createCase(db, { title: 'A' });
    const counts = await countStore(db);
    expect(counts).toMatchObject({ entities: 0, cases: 1, auditEntries: 1, evidence: 0 });
    expect(counts.entitiesByKind.seller).toBe(0);
  });

  it('tells which kinds the Entities page has tabs for without counting, then counts them', async () => {
    expect(await kindsPresent(db)).toEqual([]);
    const source = {
      importId: 'imp-1' as never,
      evidenceId: 'e'.repeat(64) as EvidenceId,
      locator: { row: 2 },
    };
    const at = '2026-11-29T10:00:00Z';
    const seller = (id: string) =>
      mergeEntity(
        undefined,
        entityDraft('seller', ['ozon.ru', id], { storefrontName: [`Кроссовки ${id}`] }),
        source,
        at,
      );
    const phone = mergeEntity(
      undefined,
      entityDraft('phone', ['+74951234567'], { value: ['+74951234567'] }),
      source,
      at,
    );
    await db.entities.bulkPut([seller('1'), seller('2'), seller('3'), phone]);
    const present = await kindsPresent(db);
    expect(present).toEqual(expect.arrayContaining(['seller', 'phone']));
    expect(present).toHaveLength(2);
    expect(await countKinds(db, present)).toEqual({ seller: 3, phone: 1 });
  });
});
