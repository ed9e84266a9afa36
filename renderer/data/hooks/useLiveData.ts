/**
 * The one way features read the store: a live query against the app's database that re-runs when the tables it
 * read change. `undefined` means "still loading", so components can tell loading from empty.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type CasegraphDb } from '../db';

export function useLiveData<T>(
  query: (db: CasegraphDb) => Promise<T>,
  deps: readonly unknown[] = [],
): T | undefined {
  return useLiveQuery(() => query(getDb()), [...deps]);
}
