/**
 * A reviewer's annotations brought back into the case they were made on: checked against the case (its id) and
 * against the bundles this workbench exported of it, stored with the reviewer and time, and logged. The same file
 * brought back twice changes nothing.
 */
import type { CaseAnnotation } from '@shared/bundle/stored';
import type { Annotation } from '@shared/bundle/types';
import type { CaseId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { appendAudit } from './audit';
import { exportsOfCase } from './bundleExports';

/** What the import needs of a parsed annotations file (`shared/bundle/annotations.ts` checks the rest). */
export type ReturnedAnnotations = Readonly<{
  bundle: Readonly<{ manifestSha256: string; caseId: string; caseReference: string; caseTitle: string }>;
  reviewer: string;
  createdAt: string;
  annotations: readonly Annotation[];
  sha256: string;
}>;

export type AnnotationsImport =
  | Readonly<{ status: 'imported'; count: number; knownBundle: boolean; exportedAt?: string }>
  | Readonly<{ status: 'alreadyImported'; count: number }>;

export class AnnotationsRefused extends Error {
  override readonly name = 'AnnotationsRefused';
}

export async function importCaseAnnotations(
  db: CasegraphDb,
  caseId: CaseId,
  file: ReturnedAnnotations,
): Promise<AnnotationsImport> {
  return db.transaction('rw', [db.caseAnnotations, db.cases, db.audit, db.settings], async () => {
    const record = await db.cases.get(caseId);
    if (!record) throw new AnnotationsRefused('That case no longer exists');
    if (file.bundle.caseId !== caseId) {
      throw new AnnotationsRefused(
        `These annotations were made on the case “${file.bundle.caseTitle}” (${file.bundle.caseReference || 'no reference'}), not on “${record.title}”. Open that case to bring them back.`,
      );
    }
    const already = await db.caseAnnotations.where('fileSha256').equals(file.sha256).count();
    if (already > 0) return { status: 'alreadyImported', count: already };
    const exported = (await exportsOfCase(db, caseId)).find(
      (entry) => entry.details.manifestSha256 === file.bundle.manifestSha256,
    );
    const importedAt = new Date().toISOString();
    const rows: CaseAnnotation[] = file.annotations.map((annotation) => ({
      ...annotation,
      // ids are the reviewer's; prefixed by the file so two reviewers' files never collide
      id: `${file.sha256.slice(0, 16)}:${annotation.id}`,
      caseId,
      targetId: annotation.target.id,
      reviewer: file.reviewer,
      fileSha256: file.sha256,
      manifestSha256: file.bundle.manifestSha256,
      importedAt,
    }));
    await db.caseAnnotations.bulkAdd(rows);
    await appendAudit(db, {
      action: 'case.importAnnotations',
      target: caseId,
      details: {
        case: caseId,
        reviewer: file.reviewer,
        count: rows.length,
        fileSha256: file.sha256,
        manifestSha256: file.bundle.manifestSha256,
        reviewedAt: file.createdAt,
        knownBundle: exported !== undefined,
      },
    });
    return {
      status: 'imported',
      count: rows.length,
      knownBundle: exported !== undefined,
      ...(exported ? { exportedAt: exported.at } : {}),
    };
  });
}

const byTime = (a: CaseAnnotation, b: CaseAnnotation) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

/** The case's annotations, newest first. */
export async function annotationsOfCase(db: CasegraphDb, caseId: CaseId): Promise<CaseAnnotation[]> {
  return (await db.caseAnnotations.where('caseId').equals(caseId).toArray()).sort(byTime);
}

/** What reviewers said about one entity or piece of evidence, in any case, newest first. */
export async function annotationsOfTarget(db: CasegraphDb, targetId: string): Promise<CaseAnnotation[]> {
  return (await db.caseAnnotations.where('targetId').equals(targetId).toArray()).sort(byTime);
}
