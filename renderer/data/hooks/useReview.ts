/** Review's store: the bundles opened on this computer and the reviewer's annotations on them (live). */
import type { ReviewAnnotation, ReviewRecord } from '@shared/bundle/stored';
import { getDb } from '../db';
import {
  annotationsOf,
  forgetReview,
  listReviews,
  recordReview,
  saveAnnotation,
  type AnnotationDraft,
} from '../repositories/review';
import { useLiveData } from './useLiveData';

export type { AnnotationDraft };

/** Bundles opened before, newest first. */
export function useReviews(): ReviewRecord[] | undefined {
  return useLiveData(listReviews);
}

/** The annotations made on one bundle; an empty list when none is open. */
export function useReviewAnnotations(manifestSha256: string | undefined): ReviewAnnotation[] | undefined {
  return useLiveData(
    (db) => (manifestSha256 === undefined ? Promise.resolve([]) : annotationsOf(db, manifestSha256)),
    [manifestSha256],
  );
}

export function saveReviewAnnotation(draft: AnnotationDraft): Promise<ReviewAnnotation | undefined> {
  return saveAnnotation(getDb(), draft);
}

export function recordOpenedBundle(record: ReviewRecord): Promise<void> {
  return recordReview(getDb(), record);
}

/** Annotations of one bundle read once (for the annotations file), not live. */
export function readReviewAnnotations(manifestSha256: string): Promise<ReviewAnnotation[]> {
  return annotationsOf(getDb(), manifestSha256);
}

export function forgetOpenedBundle(manifestSha256: string): Promise<void> {
  return forgetReview(getDb(), manifestSha256);
}
