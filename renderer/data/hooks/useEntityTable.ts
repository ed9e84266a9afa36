/**
 * A table's rows, fetched page by page from the explore worker as the virtualized list scrolls to them. Nothing
 * but the pages scrolled to is in React state, so a million rows cost what a hundred do.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { queryKey, type TableQuery } from '@shared/explore/tableQuery';
import type { EntityId } from '@shared/model';
import type { ResultStatus, TableRow } from '../repositories/entityTable';
import type { FacetGroup } from '../repositories/facetCounts';
import { fetchFacets, fetchMatchingIds, fetchRows, onTableStatus } from '../workers/exploreClient';
import { useStoreVersion } from './useStoreVersion';

export type { TableRow, ResultStatus, FacetGroup };

/**
 * Rows per request: a little more than a tall window shows. A filter answered by scanning in sort order waits for
 * a whole page of matches, so a bigger page would keep the first screenful waiting (one listing in twelve: 100
 * matches meant reading ~1,200 records first).
 */
export const PAGE_SIZE = 50;
/**
 * A page still being searched for shows the rows found by then: a filter that matches one record in a hundred
 * shows its first rows at once and fills the page in as the worker finds more (the page is asked for again each
 * time the count grows).
 */
const PARTIAL_AFTER_MS = 120;

export type EntityTableState = Readonly<{
  status: ResultStatus | undefined;
  /** The row at a position, or undefined while its page is loading. */
  rowAt: (index: number) => TableRow | undefined;
  /** Asks for the pages covering [start, end] (the virtualizer's visible range). */
  ensureRange: (start: number, end: number) => void;
  /** Milliseconds from asking to the first rows (a part of the first page when few match), for the status line. */
  firstPageMs: number | undefined;
  /** Milliseconds from asking to a whole first page (or the whole answer, when shorter). */
  fullPageMs: number | undefined;
  error: string | undefined;
}>;

/** What has arrived for one query at one store version (`tag`); anything with another tag is stale. */
type Loaded = Readonly<{
  tag: string;
  pages: ReadonlyMap<number, readonly TableRow[]>;
  status?: ResultStatus;
  firstPageMs?: number;
  fullPageMs?: number;
  error?: string;
}>;

export function useEntityTable(query: TableQuery): EntityTableState {
  const version = useStoreVersion();
  const key = queryKey(query);
  // The query object changes identity on every render; its key says when it really changed.
  const [current, setCurrent] = useState(query);
  if (queryKey(current) !== key) setCurrent(query);
  const tag = `${key}@${String(version)}`;
  const [loaded, setLoaded] = useState<Loaded>({ tag: '', pages: new Map() });
  const inFlight = useRef(new Set<string>());
  // when this query's first page was first asked for: a page filled in over several answers counts from there
  const firstAsk = useRef({ tag: '', at: 0 });

  // An answer to an earlier query (or store version) arriving late must not replace the current one's pages.
  const latestTag = useRef(tag);
  useEffect(() => {
    latestTag.current = tag;
  }, [tag]);
  const update = useCallback(
    (change: (before: Loaded) => Partial<Loaded>) =>
      setLoaded((before) => {
        if (latestTag.current !== tag) return before;
        const base = before.tag === tag ? before : { tag, pages: new Map<number, readonly TableRow[]>() };
        return { ...base, ...change(base) };
      }),
    [tag],
  );

  const loadPage = useCallback(
    (page: number) => {
      const flight = `${tag}#${String(page)}`;
      if (version === undefined || inFlight.current.has(flight)) return;
      inFlight.current.add(flight);
      if (page === 0 && firstAsk.current.tag !== tag) firstAsk.current = { tag, at: performance.now() };
      fetchRows(current, page * PAGE_SIZE, PAGE_SIZE, PARTIAL_AFTER_MS).then(
        ({ rows, status }) => {
          const since = performance.now() - firstAsk.current.at;
          const whole = rows.length === PAGE_SIZE || status.done;
          // a page the worker is still filling is asked for again when the count grows (ensureRange)
          if (!whole) inFlight.current.delete(flight);
          update((before) => ({
            pages: new Map(before.pages).set(page, rows),
            status,
            ...(page === 0 && before.firstPageMs === undefined ? { firstPageMs: since } : {}),
            ...(page === 0 && whole && before.fullPageMs === undefined ? { fullPageMs: since } : {}),
          }));
        },
        (failure: unknown) => {
          inFlight.current.delete(flight);
          update(() => ({ error: failure instanceof Error ? failure.message : String(failure) }));
        },
      );
    },
    [current, tag, version, update],
  );

  // A new query or a changed store: start from the first page; a running scan reports its progress.
  useEffect(() => {
    if (version === undefined) return undefined;
    // pages asked for under an earlier query are not this query's (going back to it asks again)
    inFlight.current = new Set();
    loadPage(0);
    return onTableStatus(current, (status) => update(() => ({ status })));
  }, [current, version, loadPage, update]);

  const ensureRange = useCallback(
    (start: number, end: number) => {
      for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor(end / PAGE_SIZE); page++)
        loadPage(page);
    },
    [loadPage],
  );
  const fresh = loaded.tag === tag ? loaded : undefined;
  const pages = fresh?.pages;
  const rowAt = useCallback(
    (index: number) => pages?.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    [pages],
  );
  return {
    status: fresh?.status,
    rowAt,
    ensureRange,
    firstPageMs: fresh?.firstPageMs,
    fullPageMs: fresh?.fullPageMs,
    error: fresh?.error,
  };
}

/** The facet counts of a kind; `ready` holds them back until the table's first rows are there (they share a worker). */
export function useTableFacets(kind: TableQuery['kind'], ready = true): readonly FacetGroup[] | undefined {
  const version = useStoreVersion();
  const [groups, setGroups] = useState<{ kind: string; groups: readonly FacetGroup[] }>();
  useEffect(() => {
    if (version === undefined || !ready) return undefined;
    let live = true;
    void fetchFacets(kind).then((next) => {
      if (live) setGroups({ kind, groups: next });
    });
    return () => {
      live = false;
    };
  }, [kind, version, ready]);
  return groups?.kind === kind ? groups.groups : undefined;
}

/** Every id a query matches (up to `limit`), for "select all matching". */
export function matchingIds(
  query: TableQuery,
  limit: number,
): Promise<Readonly<{ ids: readonly EntityId[]; complete: boolean }>> {
  return fetchMatchingIds(query, limit);
}
