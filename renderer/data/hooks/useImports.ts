/** What the import section shows and does: the list of imports, templates, rejects and undo. */
import type { Mapping, MappingTemplate } from '@shared/import/mapping/types';
import { rejectsToCsv } from '@shared/import/rejectsCsv';
import type { EvidenceId, ImportId, ImportRecord } from '@shared/model';
import { getDb } from '../db';
import { completedImportOf, listImports, rejectsOf, resumeImport, undoImport } from '../repositories/imports';
import {
  deleteTemplate,
  listTemplates,
  saveTemplate,
  templateFileText,
  templateFor,
} from '../repositories/templates';
import { useLiveData } from './useLiveData';

export function useImports(): ImportRecord[] | undefined {
  return useLiveData(listImports);
}

export function useTemplates(): MappingTemplate[] | undefined {
  return useLiveData(listTemplates);
}

export function findCompletedImport(evidenceId: EvidenceId): Promise<ImportRecord | undefined> {
  return completedImportOf(getDb(), evidenceId);
}

export function findTemplate(headers: readonly string[]): Promise<MappingTemplate | undefined> {
  return templateFor(getDb(), headers);
}

export function storeTemplate(
  name: string,
  headers: readonly string[],
  mapping: Mapping,
): Promise<MappingTemplate> {
  return saveTemplate(getDb(), name, headers, mapping);
}

export async function rejectsCsvOf(importId: ImportId): Promise<string> {
  return rejectsToCsv(await rejectsOf(getDb(), importId));
}

export function undoAnImport(importId: ImportId, onProgress?: (done: number) => void): Promise<void> {
  return undoImport(getDb(), importId, onProgress);
}

export function markImportResumed(importId: ImportId): Promise<ImportRecord> {
  return resumeImport(getDb(), importId);
}

export function removeTemplate(name: string): Promise<void> {
  return deleteTemplate(getDb(), name);
}

export { templateFileText };
