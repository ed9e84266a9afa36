/** What a table query gives back, however it is answered: rows of cells, and how far the answer has got. */
import { columnsOf, cellText } from '@shared/explore/columns';
import type { Entity, EntityId, EntityKind } from '@shared/model';
import type { CasegraphDb } from '../db';

export type TableRow = Readonly<{ id: EntityId; kind: EntityKind; cells: Readonly<Record<string, string>> }>;

export type ResultStatus = Readonly<{
  strategy: 'index' | 'candidates' | 'words' | 'scan';
  /** Rows found so far; the total once `done`. */
  matched: number;
  done: boolean;
  /** Records read by a scan so far, for its progress. */
  scanned: number;
}>;

export type TableResult = Readonly<{
  status: () => ResultStatus;
  /** Rows [offset, offset + limit) of the result, waiting for a scan to find them (or to end). */
  rows: (offset: number, limit: number, options?: RowsOptions) => Promise<TableRow[]>;
  /** Stops a scan that is no longer wanted. */
  dispose: () => void;
}>;

export type RowsOptions = Readonly<{
  /**
   * While the answer is still being read, give the rows found after this many milliseconds if there are any, rather
   * than wait for the whole page: a filter that matches one record in a hundred shows its first rows at once and
   * the page fills in as the reading goes on (the caller asks again when the count grows).
   */
  partialAfterMs?: number;
}>;

export const READ_BATCH = 1_000;

export function rowOf(entity: Entity): TableRow {
  const cells: Record<string, string> = {};
  for (const column of columnsOf(entity.kind)) cells[column.id] = cellText(entity, column.id);
  return { id: entity.id, kind: entity.kind, cells };
}

export async function readRows(db: CasegraphDb, ids: readonly EntityId[]): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  for (let at = 0; at < ids.length; at += READ_BATCH) {
    const found = await db.entities.bulkGet(ids.slice(at, at + READ_BATCH));
    for (const entity of found) if (entity) rows.push(rowOf(entity));
  }
  return rows;
}
