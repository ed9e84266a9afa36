import type { Evidence, EvidenceId } from '@shared/model';
import { getDb } from '../db';
import {
  listEvidence,
  readEvidenceBlob,
  storeEvidence,
  type NewEvidence,
  type StoredEvidence,
} from '../repositories/evidence';
import { useLiveData } from './useLiveData';

export function useEvidenceList(): Evidence[] | undefined {
  return useLiveData(listEvidence);
}

export function addEvidence(file: NewEvidence): Promise<StoredEvidence> {
  return storeEvidence(getDb(), file);
}

export function evidenceBytes(id: EvidenceId): Promise<Blob> {
  return readEvidenceBlob(getDb(), id);
}
