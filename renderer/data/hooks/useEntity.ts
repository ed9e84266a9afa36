/** The entity page's data and the analyst's edits to an entity (each audit-logged by the repository). */
import type { Entity, EntityId } from '@shared/model';
import { getDb } from '../db';
import { readEntityDetails, type EntityDetails } from '../repositories/entityDetails';
import { setEntityNote, setEntityTags } from '../repositories/entityEdits';
import { useLiveData } from './useLiveData';

export type { EntityDetails, EntityRef, LinkedEntity, SharedIdentifier } from '../repositories/entityDetails';

/** undefined while loading, null when there is no such entity (an undone import, a stale link). */
export function useEntityDetails(id: EntityId): EntityDetails | null | undefined {
  return useLiveData((db) => readEntityDetails(db, id), [id]);
}

export function saveEntityTags(id: EntityId, tags: readonly string[]): Promise<Entity> {
  return setEntityTags(getDb(), id, tags);
}

export function saveEntityNote(id: EntityId, note: string): Promise<Entity> {
  return setEntityNote(getDb(), id, note);
}
