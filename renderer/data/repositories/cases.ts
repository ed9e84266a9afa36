/** Cases: creating one records it in the audit log in the same transaction. */
import { newCaseId, type Case } from '@shared/model';
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
