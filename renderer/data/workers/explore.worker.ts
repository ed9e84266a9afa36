/// <reference lib="webworker" />
/**
 * Tables, facets and search read the store here, so a scan over a million records or a big facet count never
 * holds up the page. Open results are kept by query (the rows of a scrolled table come from the same result) and
 * dropped when the audit log shows the store has changed.
 */
import { queryKey, type TableQuery } from '@shared/explore/tableQuery';
import { CasegraphDb } from '../db';
import { storeSignature } from '../repositories/analysisSource';
import { openTableResult, type TableResult } from '../repositories/entityTable';
import { analysisRestriction, facetCounts } from '../repositories/facetCounts';
import { foregroundRead } from '../repositories/readPriority';
import { searchEntities } from '../repositories/search';
import type { ExploreRequest, ExploreResponse } from './explore.protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const db = new CasegraphDb();
const reply = (message: ExploreResponse): void => scope.postMessage(message);

/** Results kept open: the visible table and the few before it (going back to a previous sort is instant). */
const KEEP = 6;
const STATUS_EVERY_MS = 200;
let signature = '';
const results = new Map<string, Promise<TableResult>>();

async function freshStore(): Promise<void> {
  const now = await storeSignature(db);
  if (now === signature) return;
  signature = now;
  for (const result of results.values()) void result.then((r) => r.dispose());
  results.clear();
}

function resultFor(query: TableQuery): Promise<TableResult> {
  const key = queryKey(query);
  const open = results.get(key);
  if (open) {
    // most recently used last
    results.delete(key);
    results.set(key, open);
    return open;
  }
  // Only the table on screen scans: an unfinished scan of an earlier question stops (and is asked again if the
  // investigator goes back to it), so ticking through facets never leaves scans competing for the store.
  for (const [otherKey, other] of results) {
    void other.then((result) => {
      if (result.status().done) return;
      result.dispose();
      if (results.get(otherKey) === other) results.delete(otherKey);
    });
  }
  let lastStatus = 0;
  const opened = (async () =>
    openTableResult(db, query, {
      ...(query.network !== undefined || query.signal !== undefined
        ? { restrictTo: await analysisRestriction(db, query.network, query.signal) }
        : {}),
      onProgress: (status) => {
        const now = performance.now();
        if (!status.done && now - lastStatus < STATUS_EVERY_MS) return;
        lastStatus = now;
        reply({ type: 'status', queryKey: key, status });
      },
    }))();
  results.set(key, opened);
  while (results.size > KEEP) {
    const [oldest, evicted] = results.entries().next().value ?? [];
    if (oldest === undefined || !evicted) break;
    results.delete(oldest);
    void evicted.then((r) => r.dispose());
  }
  return opened;
}

async function handle(request: ExploreRequest): Promise<ExploreResponse> {
  const start = performance.now();
  await freshStore();
  switch (request.type) {
    case 'rows':
    case 'ids':
    case 'search':
      return foregroundRead(() => answer(request, start));
    case 'facets':
      return { type: 'facets', id: request.id, groups: await facetCounts(db, request.kind) };
  }
}

/** The questions someone waits for: table pages, selections, the search box. */
async function answer(
  request: Exclude<ExploreRequest, { type: 'facets' }>,
  start: number,
): Promise<ExploreResponse> {
  switch (request.type) {
    case 'rows': {
      const result = await resultFor(request.query);
      const rows = await result.rows(
        request.offset,
        request.limit,
        request.partialAfterMs === undefined ? {} : { partialAfterMs: request.partialAfterMs },
      );
      return { type: 'rows', id: request.id, rows, status: result.status(), ms: performance.now() - start };
    }
    case 'ids': {
      const result = await resultFor(request.query);
      const rows = await result.rows(0, request.limit);
      return {
        type: 'ids',
        id: request.id,
        ids: rows.map((r) => r.id),
        complete: result.status().done && result.status().matched <= request.limit,
      };
    }
    case 'search': {
      const result = await searchEntities(db, request.text, {
        perKind: request.perKind,
        ...(request.kinds ? { kinds: request.kinds } : {}),
      });
      return { type: 'search', id: request.id, result, ms: performance.now() - start };
    }
  }
}

scope.onmessage = (event: MessageEvent<ExploreRequest>) => {
  const request = event.data;
  handle(request).then(reply, (error: unknown) =>
    reply({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) }),
  );
};
