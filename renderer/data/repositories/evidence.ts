/**
 * Evidence files, stored once by SHA-256. Storing bytes that are already there adds the new name and leaves the
 * record and its hash untouched: evidence is immutable.
 */
import type { Evidence, EvidenceId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { appendAudit } from './audit';

export type NewEvidence = Readonly<{
  sha256: EvidenceId;
  name: string;
  mediaType: string;
  data: Blob;
  sourceUrl?: string;
  capturedAt?: string;
  capturedBy?: string;
}>;

export type StoredEvidence = Readonly<{ evidence: Evidence; alreadyStored: boolean }>;

export async function storeEvidence(db: CasegraphDb, file: NewEvidence): Promise<StoredEvidence> {
  return db.transaction('rw', [db.evidence, db.blobs, db.audit, db.settings], async () => {
    const existing = await db.evidence.get(file.sha256);
    if (existing) {
      const known = existing.name === file.name || existing.otherNames.includes(file.name);
      if (known) return { evidence: existing, alreadyStored: true };
      const updated: Evidence = { ...existing, otherNames: [...existing.otherNames, file.name] };
      await db.evidence.put(updated);
      await appendAudit(db, {
        action: 'evidence.rename',
        target: file.sha256,
        details: { addedName: file.name },
      });
      return { evidence: updated, alreadyStored: true };
    }
    const evidence: Evidence = {
      id: file.sha256,
      name: file.name,
      otherNames: [],
      mediaType: file.mediaType || 'application/octet-stream',
      size: file.data.size,
      ...(file.sourceUrl === undefined ? {} : { sourceUrl: file.sourceUrl }),
      ...(file.capturedAt === undefined ? {} : { capturedAt: file.capturedAt }),
      ...(file.capturedBy === undefined ? {} : { capturedBy: file.capturedBy }),
      importedAt: new Date().toISOString(),
      importIds: [],
    };
    await db.blobs.put({ sha256: file.sha256, data: file.data });
    await db.evidence.add(evidence);
    await appendAudit(db, {
      action: 'evidence.add',
      target: file.sha256,
      details: { name: file.name, size: evidence.size, mediaType: evidence.mediaType },
    });
    return { evidence, alreadyStored: false };
  });
}

/** Newest first. */
export function listEvidence(db: CasegraphDb): Promise<Evidence[]> {
  return db.evidence.orderBy('importedAt').reverse().toArray();
}

export async function readEvidenceBlob(db: CasegraphDb, id: EvidenceId): Promise<Blob> {
  const blob = await db.blobs.get(id);
  if (!blob) throw new Error(`The bytes of evidence ${id} are missing from the store`);
  return blob.data;
}
