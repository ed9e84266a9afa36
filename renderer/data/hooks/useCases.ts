import type { Case } from '@shared/model';
import { createCase, listCases, type CaseDraft } from '../repositories/cases';
import { getDb } from '../db';
import { useLiveData } from './useLiveData';

export function useCases(): Case[] | undefined {
  return useLiveData(listCases);
}

export function addCase(draft: CaseDraft): Promise<Case> {
  return createCase(getDb(), draft);
}
