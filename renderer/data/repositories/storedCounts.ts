/**
 * Counts that are slow to take and change only with the data. IndexedDB counts a range by walking every entry
 * (a million listings: about five seconds here), and while it walks, every other request to the database waits:
 * the table's first rows, a sort, a search. Such counts are taken once per store version (the audit head's
 * number, which every change to the data moves) and kept in `storedCounts`, so a page opened again, or after a
 * restart, shows them at once.
 */
import type { CasegraphDb } from '../db';

export async function storeVersion(db: CasegraphDb): Promise<number> {
  return (await db.audit.orderBy(':id').last())?.seq ?? 0;
}

/**
 * Counts being taken, by key and version: a page opened again before its first count is done waits for that one
 * instead of walking the index a second time behind it.
 */
const taking = new Map<string, Promise<unknown>>();

/** `take()`'s answer for the store as it is now: kept from an earlier call, or taken now and kept. */
export async function storedCount<T>(db: CasegraphDb, key: string, take: () => Promise<T>): Promise<T> {
  const version = await storeVersion(db);
  const inFlight = `${db.name}|${key}|${version}`;
  const pending = taking.get(inFlight) as Promise<T> | undefined;
  if (pending) return pending;
  const answer = keptOrTaken(db, key, version, take).finally(() => taking.delete(inFlight));
  taking.set(inFlight, answer);
  return answer;
}

async function keptOrTaken<T>(
  db: CasegraphDb,
  key: string,
  version: number,
  take: () => Promise<T>,
): Promise<T> {
  const kept = await db.storedCounts.get(key);
  if (kept?.version === version) return kept.value as T;
  const value = await take();
  await keepFor(db, key, version, value);
  return value;
}

/**
 * Keeps `value` as what `key` is for store `version`, unless the store has changed since: a value taken across a
 * change belongs to neither version. Written after the caller has its answer, outside any live query (which may
 * not write).
 */
export async function keepFor(db: CasegraphDb, key: string, version: number, value: unknown): Promise<void> {
  if ((await storeVersion(db)) === version)
    setTimeout(() => void db.storedCounts.put({ key, version, value }).catch(() => undefined), 0);
}

/** A count kept for the store as it is now, without taking it when there is none. */
export async function keptCount<T>(db: CasegraphDb, key: string): Promise<T | undefined> {
  const kept = await db.storedCounts.get(key);
  return kept !== undefined && kept.version === (await storeVersion(db)) ? (kept.value as T) : undefined;
}
