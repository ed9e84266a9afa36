/**
 * Entity tables over a million records: each query is answered the fastest way that gives the same rows as
 * `recordFilter` + `compareForSort` would over everything.
 *
 * - **index**: no filter. Rows come straight from the `[kind+sort…]` index with offset and limit; nothing else is
 *   read, so the first rows of a million appear as fast as of a hundred.
 * - **candidates**: a filter that a small set of records can satisfy (a network's members, a signal, a rare
 *   platform or import, looked up by the facet index): those records are read, filtered and sorted in memory.
 * - **words**: in name order, a word thousands of records hold ("velora" in one listing of ten): only the records
 *   holding it are read, already in name order from the `[kind:term, sortName]` index, and filtered; the first
 *   rows appear as soon as they are found and the count grows until all are read.
 * - **scan**: anything else (a text filter in another order, common facets). The records are read in sort order
 *   and filtered, like the words' records above.
 */
import { isSearchedColumn, termKey } from '@shared/explore/entityTerms';
import {
  compareForSort,
  facetGroups,
  filterTerms,
  hasFilters,
  recordFilter,
  searchTermsOfQuery,
  sortIndexOf,
  type TableQuery,
} from '@shared/explore/tableQuery';
import type { Entity, EntityId, EntityKind } from '@shared/model';
import type { CasegraphDb } from '../db';
import { keptCount, storedCount } from './storedCounts';
import { indexPositions } from './indexPositions';
import { kindOrder, kindRange, termOrder, termsStartingWith } from './sortedReads';
import { countEntitiesWith } from './indexCounts';
import { streamResult } from './streamResult';
import { READ_BATCH, readRows, rowOf, type ResultStatus, type TableResult } from './tableResult';

export type { ResultStatus, TableResult, TableRow } from './tableResult';
export { rowOf };

/** A filter this selective is answered from its candidates; above it, from the sort index. */
export const CANDIDATE_LIMIT = 20_000;
/** In name order, a filter this selective is answered from its candidates; above it, from its words' index. */
const FEW_MATCHES = 1_000;
/** The rows a table asks for at a time (useEntityTable's page). */
const SCAN_PAGE = 50;
/** Records a scan reads per transaction, so a newer query's reads are never queued behind a whole scan. */
const SCAN_BATCH = 2_000;

/**
 * Rows straight from the sort index. Counting a million index entries takes longer than reading the first page, so
 * the rows do not wait for it: the count follows as progress. A place far down the table is reached from marks
 * left by earlier walks (indexPositions).
 */
function indexResult(
  db: CasegraphDb,
  query: TableQuery,
  onProgress: (status: ResultStatus) => void,
  markEvery: number | undefined,
): TableResult {
  const { kind, sort } = query;
  const positions = indexPositions(
    db,
    {
      indexName: sortIndexOf(sort.slot),
      range: kindRange(kind),
      desc: sort.desc,
      keptAs: `positions:${kind}:${sort.slot}:${sort.desc ? 'desc' : 'asc'}`,
    },
    markEvery,
  );
  let total: number | undefined;
  let seen = 0;
  let counting = false;
  const status = (): ResultStatus =>
    total === undefined
      ? { strategy: 'index', matched: seen, done: false, scanned: 0 }
      : { strategy: 'index', matched: total, done: true, scanned: 0 };
  // Counted only after the first rows are read: the database answers one request at a time, and a count asked
  // first would hold the rows up for as long as it walks the index.
  const count = () => {
    if (counting) return;
    counting = true;
    void storedCount(db, `kind:${query.kind}`, () => countEntitiesWith(db, 'kind', query.kind)).then((n) => {
      total = n;
      onProgress(status());
    });
  };
  return {
    status,
    rows: async (offset, limit) => {
      const rows = (await positions.read(offset, limit)).map(rowOf);
      seen = Math.max(seen, offset + rows.length);
      count();
      return rows;
    },
    dispose: positions.dispose,
  };
}

function candidateResult(ids: readonly EntityId[], db: CasegraphDb): TableResult {
  return {
    status: () => ({ strategy: 'candidates', matched: ids.length, done: true, scanned: ids.length }),
    rows: (offset, limit) => readRows(db, ids.slice(offset, offset + limit)),
    dispose: () => undefined,
  };
}

/** Each facet value's count, from the facet panel's counts kept for the store as it is now (none if not kept). */
async function knownFacetTotals(db: CasegraphDb, kind: EntityKind): Promise<Map<string, number>> {
  const groups = await keptCount<readonly { options: readonly { key: string; count: number }[] }[]>(
    db,
    `facets:${kind}`,
  );
  return new Map((groups ?? []).flatMap((g) => g.options.map((o) => [o.key, o.count] as const)));
}

/** The query's words found in the term index (search words, filters on searched columns), longest first. */
function leadWords(query: TableQuery): string[] {
  return [
    searchTermsOfQuery(query)[0],
    ...query.text.filter((f) => isSearchedColumn(query.kind, f.column)).map((f) => filterTerms(f)[0]),
  ].filter((term): term is string => term !== undefined && !/[@./]/.test(term));
}

