/**
 * Folds a chunk of mapped records into the records known so far, as one store transaction does: the same merge
 * rules whether the records come from IndexedDB (the app) or live in memory (check-file, tests). A record the chunk
 * adds nothing to is left as the same object, so the caller writes only what changed.
 */
import {
  linkId,
  type Entity,
  type EntityId,
  type EvidenceId,
  type ImportId,
  type Link,
  type LinkId,
} from '../model';
import { withIndexFields } from '../explore/indexFields';
import { foldEntity, mergeLink } from './merge';
import type { MappedRecord } from './types';

export type MergeTarget = Readonly<{
  entities: Map<EntityId, Entity | undefined>;
  links: Map<LinkId, Link | undefined>;
}>;

/**
 * `onMerge` hears of every entity (by kind) and link (`link:<kind>`) with what was known before, so the caller can
 * count what this import brought.
 */
export function mergeRecords(
  records: readonly MappedRecord[],
  from: Readonly<{ importId: ImportId; evidenceId: EvidenceId }>,
  now: string,
  target: MergeTarget,
  onMerge?: (key: string, before: Entity | Link | undefined) => void,
): void {
  const changed = new Set<EntityId>();
  for (const record of records) {
    const source = { importId: from.importId, evidenceId: from.evidenceId, locator: record.locator };
    for (const draft of record.entities) {
      const before = target.entities.get(draft.id);
      onMerge?.(draft.kind, before);
      const after = foldEntity(before, draft, source, now);
      if (after === before) continue;
      target.entities.set(draft.id, after);
      changed.add(draft.id);
    }
    for (const draft of record.links) {
      const id = linkId(draft.kind, draft.from, draft.to);
      const before = target.links.get(id);
      onMerge?.(`link:${draft.kind}`, before);
      target.links.set(id, mergeLink(before, draft, source, now));
    }
  }
  // Index fields once per changed entity and chunk, from its final state: they depend only on the record. An entity
  // the chunk added nothing to stays the very object it was, which tells the writer to leave it alone.
  for (const id of changed) {
    const entity = target.entities.get(id);
    if (entity) target.entities.set(id, withIndexFields(entity));
  }
}
