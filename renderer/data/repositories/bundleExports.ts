/**
 * Exports of a case as a bundle, recorded in the audit log: who handed which bundle (by its manifest's hash) to
 * whom is part of the chain of custody, and a reviewer's annotations are matched to the bundle they were made on.
 */
import type { AuditEntry, CaseId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { appendAudit } from './audit';

export type BundleExportRecord = Readonly<{
  manifestSha256: string;
  fileName: string;
  bytes: number;
  includeEvidence: boolean;
  redact: boolean;
  deterministic: boolean;
}>;

export async function recordBundleExport(
  db: CasegraphDb,
  caseId: CaseId,
  record: BundleExportRecord,
): Promise<AuditEntry> {
  return db.transaction('rw', [db.audit, db.settings], () =>
    appendAudit(db, { action: 'bundle.export', target: caseId, details: { case: caseId, ...record } }),
  );
}

/** The case's exports, newest first. */
export async function exportsOfCase(db: CasegraphDb, caseId: CaseId): Promise<AuditEntry[]> {
  const entries = await db.audit.where('target').equals(caseId).toArray();
  return entries.filter((entry) => entry.action === 'bundle.export').sort((a, b) => b.seq - a.seq);
}