/**
 * The smallest set of ids the query can only be among, when one part of it is matched by at most `limit` records
 * (a rare word, facet, network or signal), or undefined when no part is that selective.
 */
async function candidatesOf(
  db: CasegraphDb,
  query: TableQuery,
  restrictTo: ReadonlySet<EntityId> | undefined,
  limit: number,
): Promise<readonly EntityId[] | undefined> {
  let best: readonly EntityId[] | undefined = restrictTo ? [...restrictTo] : undefined;
  for (const lead of leadWords(query)) {
    if (best && best.length <= 1_000) break;
    const from = termKey(query.kind, lead);
    const keys = await db.entities
      .where('terms')
      .between(from, `${from}\uffff`, true, true)
      .limit(limit + 1)
      .primaryKeys();
    const unique = [...new Set(keys)];
    if (keys.length <= limit && (!best || unique.length < best.length)) best = unique;
  }
  const facetTotals = await knownFacetTotals(db, query.kind);
  for (const group of facetGroups(query.facets)) {
    if (best && best.length <= 1_000) break;
    // Known to match more than the limit (the facet panel counted it): reading 20,000 keys to find that out
    // again would cost a third of a second before the scan even starts.
    if (group.reduce((sum, key) => sum + (facetTotals.get(key) ?? 0), 0) > limit) continue;
    const keys = await db.entities
      .where('facets')
      .anyOf(group)
      .limit(limit + 1)
      .primaryKeys();
    if (keys.length <= limit && (!best || keys.length < best.length)) best = [...new Set(keys)];
  }
  return best && best.length <= limit * 5 ? best : undefined;
}

/**
 * For a table in name order, the stored words the query's lead word stands for (`velo` → `velora`, `velour`),
 * whose records `termsByName` lists in name order; undefined when no word can lead (none typed, another sort, or
 * a prefix of too many words to merge).
 */
async function leadTermsInNameOrder(db: CasegraphDb, query: TableQuery): Promise<string[] | undefined> {
  if (query.sort.slot !== 'name') return undefined;
  for (const lead of leadWords(query)) {
    const terms = await termsStartingWith(db, termKey(query.kind, lead));
    if (terms) return terms;
  }
  return undefined;
}

async function materialize(
  db: CasegraphDb,
  query: TableQuery,
  candidates: readonly EntityId[],
  restrictTo: ReadonlySet<EntityId> | undefined,
): Promise<EntityId[]> {
  const keep = recordFilter(query);
  const kept: Entity[] = [];
  for (let at = 0; at < candidates.length; at += READ_BATCH) {
    for (const entity of await db.entities.bulkGet(candidates.slice(at, at + READ_BATCH))) {
      if (entity && keep(entity) && (!restrictTo || restrictTo.has(entity.id))) kept.push(entity);
    }
  }
  return kept.sort(compareForSort(query.sort)).map((e) => e.id);
}

/**
 * Whether reading every candidate (to sort them) costs more than reading the kind in sort order until a page of
 * them is found: about PAGE × total / n records for n candidates spread through the order, against n. One listing in
 * twelve of 100,000 (8,000 candidates, 0.8 s to read) shows a page after some 600 records of a scan. An unknown
 * total keeps the candidates.
 */
async function cheaperToScan(db: CasegraphDb, kind: EntityKind, n: number, few: number): Promise<boolean> {
  if (n <= few) return false;
  const total = await keptCount<number>(db, `kind:${kind}`);
  return total !== undefined && n * n > SCAN_PAGE * total;
}

export type OpenOptions = Readonly<{
  /** Ids the query is restricted to (a network's members, a signal's accounts), resolved by the caller. */
  restrictTo?: ReadonlySet<EntityId>;
  onProgress?: (status: ResultStatus) => void;
  /** Records a scan reads per transaction (tests make it small to cross many batch boundaries). */
  scanBatch?: number;
  /** In name order, candidates at most this many are read whole (tests make it 0 to read by words). */
  fewMatches?: number;
  /** Entries between two kept marks of a sort index (tests make it small to jump over many). */
  markEvery?: number;
}>;

/** Decides how to answer a query and starts answering it. */
export async function openTableResult(
  db: CasegraphDb,
  query: TableQuery,
  options: OpenOptions = {},
): Promise<TableResult> {
  const onProgress = options.onProgress ?? (() => undefined);
  const batch = options.scanBatch ?? SCAN_BATCH;
  if (!hasFilters(query)) return indexResult(db, query, onProgress, options.markEvery);
  const few = options.fewMatches ?? FEW_MATCHES;
  const terms = await leadTermsInNameOrder(db, query);
  // In name order, a word's records come sorted from its index: only a really small set is worth reading whole.
  const candidates = await candidatesOf(db, query, options.restrictTo, terms ? few : CANDIDATE_LIMIT);
  if (candidates && !(await cheaperToScan(db, query.kind, candidates.length, few)))
    return candidateResult(await materialize(db, query, candidates, options.restrictTo), db);
  if (terms) {
    const source = termOrder(db, terms, query.sort.desc);
    return streamResult(db, 'words', source, query, options.restrictTo, onProgress, batch);
  }
  return streamResult(db, 'scan', kindOrder(db, query), query, options.restrictTo, onProgress, batch);
}
