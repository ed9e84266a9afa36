import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditLog, recentAudit } from './audit';
import { createCase } from './cases';
import { deleteView, readView, saveView, viewsOfCase } from './views';
import type { CasegraphDb } from '../db';
import { freshDb } from '../testing/freshDb';
import { entityId, type CaseId } from '@shared/model';

const seller = entityId('seller', 'amazon.de', 'A1TOPLAGER');
const phone = entityId('phone', '+4961552302');

let db: CasegraphDb;
beforeEach(() => {
  db = freshDb();
});

describe('saved graph views', () => {
  it('saves a chart into a case, updates it in place, lists and deletes it, each step in the audit log', async () => {
    const opened = await createCase(db, { title: 'Op. Lötkolben', reference: 'BPA-2026-114' });
    const draft = {
      caseId: opened.id,
      name: ' Top Lager operation ',
      nodeIds: [seller, phone],
      positions: { [seller]: { x: 0, y: 0 }, [phone]: { x: 120, y: 40 } },
      settings: { version: 1, folded: [] },
    };
    const saved = await saveView(db, draft);
    expect(saved).toMatchObject({ caseId: opened.id, name: 'Top Lager operation', nodeIds: [seller, phone] });
    expect(await readView(db, saved.id)).toEqual(saved);
    const again = await saveView(db, { ...draft, id: saved.id, nodeIds: [seller] });
    expect(again.id).toBe(saved.id);
    expect(again.createdAt).toBe(saved.createdAt);
    expect((await viewsOfCase(db, opened.id)).map((v) => v.nodeIds.length)).toEqual([1]);
    await deleteView(db, saved.id);
    expect(await viewsOfCase(db, opened.id)).toEqual([]);
    const actions = (await recentAudit(db, 10)).map((entry) => entry.action);
    expect(actions).toEqual(['view.delete', 'view.update', 'view.save', 'case.create']);
    expect((await recentAudit(db, 10))[2]?.details).toMatchObject({ caseTitle: 'Op. Lötkolben', nodes: 2 });
    expect((await verifyAuditLog(db)).ok).toBe(true);
  });

  it('refuses a view without a name or for a case that does not exist, and records nothing', async () => {
    const opened = await createCase(db, { title: 'Op. Lötkolben' });
    const draft = { caseId: opened.id, name: '  ', nodeIds: [], positions: {}, settings: {} };
    await expect(saveView(db, draft)).rejects.toThrow(/name/);
    await expect(saveView(db, { ...draft, name: 'x', caseId: 'missing' as CaseId })).rejects.toThrow(/case/);
    expect(await db.views.count()).toBe(0);
    expect(await db.audit.count()).toBe(1);
  });
});
