/** Cases: creating one records it in the audit log in the same transaction. */
import {
  newCaseId,
  newCaseItemId,
  type Case,
  type CaseId,
  type CaseItem,
  type EntityId,
  type SubjectRole,
} from '@shared/model';
import type { CasegraphDb } from '../db';
import { appendAudit } from './audit';
import { readExaminerName } from './settings';

export type CaseDraft = Readonly<{ title: string; reference?: string; summary?: string }>;

export async function createCase(db: CasegraphDb, draft: CaseDraft): Promise<Case> {
  const title = draft.title.trim();
  if (title === '') throw new Error('A case needs a title');
  return db.transaction('rw', [db.cases, db.audit, db.settings], async () => {
    const now = new Date().toISOString();
    const record: Case = {
      id: newCaseId(),
      title,
      reference: draft.reference?.trim() ?? '',
      status: 'open',
      owner: await readExaminerName(db),
      tags: [],
      summary: draft.summary?.trim() ?? '',
      createdAt: now,
      updatedAt: now,
    };
    await db.cases.add(record);
    await appendAudit(db, {
      action: 'case.create',
      target: record.id,
      details: { title: record.title, reference: record.reference },
    });
    return record;
  });
}

/** Most recently changed first. */
export function listCases(db: CasegraphDb): Promise<Case[]> {
  return db.cases.orderBy('updatedAt').reverse().toArray();
}

export type AddedToCase = Readonly<{ added: number; alreadyThere: number }>;

/** Entities added per transaction: one audit entry each, in the same transaction as the item. */
const ADD_CHUNK = 500;

/**
 * Adds entities to a case as subjects (or another role). An entity already in the case is left as it is, so
 * adding a selection twice changes nothing. Each addition is its own audit entry: the entity's history shows every
 * case it was put in.
 */
export async function addEntitiesToCase(
  db: CasegraphDb,
  caseId: CaseId,
  ids: readonly EntityId[],
  role: SubjectRole = 'subject',
): Promise<AddedToCase> {
  let added = 0;
  let alreadyThere = 0;
  for (let at = 0; at < ids.length; at += ADD_CHUNK) {
    const chunk = ids.slice(at, at + ADD_CHUNK);
    await db.transaction('rw', [db.cases, db.caseItems, db.audit, db.settings], async () => {
      const record = await db.cases.get(caseId);
      if (!record) throw new Error('That case no longer exists');
      const present = new Set(
        (
          await db.caseItems
            .where('[caseId+targetId]')
            .anyOf(chunk.map((id) => [caseId, id]))
            .toArray()
        ).map((item) => item.targetId),
      );
      const now = new Date().toISOString();
      for (const targetId of chunk) {
        if (present.has(targetId)) {
          alreadyThere += 1;
          continue;
        }
        present.add(targetId);
        const item: CaseItem = { id: newCaseItemId(), caseId, type: 'entity', targetId, role, addedAt: now };
        await db.caseItems.add(item);
        await appendAudit(db, {
          action: 'case.addEntity',
          target: caseId,
          details: { entity: targetId, role, caseTitle: record.title },
        });
        added += 1;
      }
      await db.cases.update(caseId, { updatedAt: now });
    });
  }
  return { added, alreadyThere };
}

/** The cases an entity is in, with its role in each. */
export async function casesOfEntity(
  db: CasegraphDb,
  id: EntityId,
): Promise<Readonly<{ case: Case; role: SubjectRole | 'evidence' }>[]> {
  const items = await db.caseItems.where('targetId').equals(id).toArray();
  const cases = await db.cases.bulkGet(items.map((item) => item.caseId));
  return items.flatMap((item, i) => {
    const found = cases[i];
    return found ? [{ case: found, role: item.type === 'entity' ? item.role : ('evidence' as const) }] : [];
  });
}
