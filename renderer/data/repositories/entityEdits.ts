/**
 * An analyst's own additions to an entity: tags and a note. Each edit is written with its audit entry (before and
 * after) in one transaction, and the entity's index fields are recomputed so the note and tags are searchable.
 */
import { withIndexFields } from '@shared/explore/indexFields';
import type { Entity, EntityId } from '@shared/model';
import type { CasegraphDb } from '../db';
import { appendAudit } from './audit';

/** Tags are short labels: trimmed, one space inside, no duplicates (case-insensitively), in the order given. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, 60);
    const folded = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(folded)) continue;
    seen.add(folded);
    out.push(tag);
  }
  return out;
}

async function edit(
  db: CasegraphDb,
  id: EntityId,
  change: (entity: Entity) => Entity | undefined,
  action: string,
  describe: (before: Entity, after: Entity) => Record<string, unknown>,
): Promise<Entity> {
  return db.transaction('rw', [db.entities, db.audit, db.settings], async () => {
    const entity = await db.entities.get(id);
    if (!entity) throw new Error('That entity is no longer in the store');
    const changed = change(entity);
    if (!changed) return entity;
    const updated = withIndexFields({ ...changed, updatedAt: new Date().toISOString() });
    await db.entities.put(updated);
    await appendAudit(db, { action, target: id, details: describe(entity, updated) });
    return updated;
  });
}

export function setEntityTags(db: CasegraphDb, id: EntityId, tags: readonly string[]): Promise<Entity> {
  const next = cleanTags(tags);
  return edit(
    db,
    id,
    (entity) => (entity.tags.join('\u0000') === next.join('\u0000') ? undefined : { ...entity, tags: next }),
    'entity.tags',
    (before, after) => ({ before: before.tags, after: after.tags }),
  );
}

export function setEntityNote(db: CasegraphDb, id: EntityId, note: string): Promise<Entity> {
  const next = note.trim();
  return edit(
    db,
    id,
    (entity) => {
      if ((entity.note ?? '') === next) return undefined;
      const { note: _old, ...rest } = entity;
      return next === '' ? rest : { ...rest, note: next };
    },
    'entity.note',
    (before, after) => ({ before: before.note ?? '', after: after.note ?? '' }),
  );
}

/** Adds one tag to many entities (a table selection), a chunk per transaction, one audit entry per entity. */
export async function tagEntities(db: CasegraphDb, ids: readonly EntityId[], tag: string): Promise<number> {
  const [clean] = cleanTags([tag]);
  if (clean === undefined) throw new Error('A tag cannot be empty');
  let tagged = 0;
  for (let at = 0; at < ids.length; at += 500) {
    await db.transaction('rw', [db.entities, db.audit, db.settings], async () => {
      const now = new Date().toISOString();
      for (const entity of await db.entities.bulkGet(ids.slice(at, at + 500))) {
        if (!entity || entity.tags.some((t) => t.toLocaleLowerCase() === clean.toLocaleLowerCase())) continue;
        const updated = withIndexFields({ ...entity, tags: [...entity.tags, clean], updatedAt: now });
        await db.entities.put(updated);
        await appendAudit(db, {
          action: 'entity.tags',
          target: entity.id,
          details: { before: entity.tags, after: updated.tags },
        });
        tagged += 1;
      }
    });
  }
  return tagged;
}
