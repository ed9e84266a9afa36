/** Small app settings. The examiner's name signs every audit entry, so it is set before anything is recorded. */
import { resolveSettings, type AnalysisSettings, type AnalysisSettingsInput } from '@shared/analysis';
import type { CasegraphDb } from '../db';

const EXAMINER = 'examinerName';
export const DEFAULT_EXAMINER = 'Unnamed examiner';

export async function readExaminerName(db: CasegraphDb): Promise<string> {
  const setting = await db.settings.get(EXAMINER);
  return typeof setting?.value === 'string' && setting.value.trim() !== '' ? setting.value : DEFAULT_EXAMINER;
}

export async function setExaminerName(db: CasegraphDb, name: string): Promise<void> {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('The examiner name cannot be empty');
  await db.settings.put({ key: EXAMINER, value: trimmed });
}

const ANALYSIS_SETTINGS = 'analysisSettings';

/** The analyst's own thresholds and weights: only what she changed is kept, the rest follows the defaults. */
export async function readAnalysisSettings(db: CasegraphDb): Promise<AnalysisSettings> {
  const setting = await db.settings.get(ANALYSIS_SETTINGS);
  const stored = typeof setting?.value === 'object' && setting.value !== null ? setting.value : {};
  return resolveSettings(stored);
}

export async function saveAnalysisSettings(db: CasegraphDb, input: AnalysisSettingsInput): Promise<void> {
  await db.settings.put({ key: ANALYSIS_SETTINGS, value: input });
}
