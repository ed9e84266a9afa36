/**
 * Everything the entity page shows about one entity, read in one go: its links with the entity at the other end,
 * the accounts it shares each identifier with, where each value came from, its evidence, its cases and what the
 * latest link analysis says about it.
 *
 * A hub identifier (a marketplace's support address) may have a hundred thousand links: each list is capped and
 * says how many there are in all.
 */
import type { Network, Signal, Suggestion } from '@shared/analysis';
import {
  KINDS,
  caption,
  type Case,
  type Entity,
  type EntityId,
  type EntityKind,
  type Evidence,
  type EvidenceId,
  type ImportId,
  type ImportRecord,
  type Link,
  type SubjectRole,
} from '@shared/model';
import type { CasegraphDb } from '../db';
import { casesOfEntity } from './cases';
import { DEFAULT_ANALYSIS, networkOfEntity, signalsOfAccount } from './analysisResults';

export type EntityRef = Readonly<{ id: EntityId; kind: EntityKind; caption: string }>;
export type LinkedEntity = Readonly<{ link: Link; other: EntityRef; outgoing: boolean }>;
export type SharedIdentifier = Readonly<{
  identifier: EntityRef;
  /** Why: the field the identifier was in on this account (`E-Mail`, `Phone`). */
  role?: string;
  accounts: readonly LinkedEntity[];
  total: number;
}>;

export type EntityDetails = Readonly<{
  entity: Entity;
  links: readonly LinkedEntity[];
  linkTotal: number;
  shared: readonly SharedIdentifier[];
  imports: ReadonlyMap<ImportId, ImportRecord>;
  evidence: readonly Evidence[];
  cases: readonly Readonly<{ case: Case; role: SubjectRole | 'evidence' }>[];
  analysis?: Readonly<{
    computedAt: string;
    network?: Network;
    signals: readonly Signal[];
    suggestions: readonly Suggestion[];
  }>;
}>;

const MAX_LINKS = 300;
const MAX_SHARED_PER_IDENTIFIER = 12;
const MAX_IDENTIFIERS = 40;

function refOf(entity: Entity | undefined, id: EntityId): EntityRef {
  const kind = (entity?.kind ?? id.slice(0, id.indexOf(':'))) as EntityKind;
  return { id, kind, caption: entity ? caption(entity) : id.slice(id.indexOf(':') + 1) };
}

async function withOthers(db: CasegraphDb, links: readonly Link[], self: EntityId): Promise<LinkedEntity[]> {
  const otherIds = links.map((l) => (l.from === self ? l.to : l.from));
  const others = await db.entities.bulkGet(otherIds);
  return links.map((link, i) => ({
    link,
    other: refOf(others[i], otherIds[i] as EntityId),
    outgoing: link.from === self,
  }));
}

async function sharedIdentifiers(
  db: CasegraphDb,
  self: EntityId,
  links: readonly LinkedEntity[],
): Promise<SharedIdentifier[]> {
  const identifiers = links
    .filter((l) => l.outgoing && KINDS[l.other.kind].group === 'identifier')
    .slice(0, MAX_IDENTIFIERS);
  const shared = await Promise.all(
    identifiers.map(async ({ other, link }): Promise<SharedIdentifier | undefined> => {
      const total = (await db.links.where('to').equals(other.id).count()) - 1;
      if (total <= 0) return undefined;
      const incoming = (
        await db.links
          .where('to')
          .equals(other.id)
          .limit(MAX_SHARED_PER_IDENTIFIER + 1)
          .toArray()
      ).filter((l) => l.from !== self);
      const accounts = await withOthers(db, incoming.slice(0, MAX_SHARED_PER_IDENTIFIER), other.id);
      return { identifier: other, ...(link.role ? { role: link.role } : {}), accounts, total };
    }),
  );
  return shared.filter((s): s is SharedIdentifier => s !== undefined).sort((a, b) => a.total - b.total);
}

function evidenceIdsOf(entity: Entity): EvidenceId[] {
  const ids = new Set<EvidenceId>(entity.sources.map((s) => s.evidenceId));
  for (const values of Object.values(
    entity.properties as Record<string, readonly { sources: readonly { evidenceId: EvidenceId }[] }[]>,
  ))
    for (const value of values) for (const source of value.sources) ids.add(source.evidenceId);
  // an image entity names the stored picture itself
  if (entity.kind === 'image')
    for (const { value } of entity.properties.evidenceId ?? []) ids.add(String(value) as EvidenceId);
  return [...ids];
}

export async function readEntityDetails(db: CasegraphDb, id: EntityId): Promise<EntityDetails | null> {
  const entity = await db.entities.get(id);
  if (!entity) return null;
  const [outgoing, incoming, outTotal, inTotal] = await Promise.all([
    db.links.where('from').equals(id).limit(MAX_LINKS).toArray(),
    db.links.where('to').equals(id).limit(MAX_LINKS).toArray(),
    db.links.where('from').equals(id).count(),
    db.links.where('to').equals(id).count(),
  ]);
  const links = await withOthers(db, [...outgoing, ...incoming], id);
  const importIds = new Set<ImportId>(entity.importIds);
  const imports = new Map(
    (await db.imports.bulkGet([...importIds])).flatMap((r) => (r ? [[r.id, r] as const] : [])),
  );
  const evidence = (await db.evidence.bulkGet(evidenceIdsOf(entity))).filter(
    (e): e is Evidence => e !== undefined,
  );
  const stored = await db.analyses.get(DEFAULT_ANALYSIS);
  const [network, signals] = stored
    ? await Promise.all([networkOfEntity(db, id), signalsOfAccount(db, id)])
    : [undefined, []];
  return {
    entity,
    links,
    linkTotal: outTotal + inTotal,
    shared: await sharedIdentifiers(db, id, links),
    imports,
    evidence,
    cases: await casesOfEntity(db, id),
    ...(stored
      ? {
          analysis: {
            computedAt: stored.computedAt,
            ...(network ? { network } : {}),
            signals,
            suggestions: stored.summary.suggestions.filter((s) => s.a === id || s.b === id),
          },
        }
      : {}),
  };
}
