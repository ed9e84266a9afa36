import { getDb } from '../db';
import { readExaminerName, setExaminerName } from '../repositories/settings';
import { useLiveData } from './useLiveData';

/** The name that signs audit entries. */
export function useExaminerName(): string | undefined {
  return useLiveData(readExaminerName);
}

export function saveExaminerName(name: string): Promise<void> {
  return setExaminerName(getDb(), name);
}
