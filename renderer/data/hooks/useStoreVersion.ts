/**
 * The store's version: the audit head's sequence number. Every change to the data appends to the audit log, so
 * views that read through a worker (tables, search) refetch when it moves.
 */
import { useLiveData } from './useLiveData';

export function useStoreVersion(): number | undefined {
  return useLiveData(async (db) => (await db.audit.orderBy(':id').last())?.seq ?? 0);
}
