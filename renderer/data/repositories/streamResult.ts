/**
 * A table answer read in table order from a batch source (all records of a kind, or those holding a word) and
 * filtered as it goes: the first rows appear as soon as they are found and the count grows until the source ends.
 */
import { recordFilter, type TableQuery } from '@shared/explore/tableQuery';
import type { EntityId } from '@shared/model';
import type { CasegraphDb } from '../db';
import type { BatchSource } from './sortedReads';
import { readRows, type ResultStatus, type TableResult } from './tableResult';

const FIRST_BATCH = 250;

export /**
 * Rows found while reading records in table order from `source` (all of a kind, or those holding a word): the first
 * rows appear as soon as they are found and the count grows until the source is read to its end.
 */
function streamResult(
  db: CasegraphDb,
  strategy: 'scan' | 'words',
  source: BatchSource,
  query: TableQuery,
  restrictTo: ReadonlySet<EntityId> | undefined,
  onProgress: (status: ResultStatus) => void,
  batchSize: number,
): TableResult {
  const keep = recordFilter(query);
  const matched: EntityId[] = [];
  let scanned = 0;
  let done = false;
  const control = { stopped: false };
  let failure: unknown;
  const waiters = new Set<() => void>();
  const wake = (): void => {
    for (const waiter of waiters) waiter();
  };
  const status = (): ResultStatus => ({ strategy, matched: matched.length, done, scanned });

  void (async () => {
    try {
      // Small first, then doubling: the first screenful of a filter matching one listing in twelve is in the
      // first few hundred records, and reading two thousand whole records first would keep it waiting.
      let size = Math.min(FIRST_BATCH, batchSize);
      while (!control.stopped) {
        const batch = await source(size);
        for (const entity of batch) {
          if (keep(entity) && (!restrictTo || restrictTo.has(entity.id))) matched.push(entity.id);
        }
        scanned += batch.length;
        if (batch.length < size) break;
        size = Math.min(size * 2, batchSize);
        onProgress(status());
        wake();
      }
    } catch (error) {
      failure = error;
    } finally {
      done = true;
      onProgress(status());
      wake();
    }
  })();

  return {
    status,
    rows: async (offset, limit, options = {}) => {
      const { partialAfterMs } = options;
      const deadline = partialAfterMs === undefined ? Infinity : performance.now() + partialAfterMs;
      // the deadline wakes the waiting reader even when no batch ends meanwhile
      const timer = Number.isFinite(deadline) ? setTimeout(wake, partialAfterMs) : undefined;
      try {
        while (
          !done &&
          matched.length < offset + limit &&
          !(matched.length > offset && performance.now() >= deadline)
        ) {
          await new Promise<void>((resolve) => {
            const waiter = (): void => {
              waiters.delete(waiter);
              resolve();
            };
            waiters.add(waiter);
          });
        }
      } finally {
        clearTimeout(timer);
      }
      if (failure !== undefined && matched.length === 0)
        throw failure instanceof Error ? failure : new Error('Reading the table failed');
      return readRows(db, matched.slice(offset, offset + limit));
    },
    dispose: () => {
      control.stopped = true;
    },
  };
}
