/**
 * Records read in table order, a batch at a time, for the entity table's streaming answers:
 * - `kindOrder`: every record of a kind in the order of a sort index (a scan);
 * - `termOrder`: only the records holding one of a few words, in name order, from the `[kind:term, sortName]`
 *   index — the records of each word merged into one order, so a word every tenth listing holds costs one page of
 *   reads instead of every name before its first match.
 * Each batch is its own short transaction, so an import (or a newer question) is never held up behind a long read.
 */
import { sortIndexOf, sortValue, type TableQuery } from '@shared/explore/tableQuery';
import type { Entity, EntityId, EntityKind } from '@shared/model';
import type { CasegraphDb } from '../db';
import { walkFrom } from './cursorWalk';

/** The next `size` records in order (fewer only at the end). */
export type BatchSource = (size: number) => Promise<Entity[]>;

type After = Readonly<{ key: IDBValidKey; id: EntityId }>;

/**
 * The next records of an index range after (key, id). IndexedDB orders equal index keys by primary key, and
 * `continuePrimaryKey` goes straight to the place after the last record read: no re-walking of a million equal
 * keys (every listing without a date) and no record read twice.
 */
async function readAfter(
  db: CasegraphDb,
  indexName: string,
  range: IDBKeyRange,
  after: After | undefined,
  size: number,
  desc: boolean,
): Promise<Entity[]> {
  const out: Entity[] = [];
  const span = { store: 'entities', indexName, range, desc, values: true };
  await walkFrom(db, span, after && { key: after.key, primaryKey: after.id }, (cursor) => {
    if (!cursor) return true;
    // the last record read, where the walk was put back
    if (cursor.primaryKey !== after?.id) {
      out.push((cursor as IDBCursorWithValue).value as Entity);
      if (out.length >= size) return true;
    }
    cursor.continue();
    return false;
  });
  return out;
}

/** Every entry of a kind in a `[kind+sort…]` index. */
export function kindRange(kind: EntityKind): IDBKeyRange {
  // Arrays sort after every other key type, so [kind, []] is above every [kind, value].
  return IDBKeyRange.bound([kind, -Infinity], [kind, []]);
}

/** Every record of the query's kind, in the order of its sort index. */
export function kindOrder(db: CasegraphDb, query: TableQuery): BatchSource {
  const range = kindRange(query.kind);
  let after: After | undefined;
  return async (size) => {
    const batch = await readAfter(db, sortIndexOf(query.sort.slot), range, after, size, query.sort.desc);
    const last = batch.at(-1);
    if (last) after = { key: [query.kind, sortValue(last, query.sort.slot)], id: last.id };
    return batch;
  };
}

/** More words under one prefix than this and the prefix is too short to lead: merging them would cost more. */
export const MAX_MERGED_TERMS = 8;

/**
 * The stored terms that start with `prefix` (`listing:velo` → `listing:velora`, `listing:velour`), one index step
 * each, or undefined when there are more than `max`.
 */
export async function termsStartingWith(
  db: CasegraphDb,
  prefix: string,
  max = MAX_MERGED_TERMS,
): Promise<string[] | undefined> {
  const found: string[] = [];
  let from = prefix;
  for (let step = 0; step <= max * 4 && found.length <= max; step++) {
    const next = await db.entities
      .where('terms')
      .between(from, `${prefix}\uffff`, true, true)
      .limit(1)
      .keys();
    const term = next[0];
    if (typeof term !== 'string') return found;
    // whole e-mails, hosts and URLs have no name order (indexFields): a word filter never leads with them
    if (!/[@./]/.test(term.slice(term.indexOf(':') + 1))) found.push(term);
    // the smallest key after every entry of this term
    from = `${term}\u0000`;
  }
  return undefined;
}

/** `at`: the next unread record of `buffer` (a position, not `shift()`: a batch holds up to 2,000). */
type Stream = {
  term: string;
  buffer: Entity[];
  at: number;
  after: After | undefined;
  done: boolean;
  size: number;
};

function before(a: Entity, b: Entity, desc: boolean): boolean {
  const order = a.sortName === b.sortName ? (a.id < b.id ? -1 : 1) : a.sortName < b.sortName ? -1 : 1;
  return desc ? order > 0 : order < 0;
}

/**
 * The records holding any of `terms` (full `kind:term` keys), in name order (the `[kind+sortName]` order: by
 * name, then id), each once. Each word's records come from its own range of `termsByName` and are merged.
 */
export function termOrder(db: CasegraphDb, terms: readonly string[], desc: boolean): BatchSource {
  const streams: Stream[] = terms.map((term) => ({
    term,
    buffer: [],
    at: 0,
    after: undefined,
    done: false,
    size: 0,
  }));
  let lastId: EntityId | undefined;
  const refill = async (stream: Stream, wanted: number): Promise<void> => {
    // small at first (most filters want one page), then doubling as the word keeps being read
    stream.size = Math.min(Math.max(stream.size * 2, Math.ceil(wanted / streams.length), 16), 2_000);
    const range = IDBKeyRange.bound([stream.term], [stream.term, []]);
    const batch = await readAfter(db, 'termsByName', range, stream.after, stream.size, desc);
    const last = batch.at(-1);
    if (last) stream.after = { key: [stream.term, last.sortName], id: last.id };
    if (batch.length < stream.size) stream.done = true;
    stream.buffer = batch;
    stream.at = 0;
  };
  return async (size) => {
    const out: Entity[] = [];
    while (out.length < size) {
      for (const stream of streams) {
        if (stream.at === stream.buffer.length && !stream.done) await refill(stream, size - out.length);
      }
      let next: Stream | undefined;
      for (const stream of streams) {
        const head = stream.buffer[stream.at];
        if (head && (!next || before(head, next.buffer[next.at] as Entity, desc))) next = stream;
      }
      const entity = next?.buffer[next.at];
      if (!next || !entity) break;
      next.at += 1;
      // a record holding two of the words is in both ranges, at the same place in the order
      if (entity.id === lastId) continue;
      lastId = entity.id;
      out.push(entity);
    }
    return out;
  };
}
