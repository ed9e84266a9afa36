/**
 * The page's side of the explore worker: requests answered by id (several may be in flight: the rows of two
 * scrolled pages and a search), and scan progress delivered to whoever shows that table.
 */
import { queryKey, type TableQuery } from '@shared/explore/tableQuery';
import type { EntityId, EntityKind } from '@shared/model';
import type { ResultStatus, TableRow } from '../repositories/entityTable';
import type { FacetGroup } from '../repositories/facetCounts';
import type { SearchResult } from '../repositories/search';
import type { ExploreRequest, ExploreResponse } from './explore.protocol';

type Waiting = Readonly<{ resolve: (response: ExploreResponse) => void; reject: (error: Error) => void }>;

let worker: Worker | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();
const statusListeners = new Map<string, Set<(status: ResultStatus) => void>>();

function spawn(): Worker {
  const created = new Worker(new URL('./explore.worker.ts', import.meta.url), {
    type: 'module',
    name: 'explore',
  });
  created.onmessage = (event: MessageEvent<ExploreResponse>) => {
    const message = event.data;
    if (message.type === 'status') {
      for (const listener of statusListeners.get(message.queryKey) ?? []) listener(message.status);
      return;
    }
    const waiter = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.type === 'error') waiter?.reject(new Error(message.message));
    else waiter?.resolve(message);
  };
  created.onerror = (event) => {
    for (const waiter of waiting.values())
      waiter.reject(new Error(`Reading the store failed: ${event.message}`));
    waiting.clear();
    worker = undefined;
  };
  return created;
}

type Body = ExploreRequest extends infer R ? (R extends ExploreRequest ? Omit<R, 'id'> : never) : never;

function ask(body: Body): Promise<ExploreResponse> {
  worker ??= spawn();
  const id = nextId++;
  const target = worker;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    target.postMessage({ ...body, id });
  });
}

/** The answer as the type asked for (the worker answers each request with its own type or an error). */
async function askFor<T extends ExploreResponse['type']>(
  body: Body & { type: T },
): Promise<Extract<ExploreResponse, { type: T }>> {
  const response = await ask(body);
  if (response.type !== body.type)
    throw new Error(`The explore worker answered ${response.type} to ${body.type}`);
  return response as Extract<ExploreResponse, { type: T }>;
}

/** `partialAfterMs`: give the rows found by then rather than wait for the whole page (see RowsOptions). */
export async function fetchRows(
  query: TableQuery,
  offset: number,
  limit: number,
  partialAfterMs?: number,
): Promise<Readonly<{ rows: readonly TableRow[]; status: ResultStatus; ms: number }>> {
  const { rows, status, ms } = await askFor({
    type: 'rows',
    query,
    offset,
    limit,
    ...(partialAfterMs === undefined ? {} : { partialAfterMs }),
  });
  return { rows, status, ms };
}

export async function fetchMatchingIds(
  query: TableQuery,
  limit: number,
): Promise<Readonly<{ ids: readonly EntityId[]; complete: boolean }>> {
  const { ids, complete } = await askFor({ type: 'ids', query, limit });
  return { ids, complete };
}

export async function fetchFacets(kind: EntityKind): Promise<readonly FacetGroup[]> {
  return (await askFor({ type: 'facets', kind })).groups;
}

export async function runSearch(
  text: string,
  perKind: number,
  kinds?: readonly EntityKind[],
): Promise<Readonly<{ result: SearchResult; ms: number }>> {
  const { result, ms } = await askFor({ type: 'search', text, perKind, ...(kinds ? { kinds } : {}) });
  return { result, ms };
}

/** Progress of the scan behind a query; returns the unsubscribe. */
export function onTableStatus(query: TableQuery, listener: (status: ResultStatus) => void): () => void {
  const key = queryKey(query);
  const listeners = statusListeners.get(key) ?? new Set();
  listeners.add(listener);
  statusListeners.set(key, listeners);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) statusListeners.delete(key);
  };
}
