/** Small app settings. The examiner's name signs every audit entry, so it is set before anything is recorded. */
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
