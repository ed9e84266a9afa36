/** Counts for the overview, answered from indexes without loading records. */
import { ENTITY_KINDS, type EntityKind } from '@shared/model';
import type { CasegraphDb } from '../db';
import { countEntitiesWith, countRecords } from './indexCounts';
import { storedCount } from './storedCounts';

export type StoreCounts = Readonly<{
  entitiesByKind: Readonly<Record<EntityKind, number>>;
  entities: number;
  links: number;
  evidence: number;
  cases: number;
  auditEntries: number;
}>;

export function countStore(db: CasegraphDb): Promise<StoreCounts> {
  return storedCount(db, 'store', () => takeStoreCounts(db));
}

async function takeStoreCounts(db: CasegraphDb): Promise<StoreCounts> {
  // one after another: each walks its kind's entries in steps, and a sort asked meanwhile goes between them
  const perKind: number[] = [];
  for (const kind of ENTITY_KINDS) perKind.push(await countEntitiesWith(db, 'kind', kind));
  const entitiesByKind = Object.fromEntries(ENTITY_KINDS.map((kind, i) => [kind, perKind[i] ?? 0])) as Record<
    EntityKind,
    number
  >;
  const links = await countRecords(db, 'links');
  const [evidence, cases, auditEntries] = await Promise.all([
    db.evidence.count(),
    db.cases.count(),
    countRecords(db, 'audit'),
  ]);
  return {
    entitiesByKind,
    entities: perKind.reduce((sum, n) => sum + n, 0),
    links,
    evidence,
    cases,
    auditEntries,
  };
}

/**
 * The kinds that have at least one entity: one index seek per kind, where counting would walk every entry (a
 * million listings take seconds to count). The Entities page shows its tabs and table with this, and the counts
 * after the table's first rows.
 */
export async function kindsPresent(db: CasegraphDb): Promise<EntityKind[]> {
  const firsts = await Promise.all(
    ENTITY_KINDS.map((kind) => db.entities.where('kind').equals(kind).limit(1).primaryKeys()),
  );
  return ENTITY_KINDS.filter((_, i) => (firsts[i]?.length ?? 0) > 0);
}

/** How many entities of each of these kinds. */
export async function countKinds(
  db: CasegraphDb,
  kinds: readonly EntityKind[],
): Promise<Partial<Record<EntityKind, number>>> {
  const counts = await Promise.all(
    kinds.map((kind) => storedCount(db, `kind:${kind}`, () => countEntitiesWith(db, 'kind', kind))),
  );
  return Object.fromEntries(kinds.map((kind, i) => [kind, counts[i] ?? 0]));
}
