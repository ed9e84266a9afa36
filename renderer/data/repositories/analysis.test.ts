import { beforeEach, describe, expect, it } from 'vitest';
import { analyze, DEFAULT_ANALYSIS_SETTINGS, kShortestPaths } from '@shared/analysis';
import { entityDraft } from '@shared/import/draft';
import type { MappedRecord } from '@shared/import/types';
import { entityId, linkId, type EvidenceId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { freshDb } from '../testing/freshDb';
import { saveAnalysis } from './analyses';
import { loadGraphIndex, storeSignature } from './analysisSource';
import { recentAudit, verifyAuditLog } from './audit';
import { recordDecision } from './decisions';
import { finishImport, startImport, undoImport, writeImportChunk } from './imports';
import { findEntities } from './lookup';
import { setExaminerName } from './settings';

let db: CasegraphDb;
beforeEach(async () => {
  db = freshDb();
  await setExaminerName(db, 'R. Okafor');
});

const sellerFile = 'c'.repeat(64) as EvidenceId;

/** A seller row of an Amazon seller export: the seller, its phone and its IBAN. */
function row(line: number, sellerId: string, name: string, phone: string, iban: string): MappedRecord {
  const seller = entityDraft('seller', ['amazon.de', sellerId], {
    sellerId: [sellerId],
    storefrontName: [name],
    platform: ['amazon.de'],
  });
  const tel = entityDraft('phone', [phone], { value: [phone] });
  const account = entityDraft('paymentAccount', [iban], { value: [iban] });
  return {
    locator: { row: line },
    entities: [seller, tel, account],
    links: [
      { kind: 'uses', from: seller.id, to: tel.id, role: 'Telefonnummer' },
      { kind: 'uses', from: seller.id, to: account.id, role: 'IBAN' },
    ],
    rejects: [],
  };
}

async function importSellers(): Promise<string> {
  const started = await startImport(db, {
    evidenceId: sellerFile,
    fileName: 'verkäufer_amazon-de.csv',
    format: 'csv',
    plan: {},
  });
  await writeImportChunk(
    db,
    started,
    [
      row(2, 'A1LKW9', 'Sneaker Paradies 👟', '+4961552302', 'DE89370400440532013000'),
      row(3, 'B7QQ21', 'Schuh-Outlet Köln', '+4961552302', 'DE02120300000000202051'),
      row(4, 'C0FFEE', 'Trachten Huber', '+498912345678', 'DE75512108001245126199'),
    ],
    [],
    4,
  );
  await db.evidence.put({
    id: sellerFile,
    name: 'verkäufer_amazon-de.csv',
    otherNames: [],
    mediaType: 'text/csv',
    size: 300,
    importedAt: '2026-11-29T08:00:00Z',
    importIds: [started.id],
  });
  await finishImport(db, started.id, { status: 'done' });
  return started.id;
}

const paradies = entityId('seller', 'amazon.de', 'A1LKW9');
const outlet = entityId('seller', 'amazon.de', 'B7QQ21');
const huber = entityId('seller', 'amazon.de', 'C0FFEE');

describe('link analysis over the store', () => {
  it('reads the store page by page and finds the sellers that share a phone as one network', async () => {
    await importSellers();
    const progress: string[] = [];
    const index = await loadGraphIndex(db, (p) => progress.push(`${p.phase} ${p.done}/${p.total}`));
    expect(progress.at(-1)).toBe('links 6/6');
    const report = analyze(index);
    expect(report.networks.map((n) => n.members.map((m) => m.id).sort())).toEqual([
      [paradies, outlet].sort(),
    ]);
    const [path] = kShortestPaths(index, paradies, outlet, 1, {
      evidenceNames: new Map([[sellerFile, 'verkäufer_amazon-de.csv']]),
    });
    expect(path?.explanation.join(' ')).toContain(
      'Both list +4961552302 — from verkäufer_amazon-de.csv, rows 2 and 3',
    );
  });

  it('keeps a run fresh through its own log entry, and stale after the next change', async () => {
    await importSellers();
    const index = await loadGraphIndex(db, () => undefined);
    const signature = await saveAnalysis(db, {
      id: 'default',
      computedAt: '2026-11-29T09:00:00Z',
      entities: index.size,
      links: index.linkCount,
      loadMs: 5,
      analysisMs: 3,
      report: analyze(index),
    });
    expect(await storeSignature(db)).toBe(signature);
    expect((await recentAudit(db, 1))[0]?.action).toBe('analysis.run');
    await recordDecision(db, {
      a: huber,
      b: paradies,
      verdict: 'rejected',
      suggestionKind: 'name',
      reason: 'different owners',
      examiner: 'R. Okafor',
      decidedAt: '2026-11-29T09:05:00Z',
    });
    expect(await storeSignature(db)).not.toBe(signature);
  });
});

describe('decisions on suggested pairs', () => {
  it('a confirmation stores sameAs, joins the pair in analysis, is logged, and survives undoing the import', async () => {
    const importId = await importSellers();
    await recordDecision(db, {
      a: huber,
      b: paradies,
      verdict: 'confirmed',
      suggestionKind: 'name',
      reason: 'Same Impressum on both storefronts',
      examiner: 'R. Okafor',
      decidedAt: '2026-11-29T09:10:00Z',
    });
    const sameAs = await db.links.get(linkId('sameAs', paradies, huber));
    expect(sameAs).toMatchObject({
      kind: 'sameAs',
      importIds: [],
      reason: 'Same Impressum on both storefronts',
    });
    const report = analyze(
      await loadGraphIndex(db, () => undefined),
      DEFAULT_ANALYSIS_SETTINGS,
      await db.decisions.toArray(),
    );
    expect(report.networks[0]?.members.map((m) => m.id).sort()).toEqual([huber, outlet, paradies].sort());
    expect((await recentAudit(db, 1))[0]).toMatchObject({ action: 'suggestion.confirm', actor: 'R. Okafor' });

    await undoImport(db, importId as never);
    expect(await db.entities.count()).toBe(0);
    expect(await db.decisions.count()).toBe(1);
    expect(await db.links.get(linkId('sameAs', paradies, huber))).toBeDefined();
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });

  it('a later rejection takes the analyst’s sameAs away again and is logged with what it replaced', async () => {
    await importSellers();
    const decision = {
      a: paradies,
      b: huber,
      suggestionKind: 'name' as const,
      reason: 'looks alike',
      examiner: 'R. Okafor',
    };
    await recordDecision(db, { ...decision, verdict: 'confirmed', decidedAt: '2026-11-29T09:10:00Z' });
    await recordDecision(db, { ...decision, verdict: 'rejected', decidedAt: '2026-11-29T09:20:00Z' });
    expect(await db.links.get(linkId('sameAs', paradies, huber))).toBeUndefined();
    expect(await db.decisions.count()).toBe(1);
    expect((await recentAudit(db, 1))[0]).toMatchObject({
      action: 'suggestion.reject',
      details: { before: 'confirmed' },
    });
  });
});

describe('finding an entity by what the investigator types', () => {
  it('finds a phone in another spelling, and sellers by the start of their name', async () => {
    await importSellers();
    expect((await findEntities(db, '+49 6155 2302')).map((m) => m.id)).toContain(
      entityId('phone', '+4961552302'),
    );
    expect((await findEntities(db, 'schuh')).map((m) => m.caption)).toEqual(['Schuh-Outlet Köln']);
    expect(await findEntities(db, '   ')).toEqual([]);
  });
});
