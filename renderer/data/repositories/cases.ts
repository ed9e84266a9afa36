/**
 * Cases: creating, editing, deleting one, and putting entities in it. Every change is written with its audit entry
 * (before and after) in the same transaction, targeted at the case, so the case's history is complete.
 */
import { defaultRoleOf } from '@shared/case/roles';
import {
  CASE_STATUSES,
  newCaseId,
  newCaseItemId,
  type Case,
  type CaseId,
  type CaseItem,
  type CaseStatus,
  type EntityId,
  type SubjectRole,
} from '@shared/model';
import type { CasegraphDb } from '../db';
import { appendAudit } from './audit';
import { cleanTags } from './entityEdits';
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
 * Adds entities to a case in a role: the one given, or else the kind's usual one (`defaultRole`: accounts,
 * listings and shipments are subjects, identifiers associates, products the victim brand's). An entity already in
 * the case is left as it is, so adding a selection twice changes nothing. Each addition is its own audit entry: the
 * entity's history shows every case it was put in.
 */
export async function addEntitiesToCase(
  db: CasegraphDb,
  caseId: CaseId,
  ids: readonly EntityId[],
  role?: SubjectRole,
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
        const itemRole = role ?? defaultRoleOf(targetId);
        const item: CaseItem = {
          id: newCaseItemId(),
          caseId,
          type: 'entity',
          targetId,
          role: itemRole,
          addedAt: now,
        };
        await db.caseItems.add(item);
        await appendAudit(db, {
          action: 'case.addEntity',
          target: caseId,
          details: { entity: targetId, role: itemRole, caseTitle: record.title },
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

export function readCase(db: CasegraphDb, id: CaseId): Promise<Case | undefined> {
  return db.cases.get(id);
}

/** The fields of a case the investigator edits. */
export type CasePatch = Readonly<
  Partial<Pick<Case, 'title' | 'reference' | 'status' | 'owner' | 'summary'> & { tags: readonly string[] }>
>;

type EditableField = keyof CasePatch;
const EDITABLE: readonly EditableField[] = ['title', 'reference', 'status', 'owner', 'tags', 'summary'];

function cleanPatch(patch: CasePatch): CasePatch {
  const out: Record<string, unknown> = {};
  if (patch.title !== undefined) {
    const title = patch.title.trim();
    if (title === '') throw new Error('A case needs a title');
    out.title = title;
  }
  if (patch.reference !== undefined) out.reference = patch.reference.trim();
  if (patch.owner !== undefined) {
    const owner = patch.owner.trim();
    if (owner === '') throw new Error('A case needs an owner');
    out.owner = owner;
  }
  if (patch.summary !== undefined) out.summary = patch.summary.trim();
  if (patch.tags !== undefined) out.tags = cleanTags(patch.tags);
  if (patch.status !== undefined) {
    if (!CASE_STATUSES.includes(patch.status)) throw new Error(`Unknown status: ${patch.status}`);
    out.status = patch.status satisfies CaseStatus;
  }
  return out;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Changes a case's details; the audit entry lists each changed field before and after. Nothing changed: no entry. */
export async function updateCase(db: CasegraphDb, id: CaseId, patch: CasePatch): Promise<Case> {
  const clean = cleanPatch(patch);
  return db.transaction('rw', [db.cases, db.audit, db.settings], async () => {
    const current = await db.cases.get(id);
    if (!current) throw new Error('That case no longer exists');
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of EDITABLE) {
      const next = clean[field];
      if (next === undefined || same(current[field], next)) continue;
      before[field] = current[field];
      after[field] = next;
    }
    if (Object.keys(after).length === 0) return current;
    const updated: Case = { ...current, ...(after as CasePatch), updatedAt: new Date().toISOString() };
    await db.cases.put(updated);
    await appendAudit(db, { action: 'case.update', target: id, details: { before, after } });
    return updated;
  });
}

/** What deleting a case would remove, and what stays because it belongs to the workbench or other cases. */
export type CaseDeletion = Readonly<{
  entities: number;
  evidence: number;
  notes: number;
  views: number;
  /** Entities and evidence of this case that other cases also hold. */
  sharedWithOtherCases: number;
}>;

export async function caseDeletionImpact(db: CasegraphDb, id: CaseId): Promise<CaseDeletion> {
  const items = await db.caseItems.where('caseId').equals(id).toArray();
  const shared = new Set<string>();
  for (let at = 0; at < items.length; at += 1_000) {
    const targets = items.slice(at, at + 1_000).map((i) => i.targetId as string);
    for (const other of await db.caseItems.where('targetId').anyOf(targets).toArray()) {
      if (other.caseId !== id) shared.add(other.targetId);
    }
  }
  return {
    entities: items.filter((i) => i.type === 'entity').length,
    evidence: items.filter((i) => i.type === 'evidence').length,
    notes: await db.notes.where('caseId').equals(id).count(),
    views: await db.views.where('caseId').equals(id).count(),
    sharedWithOtherCases: shared.size,
  };
}

/** Ids listed in the deletion's audit entry; past this the entry gives counts only, to stay a readable size. */
const LISTED_IN_DELETION = 1_000;

/**
 * Deletes a case: the case, its items (the references to entities and evidence), its notes, its saved views and
 * the reviewers’ annotations brought back into it.
 * Entities and evidence themselves are the workbench's and are never deleted, so other cases that hold them are
 * untouched. The audit entry keeps what the case was (details, members, notes), so the history still tells.
 */
export async function deleteCase(db: CasegraphDb, id: CaseId): Promise<CaseDeletion> {
  return db.transaction(
    'rw',
    [db.cases, db.caseItems, db.notes, db.views, db.caseAnnotations, db.audit, db.settings],
    async () => {
      const current = await db.cases.get(id);
      if (!current) throw new Error('That case no longer exists');
      const impact = await caseDeletionImpact(db, id);
      const items = await db.caseItems.where('caseId').equals(id).toArray();
      const notes = await db.notes.where('caseId').equals(id).toArray();
      const views = await db.views.where('caseId').equals(id).toArray();
      await db.caseItems.bulkDelete(items.map((i) => i.id));
      await db.notes.bulkDelete(notes.map((n) => n.id));
      await db.views.bulkDelete(views.map((v) => v.id));
      const annotations = await db.caseAnnotations.where('caseId').equals(id).primaryKeys();
      await db.caseAnnotations.bulkDelete(annotations);
      await db.cases.delete(id);
      await appendAudit(db, {
        action: 'case.delete',
        target: id,
        details: {
          title: current.title,
          reference: current.reference,
          status: current.status,
          owner: current.owner,
          ...impact,
          members: items.slice(0, LISTED_IN_DELETION).map((i) => ({
            type: i.type,
            id: i.targetId,
            ...(i.type === 'entity' ? { role: i.role } : {}),
          })),
          notesText: notes.slice(0, LISTED_IN_DELETION).map((n) => n.body),
          viewNames: views.map((v) => v.name),
          reviewAnnotations: annotations.length,
        },
      });
      return impact;
    },
  );
}
