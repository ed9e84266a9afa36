/**
 * Review on a field reviewer's computer: the bundles opened here (by the SHA-256 of their manifest) and the
 * annotations made on them, saved as the reviewer goes so closing the app loses nothing.
 *
 * Not audit-logged: the workbench's audit chain records changes to its own case data, and a reviewer's notes on
 * someone else's bundle are not that. They travel in the annotations file, whose hash the investigator's import
 * records in the original case's audit log.
 */
import type { Annotation, AnnotationFlag } from '@shared/bundle/types';
import type { ReviewAnnotation, ReviewRecord } from '@shared/bundle/stored';
import type { CasegraphDb } from '../db';

/** Bundles opened before, newest first. */
export function listReviews(db: CasegraphDb): Promise<ReviewRecord[]> {
  return db.reviews.orderBy('openedAt').reverse().toArray();
}

/** Records (or refreshes) a bundle that was just opened and checked. */
export async function recordReview(db: CasegraphDb, record: ReviewRecord): Promise<void> {
  await db.reviews.put(record);
}

/** The reviewer's annotations on one bundle, in the order they were first made. */
export async function annotationsOf(db: CasegraphDb, manifestSha256: string): Promise<ReviewAnnotation[]> {
  const rows = await db.reviewAnnotations.where('manifestSha256').equals(manifestSha256).toArray();
  return rows.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

export type AnnotationDraft = Readonly<{
  manifestSha256: string;
  target: Annotation['target'];
  flag: AnnotationFlag | null;
  comment: string;
  reviewer: string;
  /** ISO 8601; the caller's clock, so tests can fix it. */
  at: string;
}>;

/**
 * Sets the one annotation a reviewer keeps per entity or evidence item of a bundle: a new flag or comment replaces
 * the previous one (same id, so an exported file and a re-export agree on what is what). Clearing both flag and
 * comment removes it, so the list shows only what the reviewer actually said. Returns what is stored now.
 */
export async function saveAnnotation(
  db: CasegraphDb,
  draft: AnnotationDraft,
): Promise<ReviewAnnotation | undefined> {
  const comment = draft.comment.trim();
  const targetId = draft.target.id;
  return db.transaction('rw', db.reviewAnnotations, async () => {
    const previous = await db.reviewAnnotations
      .where('[manifestSha256+targetId]')
      .equals([draft.manifestSha256, targetId])
      .first();
    if (draft.flag === null && comment === '') {
      if (previous) await db.reviewAnnotations.delete(previous.id);
      return undefined;
    }
    const annotation: ReviewAnnotation = {
      id: previous?.id ?? crypto.randomUUID(),
      manifestSha256: draft.manifestSha256,
      targetId,
      target: draft.target,
      flag: draft.flag,
      comment,
      reviewer: draft.reviewer,
      at: draft.at,
    };
    await db.reviewAnnotations.put(annotation);
    return annotation;
  });
}

/** Forgets a bundle opened here and every annotation made on it (after they were sent, or by mistake). */
export async function forgetReview(db: CasegraphDb, manifestSha256: string): Promise<void> {
  await db.transaction('rw', [db.reviews, db.reviewAnnotations], async () => {
    await db.reviewAnnotations.where('manifestSha256').equals(manifestSha256).delete();
    await db.reviews.delete(manifestSha256);
  });
}
