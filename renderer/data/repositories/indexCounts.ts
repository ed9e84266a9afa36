/**
 * Counts and distinct keys of big index ranges, in short requests. IndexedDB counts a range by walking it in one
 * request and answers nothing else meanwhile: counting a million listings' `kind` entries held every other read
 * for ~5 s, a facet value held by 100,000 listings for ~0.8 s, so right after an import (or any change, which makes
 * the kept counts stale) a table's sort waited seconds behind the counts being taken again. Here a key cursor
 * jumps `step` entries per request (`advance`), each step in its own transaction, so another read waits at most
 * one step, and no step starts while a read someone waits for is in flight (readPriority.ts). The last, partial
 * step is found by halving: at most about `step` more entries walked.
 */
import type { CasegraphDb } from '../db';
import { walkFrom, type Position } from './cursorWalk';
import { backgroundTurn } from './readPriority';

/** Entries per request: ~25–40 ms of walking here (a million listings on disk) at the widest keys counted. */
export const COUNT_STEP = 5_000;

/**
 * Puts a key cursor over the range (of `indexName`, or of the store's primary keys; null: all of it) at `from`
 * (the start when there is none) and advances `by`: the position it lands on, or undefined past the end.
 */
async function advanceFrom(
  db: CasegraphDb,
  store: string,
  indexName: string | undefined,
  range: IDBKeyRange | null,
  from: Position | undefined,
  by: number,
): Promise<Position | undefined> {
  let landed: Position | undefined;
  let advanced = by === 0;
  const span = { store, range, values: false, ...(indexName === undefined ? {} : { indexName }) };
  await walkFrom(db, span, from, (cursor) => {
    if (!cursor) return true;
    if (advanced) {
      landed = { key: cursor.key, primaryKey: cursor.primaryKey };
      return true;
    }
    advanced = true;
    cursor.advance(by);
    return false;
  });
  return landed;
}

/** How many entries the range holds, counted `step` at a time. */
export async function countInSteps(
  db: CasegraphDb,
  store: string,
  indexName: string | undefined,
  range: IDBKeyRange | null,
  step = COUNT_STEP,
): Promise<number> {
  // `at` is an entry already counted (the first one once it is known), `counted` includes it
  const first = await advanceFrom(db, store, indexName, range, undefined, 0);
  if (!first) return 0;
  let at: Position = first;
  let counted = 1;
  let by = step;
  while (by >= 1) {
    await backgroundTurn();
    const next = await advanceFrom(db, store, indexName, range, at, by);
    if (next) {
      at = next;
      counted += by;
    } else by = Math.floor(by / 2);
  }
  return counted;
}

/** The entities of one value of an index (a kind, a facet key), counted in steps. */
export function countEntitiesWith(db: CasegraphDb, indexName: string, value: IDBValidKey): Promise<number> {
  return countInSteps(db, 'entities', indexName, IDBKeyRange.only(value));
}

/** Every record of a store, counted in steps. */
export function countRecords(db: CasegraphDb, store: string): Promise<number> {
  return countInSteps(db, store, undefined, null);
}

/**
 * The distinct keys of an index's string range, one seek each: a key cursor put straight past all entries of the
 * key it is on. (A `nextunique` cursor, and Dexie's `uniqueKeys`, walk every entry in between: the listings of one
 * import, a million entries, took one 10 s request, with every other read waiting behind it.)
 */
export function distinctKeys(
  db: CasegraphDb,
  store: string,
  indexName: string,
  from: string,
  to: string,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const request = db
      .backendDB()
      .transaction(store, 'readonly')
      .objectStore(store)
      .index(indexName)
      .openKeyCursor(IDBKeyRange.bound(from, to));
    const keys: string[] = [];
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) {
        resolve(keys);
        return;
      }
      const key = cursor.key as string;
      keys.push(key);
      // the smallest string after `key`
      cursor.continue(`${key}\u0000`);
    };
    request.onerror = () => reject(request.error ?? new Error('Reading the index failed'));
  });
}
