/**
 * The search box: every kind's best matches for what was typed, from the `kind:term` index, so the answer takes
 * the same few index reads with a hundred records or a million.
 *
 * The longest word is looked up (the most selective); the other words must start one of each match's terms. When
 * nothing matches, the words one typo away are tried, and the answer says which word it used instead.
 */
import { termKey } from '@shared/explore/entityTerms';
import { highlightMatch, type Highlight } from '@shared/explore/highlight';
import { queryParts, type QueryPart } from '@shared/explore/searchTokens';
import { typoVariants } from '@shared/explore/typos';
import { ENTITY_KINDS, caption, type Entity, type EntityId, type EntityKind } from '@shared/model';
import type { CasegraphDb } from '../db';
import { kindsPresent } from './stats';

export type SearchHit = Readonly<{ id: EntityId; kind: EntityKind; caption: string; highlight?: Highlight }>;

export type SearchGroup = Readonly<{
  kind: EntityKind;
  hits: readonly SearchHit[];
  /** More match than are shown: the kind's table lists them all. */
  more: boolean;
}>;

export type SearchResult = Readonly<{
  query: string;
  groups: readonly SearchGroup[];
  /** The word searched instead of a typed one that matched nothing (`nkie` -> `nike`). */
  corrected?: Readonly<{ typed: string; used: string }>;
}>;

export type SearchOptions = Readonly<{ perKind?: number; kinds?: readonly EntityKind[] }>;

/** Index entries read per kind: enough to fill a group after the other words have filtered. */
const READ_SINGLE = 24;
const READ_MULTI = 400;

function dedupe(entities: readonly Entity[]): Entity[] {
  const seen = new Set<EntityId>();
  return entities.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

function hasAll(entity: Entity, kind: EntityKind, others: readonly QueryPart[]): boolean {
  return others.every((part) => {
    const prefix = termKey(kind, part.term);
    return entity.terms.some((t) => t.startsWith(prefix));
  });
}

/** What a hit is highlighted with. */
type PartsOf = (entity: Entity) => readonly QueryPart[];

async function groupFor(
  kind: EntityKind,
  read: (kind: EntityKind, limit: number) => Promise<Entity[]>,
  parts: readonly QueryPart[],
  partsOf: PartsOf,
  perKind: number,
): Promise<SearchGroup> {
  const others = parts.slice(1);
  const limit = others.length === 0 ? Math.max(READ_SINGLE, perKind + 1) : READ_MULTI;
  const raw = await read(kind, limit);
  const matching = dedupe(raw).filter((e) => hasAll(e, kind, others));
  return {
    kind,
    hits: matching.slice(0, perKind).map((entity) => {
      const highlight = highlightMatch(entity, partsOf(entity));
      return { id: entity.id, kind, caption: caption(entity), ...(highlight ? { highlight } : {}) };
    }),
    more: matching.length > perKind || raw.length >= limit,
  };
}

async function searchWith(
  parts: readonly QueryPart[],
  kinds: readonly EntityKind[],
  perKind: number,
  read: (kind: EntityKind, limit: number) => Promise<Entity[]>,
  partsOf: PartsOf,
): Promise<SearchGroup[]> {
  const groups = await Promise.all(kinds.map((kind) => groupFor(kind, read, parts, partsOf, perKind)));
  return groups.filter((g) => g.hits.length > 0);
}

export async function searchEntities(
  db: CasegraphDb,
  query: string,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const perKind = options.perKind ?? 5;
  const kinds = options.kinds ?? ENTITY_KINDS;
  // the longest word first: it is the one looked up
  const parts = queryParts(query).sort((a, b) => b.term.length - a.term.length);
  const lead = parts[0];
  if (!lead) return { query, groups: [] };
  const byPrefix = (kind: EntityKind, limit: number): Promise<Entity[]> => {
    const from = termKey(kind, lead.term);
    return db.entities.where('terms').between(from, `${from}\uffff`, true, true).limit(limit).toArray();
  };
  const groups = await searchWith(parts, kinds, perKind, byPrefix, () => parts);
  if (groups.length > 0) return { query, groups };

  // Nothing: each word that starts no stored term is replaced by the word one typo away that is stored most.
  // Only the kinds the store holds: each neighbour is looked up once per kind, and a jump through the index per
  // key is what a typo costs (a few hundred neighbours times twenty kinds was most of a 60 ms answer).
  const present = new Set(await kindsPresent(db));
  const held = kinds.filter((kind) => present.has(kind));
  const fixed = await Promise.all(parts.map((part) => correctedPart(db, part, held)));
  const changed = fixed.filter((part, i) => part.term !== parts[i]?.term);
  if (changed.length === 0) return { query, groups };
  const fixedParts = [...fixed].sort((a, b) => b.term.length - a.term.length);
  const fixedLead = fixedParts[0] ?? lead;
  const byFixedPrefix = (kind: EntityKind, limit: number): Promise<Entity[]> => {
    const from = termKey(kind, fixedLead.term);
    return db.entities.where('terms').between(from, `${from}\uffff`, true, true).limit(limit).toArray();
  };
  const corrected = await searchWith(fixedParts, kinds, perKind, byFixedPrefix, () => fixedParts);
  return {
    query,
    groups: corrected,
    corrected: {
      typed: changed.map((part) => part.typed).join(' '),
      used: fixed.map((part) => part.term).join(' '),
    },
  };
}

/** Whether any stored term of any kind starts with this word. */
async function isKnown(db: CasegraphDb, term: string, kinds: readonly EntityKind[]): Promise<boolean> {
  const hits = await Promise.all(
    kinds.map((kind) => {
      const from = termKey(kind, term);
      return db.entities.where('terms').between(from, `${from}\uffff`, true, true).limit(1).primaryKeys();
    }),
  );
  return hits.some((keys) => keys.length > 0);
}

/** Index entries read to tell which neighbour of a mistyped word is the common one. */
const VARIANT_SAMPLE = 500;

/** The word itself when it is stored, else its most frequent stored neighbour one typo away, else itself. */
async function correctedPart(
  db: CasegraphDb,
  part: QueryPart,
  kinds: readonly EntityKind[],
): Promise<QueryPart> {
  const variants = typoVariants(part.term);
  if (variants.length === 0 || (await isKnown(db, part.term, kinds))) return part;
  const keys = variants.flatMap((v) => kinds.map((kind) => termKey(kind, v)));
  const found = (await db.entities.where('terms').anyOf(keys).limit(VARIANT_SAMPLE).keys()) as string[];
  const counts = new Map<string, number>();
  for (const key of found) {
    const term = key.slice(key.indexOf(':') + 1);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  return best === undefined ? part : { term: best, typed: part.typed };
}
