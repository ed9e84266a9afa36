/**
 * A cursor put back where an earlier read left off. The readers that go through a big index a batch at a time (the
 * table's scans and word merges, far jumps, stepped counts) each open a short transaction per batch, so a newer
 * question or an import never waits behind a whole walk; each batch starts where the last ended with one seek
 * (`continuePrimaryKey`, which finds the place among a million equal keys without walking them).
 */
import type { CasegraphDb } from '../db';

/** An entry of an index (its key and its record's primary key), or of a store (the primary key twice). */
export type Position = Readonly<{ key: IDBValidKey; primaryKey: IDBValidKey }>;

export type WalkSpan = Readonly<{
  store: string;
  /** The index walked; none: the store's primary keys. */
  indexName?: string;
  /** null: all of it. */
  range: IDBKeyRange | null;
  desc?: boolean;
  /** Records too, or keys only. */
  values: boolean;
}>;

/**
 * Opens a cursor over the span and calls `step` at each entry it stops at, beginning at `from` (the first entry
 * after it when `from` is gone) or at the span's first entry; `step` moves the cursor on and returns false, or
 * returns true when done. `step(null)`: the span ended.
 */
export function walkFrom(
  db: CasegraphDb,
  span: WalkSpan,
  from: Position | undefined,
  step: (cursor: IDBCursor | null) => boolean,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const store = db.backendDB().transaction(span.store, 'readonly').objectStore(span.store);
    const source = span.indexName === undefined ? store : store.index(span.indexName);
    const direction = span.desc ? 'prev' : 'next';
    const request = span.values
      ? source.openCursor(span.range, direction)
      : source.openKeyCursor(span.range, direction);
    let positioned = from === undefined;
    request.onsuccess = () => {
      const cursor = request.result;
      if (!positioned && cursor && from) {
        positioned = true;
        // Already there when `from` is the first entry of the span (moving to it would be an error).
        if (indexedDB.cmp(cursor.primaryKey, from.primaryKey) !== 0) {
          if (span.indexName === undefined) cursor.continue(from.primaryKey);
          else cursor.continuePrimaryKey(from.key, from.primaryKey);
          return;
        }
      }
      if (step(cursor)) resolve();
    };
    request.onerror = () => reject(request.error ?? new Error('Reading the store failed'));
  });
}
