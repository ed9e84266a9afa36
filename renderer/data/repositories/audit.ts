/**
 * Appending to and reading the hash-chained audit log. Every change is recorded in the same transaction as the
 * change itself, so the log can never miss one, and the chain's next number and hash are computed from the last
 * entry inside that transaction, so two changes at once cannot fork it.
 */
import {
  nextAuditEntry,
  verifyAuditChain,
  type AuditEntry,
  type AuditInput,
  type AuditVerification,
} from '@shared/model';
import type { CasegraphDb } from '../db';
import { readExaminerName } from './settings';

export type AuditChange = Omit<AuditInput, 'at' | 'actor'>;

/** Must run inside a read-write transaction that includes `audit` and `settings`. */
export async function appendAudit(db: CasegraphDb, change: AuditChange): Promise<AuditEntry> {
  const previous = await db.audit.orderBy(':id').last();
  const actor = await readExaminerName(db);
  const entry = nextAuditEntry(previous, { ...change, at: new Date().toISOString(), actor });
  await db.audit.add(entry);
  return entry;
}

/** The newest entries first, for activity lists. */
export function recentAudit(db: CasegraphDb, limit: number): Promise<AuditEntry[]> {
  return db.audit.orderBy(':id').reverse().limit(limit).toArray();
}

/** Re-hashes the whole chain in order and reports the first entry that does not fit. */
export async function verifyAuditLog(db: CasegraphDb): Promise<AuditVerification> {
  return verifyAuditChain(await db.audit.orderBy(':id').toArray());
}
