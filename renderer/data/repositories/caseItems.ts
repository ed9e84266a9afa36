/**
 * What a case holds: its entities (each in a role) and its supporting evidence. Changing a role, removing an entity
 * and attaching or detaching evidence are each written with an audit entry targeted at the case.
 */
import {
  newCaseItemId,
  type CaseId,
  type CaseItem,
  type Entity,
  type EntityId,
  type Evidence,
  type EvidenceId,
  type SubjectRole,
} from '@shared/model';
import type { CasegraphDb } from '../db';
import { appendAudit } from './audit';

export type CaseEntity = Readonly<{ item: CaseItem & { type: 'entity' }; entity: Entity | undefined }>;
export type CaseEvidence = Readonly<{
  item: CaseItem & { type: 'evidence' };
  evidence: Evidence | undefined;
}>;
export type CaseMembers = Readonly<{ entities: readonly CaseEntity[]; evidence: readonly CaseEvidence[] }>;

const isEntityItem = (item: CaseItem): item is CaseItem & { type: 'entity' } => item.type === 'entity';
const isEvidenceItem = (item: CaseItem): item is CaseItem & { type: 'evidence' } => item.type === 'evidence';

/** The case's entities and evidence with their records (undefined when an import undo removed the record). */
export async function caseMembers(db: CasegraphDb, caseId: CaseId): Promise<CaseMembers> {
  const items = await db.caseItems.where('caseId').equals(caseId).toArray();
  items.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
  const entityItems = items.filter(isEntityItem);
  const evidenceItems = items.filter(isEvidenceItem);
  const entities = await db.entities.bulkGet(entityItems.map((i) => i.targetId));
  const evidence = await db.evidence.bulkGet(evidenceItems.map((i) => i.targetId));
  return {
    entities: entityItems.map((item, i) => ({ item, entity: entities[i] })),
    evidence: evidenceItems.map((item, i) => ({ item, evidence: evidence[i] })),
  };
}

async function itemOf(db: CasegraphDb, caseId: CaseId, targetId: string): Promise<CaseItem> {
  const item = await db.caseItems.where('[caseId+targetId]').equals([caseId, targetId]).first();
  if (!item) throw new Error('That is no longer in the case');
  return item;
}

async function touch(db: CasegraphDb, caseId: CaseId): Promise<string> {
  const record = await db.cases.get(caseId);
  if (!record) throw new Error('That case no longer exists');
  await db.cases.update(caseId, { updatedAt: new Date().toISOString() });
  return record.title;
}

export async function setEntityRole(
  db: CasegraphDb,
  caseId: CaseId,
  entityId: EntityId,
  role: SubjectRole,
): Promise<void> {
  await db.transaction('rw', [db.cases, db.caseItems, db.audit, db.settings], async () => {
    const item = await itemOf(db, caseId, entityId);
    if (item.type !== 'entity' || item.role === role) return;
    await touch(db, caseId);
    const updated: CaseItem = { ...item, role };
    await db.caseItems.put(updated);
    await appendAudit(db, {
      action: 'case.setRole',
      target: caseId,
      details: { entity: entityId, before: item.role, after: role },
    });
  });
}

/** Takes an entity or a piece of evidence out of the case; the record itself stays in the workbench. */
export async function removeFromCase(
  db: CasegraphDb,
  caseId: CaseId,
  targetId: EntityId | EvidenceId,
): Promise<void> {
  await db.transaction('rw', [db.cases, db.caseItems, db.evidence, db.audit, db.settings], async () => {
    const item = await itemOf(db, caseId, targetId);
    await touch(db, caseId);
    await db.caseItems.delete(item.id);
    if (item.type === 'entity') {
      await appendAudit(db, {
        action: 'case.removeEntity',
        target: caseId,
        details: { entity: item.targetId, role: item.role },
      });
    } else {
      const evidence = await db.evidence.get(item.targetId);
      await appendAudit(db, {
        action: 'case.removeEvidence',
        target: caseId,
        details: { evidence: item.targetId, name: evidence?.name ?? item.targetId },
      });
    }
  });
}

/** Attaches stored evidence to a case; evidence already attached is left as it is. Returns how many were added. */
export async function addEvidenceToCase(
  db: CasegraphDb,
  caseId: CaseId,
  ids: readonly EvidenceId[],
): Promise<number> {
  return db.transaction('rw', [db.cases, db.caseItems, db.evidence, db.audit, db.settings], async () => {
    const title = await touch(db, caseId);
    let added = 0;
    const now = new Date().toISOString();
    for (const id of new Set(ids)) {
      const evidence = await db.evidence.get(id);
      if (!evidence) throw new Error('That evidence is no longer in the store');
      const present = await db.caseItems.where('[caseId+targetId]').equals([caseId, id]).count();
      if (present > 0) continue;
      await db.caseItems.add({ id: newCaseItemId(), caseId, type: 'evidence', targetId: id, addedAt: now });
      await appendAudit(db, {
        action: 'case.addEvidence',
        target: caseId,
        details: { evidence: id, name: evidence.name, caseTitle: title },
      });
      added += 1;
    }
    return added;
  });
}
