/** What a table selection can be used for: a case, a tag, a CSV file; and the table's remembered columns. */
import { selectionToCsv } from '@shared/explore/selectionCsv';
import type { Column } from '@shared/explore/columns';
import type { CaseId, Entity, EntityId, EntityKind } from '@shared/model';
import { getDb } from '../db';
import { addEntitiesToCase, type AddedToCase } from '../repositories/cases';
import { readColumnPrefs, saveColumnPrefs, type ColumnPrefs } from '../repositories/columnPrefs';
import { tagEntities } from '../repositories/entityEdits';
import { useLiveData } from './useLiveData';

export type { ColumnPrefs, AddedToCase };

export function addToCase(caseId: CaseId, ids: readonly EntityId[]): Promise<AddedToCase> {
  return addEntitiesToCase(getDb(), caseId, ids);
}

export function tagSelection(ids: readonly EntityId[], tag: string): Promise<number> {
  return tagEntities(getDb(), ids, tag);
}

/** The selected entities as CSV text, read a thousand at a time. */
export async function selectionCsv(ids: readonly EntityId[], columns: readonly Column[]): Promise<string> {
  const db = getDb();
  const entities: Entity[] = [];
  for (let at = 0; at < ids.length; at += 1_000) {
    for (const entity of await db.entities.bulkGet(ids.slice(at, at + 1_000)))
      if (entity) entities.push(entity);
  }
  return selectionToCsv(entities, columns);
}

/** undefined while loading, null when the investigator has not chosen columns for this kind. */
export function useColumnPrefs(kind: EntityKind): ColumnPrefs | null | undefined {
  return useLiveData((db) => readColumnPrefs(db, kind), [kind]);
}

export function storeColumnPrefs(kind: EntityKind, prefs: ColumnPrefs): Promise<void> {
  return saveColumnPrefs(getDb(), kind, prefs);
}
