/**
 * A case's history, read from the audit log: entries about the case, its views and the data under it (see
 * `shared/case/history.ts` for what counts), newest first, with the names of the entities they mention.
 */
import { concernsCase } from '@shared/case/history';
import { caption, KINDS, type AuditEntry, type CaseId, type EntityId } from '@shared/model';
import type { CasegraphDb } from '../db';

const VIEW_ACTIONS = ['view.save', 'view.update', 'view.delete'];

export type CaseHistory = Readonly<{
  entries: readonly AuditEntry[];
  /** The entities the entries name, by id, as a reader knows them: kind and caption ("seller Günstig Welt"). */
  names: Readonly<Record<string, string>>;
}>;

export async function caseHistory(db: CasegraphDb, caseId: CaseId): Promise<CaseHistory> {
  const items = await db.caseItems.where('caseId').equals(caseId).toArray();
  const views = await db.views.where('caseId').equals(caseId).primaryKeys();
  const targets = items.map((i) => i.targetId as string);
  const entityIds = items.filter((i) => i.type === 'entity').map((i) => i.targetId);
  const evidenceIds = items.filter((i) => i.type === 'evidence').map((i) => i.targetId);
  const imports = new Set<string>();
  for (let at = 0; at < entityIds.length; at += 1_000) {
    for (const entity of await db.entities.bulkGet(entityIds.slice(at, at + 1_000))) {
      entity?.importIds.forEach((id) => imports.add(id));
    }
  }
  for (const evidence of await db.evidence.bulkGet(evidenceIds)) {
    evidence?.importIds.forEach((id) => imports.add(id));
  }
  const memberIds = new Set<string>([...targets, ...views, ...imports]);
  const scope = { caseId, memberIds };
  const [direct, viewEntries] = await Promise.all([
    db.audit
      .where('target')
      .anyOf([caseId, ...memberIds])
      .toArray(),
    db.audit.where('action').anyOf(VIEW_ACTIONS).toArray(),
  ]);
  const bySeq = new Map<number, AuditEntry>();
  for (const entry of [...direct, ...viewEntries]) {
    if (concernsCase(entry, scope)) bySeq.set(entry.seq, entry);
  }
  const entries = [...bySeq.values()].sort((a, b) => b.seq - a.seq);
  const mentioned = new Set<string>();
  for (const entry of entries) {
    if (typeof entry.details.entity === 'string') mentioned.add(entry.details.entity);
    if (entry.action.startsWith('entity.')) mentioned.add(entry.target);
  }
  const ids = [...mentioned] as EntityId[];
  const found = await db.entities.bulkGet(ids);
  const names: Record<string, string> = {};
  found.forEach((entity, i) => {
    const id = ids[i];
    if (entity && id !== undefined)
      names[id] = `${KINDS[entity.kind].label.toLocaleLowerCase()} ${caption(entity)}`;
  });
  return { entries, names };
}
