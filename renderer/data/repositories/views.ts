/**
 * Saved graph views: a chart kept in a case (its nodes, where they sit, what was folded, hidden, pinned, grouped and
 * filtered), so the case file shows the picture the analyst reasoned from. Saving and deleting are audit-logged in
 * the same transaction, like every change to the store.
 */
import { newViewId, type CaseId, type EntityId, type SavedView, type ViewId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { appendAudit } from './audit';

export type ViewDraft = Readonly<{
  /** Replace this saved view (same id) instead of adding a new one. */
  id?: ViewId;
  caseId: CaseId;
  name: string;
  nodeIds: readonly EntityId[];
  positions: SavedView['positions'];
  settings: SavedView['settings'];
}>;

export async function saveView(db: CasegraphDb, draft: ViewDraft): Promise<SavedView> {
  const name = draft.name.trim();
  if (name === '') throw new Error('A saved view needs a name');
  return db.transaction('rw', [db.views, db.cases, db.audit, db.settings], async () => {
    const target = await db.cases.get(draft.caseId);
    if (!target) throw new Error('That case no longer exists');
    const previous = draft.id === undefined ? undefined : await db.views.get(draft.id);
    const now = new Date().toISOString();
    const view: SavedView = {
      id: previous?.id ?? newViewId(),
      caseId: draft.caseId,
      name,
      nodeIds: [...draft.nodeIds],
      positions: draft.positions,
      settings: draft.settings,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    };
    await db.views.put(view);
    await db.cases.update(draft.caseId, { updatedAt: now });
    await appendAudit(db, {
      action: previous ? 'view.update' : 'view.save',
      target: view.id,
      details: { case: draft.caseId, caseTitle: target.title, name, nodes: view.nodeIds.length },
    });
    return view;
  });
}

export function readView(db: CasegraphDb, id: ViewId): Promise<SavedView | undefined> {
  return db.views.get(id);
}

/** A case's saved views, most recently saved first. */
export async function viewsOfCase(db: CasegraphDb, caseId: CaseId): Promise<SavedView[]> {
  const views = await db.views.where('caseId').equals(caseId).toArray();
  return views.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

export async function deleteView(db: CasegraphDb, id: ViewId): Promise<void> {
  await db.transaction('rw', [db.views, db.audit, db.settings], async () => {
    const view = await db.views.get(id);
    if (!view) return;
    await db.views.delete(id);
    await appendAudit(db, {
      action: 'view.delete',
      target: id,
      details: { case: view.caseId ?? null, name: view.name },
    });
  });
}
