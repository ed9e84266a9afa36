/** One case's workspace: the case, what it holds, its notes, views, timeline and history, and the edits. */
import type { AuditVerification, CaseId, EntityId, EvidenceId, NoteId, SubjectRole } from '@shared/model';
import { getDb } from '../db';
import { caseHistory, type CaseHistory } from '../repositories/caseHistory';
import {
  addEvidenceToCase,
  caseMembers,
  removeFromCase,
  setEntityRole,
  type CaseEntity,
  type CaseEvidence,
  type CaseMembers,
} from '../repositories/caseItems';
import { addCaseNote, deleteCaseNote, editCaseNote, notesOfCase } from '../repositories/caseNotes';
import {
  addEntitiesToCase,
  caseDeletionImpact,
  deleteCase,
  readCase,
  updateCase,
  type CaseDeletion,
  type CasePatch,
} from '../repositories/cases';
import { caseTimeline, type CaseTimeline } from '../repositories/caseTimeline';

import { viewsOfCase } from '../repositories/views';
import { verifyInWorker } from '../workers/backupClient';
import { useLiveData } from './useLiveData';

export type { CaseDeletion, CaseEntity, CaseEvidence, CaseHistory, CaseMembers, CasePatch, CaseTimeline };

/** undefined while loading, null when there is no such case (deleted, or a stale link). */
export function useCase(id: CaseId) {
  return useLiveData(async (db) => (await readCase(db, id)) ?? null, [id]);
}

export function useCaseMembers(id: CaseId): CaseMembers | undefined {
  return useLiveData((db) => caseMembers(db, id), [id]);
}

export function useCaseNotes(id: CaseId) {
  return useLiveData((db) => notesOfCase(db, id), [id]);
}

export function useCaseViews(id: CaseId) {
  return useLiveData((db) => viewsOfCase(db, id), [id]);
}

export function useCaseTimeline(id: CaseId): CaseTimeline | undefined {
  return useLiveData((db) => caseTimeline(db, id), [id]);
}

export function useCaseHistory(id: CaseId): CaseHistory | undefined {
  return useLiveData((db) => caseHistory(db, id), [id]);
}

export function useCaseDeletionImpact(id: CaseId): CaseDeletion | undefined {
  return useLiveData((db) => caseDeletionImpact(db, id), [id]);
}

export const saveCaseDetails = (id: CaseId, patch: CasePatch) => updateCase(getDb(), id, patch);
export const removeCase = (id: CaseId) => deleteCase(getDb(), id);
export const changeRole = (id: CaseId, entity: EntityId, role: SubjectRole) =>
  setEntityRole(getDb(), id, entity, role);
export const takeOutOfCase = (id: CaseId, target: EntityId | EvidenceId) =>
  removeFromCase(getDb(), id, target);
export const attachEvidence = (id: CaseId, evidence: readonly EvidenceId[]) =>
  addEvidenceToCase(getDb(), id, evidence);
/** Adds entities in the role given, or each in its kind's usual role. */
export const addEntities = (id: CaseId, entities: readonly EntityId[], role?: SubjectRole) =>
  addEntitiesToCase(getDb(), id, entities, role);
export const writeNote = (id: CaseId, body: string) => addCaseNote(getDb(), id, body);
export const reviseNote = (id: NoteId, body: string) => editCaseNote(getDb(), id, body);
export const eraseNote = (id: NoteId) => deleteCaseNote(getDb(), id);

/**
 * Re-hashes the whole audit chain (every case shares it) in a worker and names the first entry that does not fit.
 */
export function verifyHistory(): Promise<AuditVerification> {
  return verifyInWorker();
}
