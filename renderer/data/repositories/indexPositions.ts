/**
 * Rows far down a sort index without walking to them every time. IndexedDB has no "row n" of an index: reaching it
 * means stepping over every entry before it (a million listings in name order: ~80 µs an entry, the middle of the
 * table 40 s away). So the walk leaves marks, the key and id of every `every`-th entry, and a jump starts from the
 * nearest mark before it, stepping over fewer than `every` entries. The marks are kept per store version
 * (`storedCounts`): once walked, any place up to where the walk went is a short read away, in this session and the
 * next, until the data changes.
 *
 * The walk takes one `advance` per request and a few marks per transaction, so the table's other questions (a
 * filter typed meanwhile, an import's write) are answered between its steps rather than after it, and it stops
 * as soon as the table no longer wants it.
 */
import type { Entity, EntityId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { walkFrom } from './cursorWalk';
import { keepFor, keptCount, storeVersion } from './storedCounts';

/** Entries between two marks: the most a jump steps over (~0.1 s in name order at a million). */
export const MARK_EVERY = 1_000;
/** Marks set per transaction: a long read-only transaction would hold an import's writes back. */
const MARKS_PER_TRANSACTION = 10;

/** The index key and the primary key of one entry: where a cursor can be put back with `continuePrimaryKey`. */
type Mark = readonly [key: IDBValidKey, id: EntityId];
type KeptMarks = Readonly<{ every: number; marks: readonly Mark[]; ended: boolean }>;

export type IndexSpan = Readonly<{
  indexName: string;
  range: IDBKeyRange;
  desc: boolean;
  /** Under which key the marks are kept (one per index, range and direction). */
  keptAs: string;
}>;

export type IndexPositions = Readonly<{
  /** The records at [offset, offset + limit) of the span, in its order. */
  read: (offset: number, limit: number) => Promise<Entity[]>;
  /** Stops a walk no longer wanted. */
  dispose: () => void;
}>;

/** Where a walk over the span is put back to start at a mark. */
function walkAt(
  db: CasegraphDb,
  span: IndexSpan,
  values: boolean,
  mark: Mark | undefined,
  step: (cursor: IDBCursor | null) => boolean,
): Promise<void> {
  const over = { store: 'entities', indexName: span.indexName, range: span.range, desc: span.desc, values };
  return walkFrom(db, over, mark && { key: mark[0], primaryKey: mark[1] }, step);
}

/** Up to `count` more marks after `from` (the first entry's when there is none yet), and whether the span ended. */
async function nextMarks(
  db: CasegraphDb,
  span: IndexSpan,
  from: Mark | undefined,
  count: number,
  every: number,
): Promise<{ marks: Mark[]; ended: boolean }> {
  const marks: Mark[] = [];
  let ended = false;
  let atFrom = from !== undefined;
  await walkAt(db, span, false, from, (cursor) => {
    if (!cursor) {
      ended = true;
      return true;
    }
    if (atFrom) atFrom = false;
    else marks.push([cursor.key, cursor.primaryKey as EntityId]);
    if (marks.length >= count) return true;
    cursor.advance(every);
    return false;
  });
  return { marks, ended };
}

/** `limit` records from `skip` entries after `from` (or after the span's start). */
async function readFrom(
  db: CasegraphDb,
  span: IndexSpan,
  from: Mark | undefined,
  skip: number,
  limit: number,
): Promise<Entity[]> {
  const out: Entity[] = [];
  let skipped = skip === 0;
  await walkAt(db, span, true, from, (cursor) => {
    if (!cursor) return true;
    if (!skipped) {
      skipped = true;
      cursor.advance(skip);
      return false;
    }
    out.push((cursor as IDBCursorWithValue).value as Entity);
    if (out.length >= limit) return true;
    cursor.continue();
    return false;
  });
  return out;
}

export function indexPositions(db: CasegraphDb, span: IndexSpan, every = MARK_EVERY): IndexPositions {
  let kept: { version: number; marks: Mark[]; ended: boolean } | undefined;
  let disposed = false;
  // one walk at a time: two jumps asked together extend the same marks
  let walking: Promise<unknown> = Promise.resolve();

  const load = async () => {
    if (kept) return kept;
    const version = await storeVersion(db);
    const stored = await keptCount<KeptMarks>(db, span.keptAs);
    kept =
      stored?.every === every
        ? { version, marks: [...stored.marks], ended: stored.ended }
        : { version, marks: [], ended: false };
    return kept;
  };

  /** Walks on until mark `n` is known, the span ends, or the table is closed. */
  const markUpTo = async (n: number): Promise<Mark | undefined> => {
    const state = await load();
    let walked = false;
    while (!disposed && !state.ended && state.marks.length <= n) {
      const more = await nextMarks(db, span, state.marks.at(-1), MARKS_PER_TRANSACTION, every);
      state.marks.push(...more.marks);
      state.ended = more.ended;
      walked = true;
    }
    if (walked)
      await keepFor(db, span.keptAs, state.version, {
        every,
        marks: [...state.marks],
        ended: state.ended,
      } satisfies KeptMarks);
    return state.marks[n];
  };

  return {
    read: async (offset, limit) => {
      const n = Math.floor(offset / every);
      if (n === 0) return readFrom(db, span, undefined, offset, limit);
      // A place the walk has passed is read at once, not after a walk further down that is still going.
      let mark = kept?.marks[n];
      if (!mark) {
        const marked = walking.then(() => markUpTo(n));
        walking = marked.catch(() => undefined);
        mark = await marked;
      }
      // past the end of the span, or no longer wanted
      if (!mark || disposed) return [];
      return readFrom(db, span, mark, offset - n * every, limit);
    },
    dispose: () => {
      disposed = true;
    },
  };
}
