import type { AuditEntry } from '@shared/model';
import { recentAudit } from '../repositories/audit';
import { useLiveData } from './useLiveData';

/** The newest audit entries, for the overview's activity list. */
export function useRecentActivity(limit = 8): AuditEntry[] | undefined {
  return useLiveData((db) => recentAudit(db, limit), [limit]);
}
