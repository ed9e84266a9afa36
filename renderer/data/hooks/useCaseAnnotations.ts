/** Reviewers' annotations on a case or on one entity, and bringing a reviewer's file back into a case. */
import type { CaseId } from '@shared/model';
import { getDb } from '../db';
import {
  annotationsOfCase,
  annotationsOfTarget,
  importCaseAnnotations,
  type ReturnedAnnotations,
} from '../repositories/caseAnnotations';
import { useLiveData } from './useLiveData';

export { AnnotationsRefused, type AnnotationsImport } from '../repositories/caseAnnotations';

export function useCaseAnnotations(caseId: CaseId) {
  return useLiveData((db) => annotationsOfCase(db, caseId), [caseId]);
}

export function useTargetAnnotations(targetId: string) {
  return useLiveData((db) => annotationsOfTarget(db, targetId), [targetId]);
}

export const bringBackAnnotations = (caseId: CaseId, file: ReturnedAnnotations) =>
  importCaseAnnotations(getDb(), caseId, file);
