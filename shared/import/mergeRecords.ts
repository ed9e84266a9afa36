/**
 * Folds a chunk of mapped records into the records known so far, as one store transaction does: the same merge
 * rules whether the records come from IndexedDB (the app) or live in memory (check-file, tests).
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
  const folded = new Set<EntityId>();
  for (const record of records) {
    const source = { importId: from.importId, evidenceId: from.evidenceId, locator: record.locator };
    for (const draft of record.entities) {
      const before = target.entities.get(draft.id);
      onMerge?.(draft.kind, before);
      target.entities.set(draft.id, foldEntity(before, draft, source, now));
      folded.add(draft.id);
    }
    for (const draft of record.links) {
      const id = linkId(draft.kind, draft.from, draft.to);
      const before = target.links.get(id);
      onMerge?.(`link:${draft.kind}`, before);
      target.links.set(id, mergeLink(before, draft, source, now));
    }
  }
  // Index fields once per entity and chunk, from its final state: they depend only on the record.
  for (const id of folded) {
    const entity = target.entities.get(id);
    if (entity) target.entities.set(id, withIndexFields(entity));
  }
}
