/** Counts for the overview, answered from indexes without loading records. */
import { ENTITY_KINDS, type EntityKind } from '@shared/model';
import type { CasegraphDb } from '../db';

export type StoreCounts = Readonly<{
  entitiesByKind: Readonly<Record<EntityKind, number>>;
  entities: number;
  links: number;
  evidence: number;
  cases: number;
  auditEntries: number;
}>;

export async function countStore(db: CasegraphDb): Promise<StoreCounts> {
  const perKind = await Promise.all(
    ENTITY_KINDS.map((kind) => db.entities.where('kind').equals(kind).count()),
  );
  const entitiesByKind = Object.fromEntries(ENTITY_KINDS.map((kind, i) => [kind, perKind[i] ?? 0])) as Record<
    EntityKind,
    number
  >;
  const [links, evidence, cases, auditEntries] = await Promise.all([
    db.links.count(),
    db.evidence.count(),
    db.cases.count(),
    db.audit.count(),
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
