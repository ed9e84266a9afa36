/**
 * Finding an entity by what an investigator types: an identifier in any spelling (`+49 6155 2302`,
 * `Shop@Example.com`) is normalized and looked up by its key; anything else is a name prefix over the sorted
 * captions. A stop-gap until full-text search: it uses only indexes the store already has.
 */
import { sortNameOf } from '@shared/explore/indexFields';
import { ENTITY_KINDS, caption, type Entity } from '@shared/model';
import { normalizeDomain, normalizeEmail, normalizePhone, normalizeUrl } from '@shared/normalize';
import type { CasegraphDb } from '../db';

export type EntityMatch = Readonly<{ id: Entity['id']; kind: Entity['kind']; caption: string }>;

/** The keys the text could be, in every identifier spelling that accepts it. */
function candidateKeys(text: string): string[] {
  const keys = new Set<string>([text, text.toLowerCase()]);
  for (const normalize of [normalizeEmail, (t: string) => normalizePhone(t), normalizeUrl, normalizeDomain]) {
    const result = normalize(text);
    if (result.ok) keys.add(result.value);
  }
  return [...keys];
}

export async function findEntities(db: CasegraphDb, text: string, limit = 12): Promise<EntityMatch[]> {
  const query = text.trim();
  if (query === '') return [];
  const found = new Map<string, Entity>();
  // A pasted id (`seller:amazon.de␟A1B2C3`) opens that entity.
  const exact = await db.entities.get(query as Entity['id']);
  if (exact) found.set(exact.id, exact);
  for (const entity of await db.entities.where('key').anyOf(candidateKeys(query)).limit(limit).toArray())
    found.set(entity.id, entity);
  const prefix = sortNameOf(query);
  for (const kind of ENTITY_KINDS) {
    if (found.size >= limit) break;
    const byName = await db.entities
      .where('[kind+sortName]')
      .between([kind, prefix], [kind, `${prefix}\uffff`])
      .limit(limit - found.size)
      .toArray();
    for (const entity of byName) found.set(entity.id, entity);
  }
  return [...found.values()].map((entity) => ({
    id: entity.id,
    kind: entity.kind,
    caption: caption(entity),
  }));
}
