/** What the Overview reads beyond the plain lists: figures computed from them by the pure functions in shared/overview. */
import { importsPerDay, type ImportsPerDay } from '@shared/overview/importsPerDay';
import { listImports } from '../repositories/imports';
import { useLiveData } from './useLiveData';

export type { StoreCounts } from '../repositories/stats';

/**
 * Rows imported per local day over the last `span` days, ending today. "Today" is read when the query runs (on
 * mount and whenever an import changes), not on every render, so the figures stay pure.
 */
export function useImportsPerDay(span = 30): ImportsPerDay | undefined {
  return useLiveData(async (db) => importsPerDay(await listImports(db), new Date(), span), [span]);
}
