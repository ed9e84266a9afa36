/** Messages between the page and the explore worker (tables, facets, search). Every request carries an id. */
import type { TableQuery } from '@shared/explore/tableQuery';
import type { EntityId, EntityKind } from '@shared/model';
import type { ResultStatus, TableRow } from '../repositories/entityTable';
import type { FacetGroup } from '../repositories/facetCounts';
import type { SearchResult } from '../repositories/search';

export type ExploreRequest = Readonly<{ id: number }> &
  (
    | Readonly<{ type: 'rows'; query: TableQuery; offset: number; limit: number; partialAfterMs?: number }>
    | Readonly<{ type: 'ids'; query: TableQuery; limit: number }>
    | Readonly<{ type: 'facets'; kind: EntityKind }>
    | Readonly<{ type: 'search'; text: string; perKind: number; kinds?: readonly EntityKind[] }>
  );

export type ExploreResponse =
  | Readonly<{ type: 'rows'; id: number; rows: readonly TableRow[]; status: ResultStatus; ms: number }>
  | Readonly<{ type: 'ids'; id: number; ids: readonly EntityId[]; complete: boolean }>
  | Readonly<{ type: 'facets'; id: number; groups: readonly FacetGroup[] }>
  | Readonly<{ type: 'search'; id: number; result: SearchResult; ms: number }>
  | Readonly<{ type: 'error'; id: number; message: string }>
  /** A scan found more rows (sent while it runs, for the count and progress). */
  | Readonly<{ type: 'status'; queryKey: string; status: ResultStatus }>;
