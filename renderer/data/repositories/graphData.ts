/**
 * What the graph view reads from the store: entities as chart nodes (with their store-wide link count, dates, the
 * latest analysis's signals and network), the links among a set of entities, a node's neighbours by link kind, and
 * the entities behind a case or a network. Everything goes through the `from`/`to` link indexes and `bulkGet`, so a
 * ten-thousand-node chart costs a few index range reads, not one query per node.
 */
import type { GraphEdge, GraphNode, GraphPiece } from '@shared/graph/model';
import { caption, kindOfId, type Entity, type EntityId, type Link, type LinkKind } from '@shared/model';
import type { CasegraphDb } from '../db';
import { DEFAULT_ANALYSIS, networkMemberIds } from './analysisResults';

/** Properties that date an entity, whatever its kind. */
const DATE_PROPS = [
  'createdAt',
  'firstSeen',
  'capturedAt',
  'shippedAt',
  'seizedAt',
  'incorporationDate',
] as const;
const DAY = /^\d{4}-\d{2}-\d{2}/;

/** Neighbours one expansion brings at most: past that the analyst should narrow by link kind or fold a hub. */
export const EXPAND_LIMIT = 400;

export function datesOf(entity: Entity): Readonly<{ firstSeen?: string; lastSeen?: string }> {
  const props = entity.properties as Readonly<
    Record<string, readonly { value: string | number }[] | undefined>
  >;
  let first: string | undefined;
  let last: string | undefined;
  for (const prop of DATE_PROPS)
    for (const { value } of props[prop] ?? []) {
      const day = typeof value === 'string' ? DAY.exec(value)?.[0] : undefined;
      if (day === undefined) continue;
      if (first === undefined || day < first) first = day;
      if (last === undefined || day > last) last = day;
    }
  return {
    ...(first === undefined ? {} : { firstSeen: first }),
    ...(last === undefined ? {} : { lastSeen: last }),
  };
}

export function toGraphEdge(link: Link): GraphEdge {
  return {
    id: link.id,
    kind: link.kind,
    source: link.from,
    target: link.to,
    ...(link.role === undefined ? {} : { role: link.role }),
    ...(link.score === undefined ? {} : { score: link.score }),
    ...(link.reason === undefined ? {} : { reason: link.reason }),
  };
}

/** How many links each entity has in the store, from the index keys alone (no link record is read). */
async function degreesOf(db: CasegraphDb, ids: readonly EntityId[]): Promise<Map<EntityId, number>> {
  const [from, to] = await Promise.all([
    db.links.where('from').anyOf(ids).keys(),
    db.links.where('to').anyOf(ids).keys(),
  ]);
  return countDegrees(ids, [from, to]);
}

function countDegrees(
  ids: readonly EntityId[],
  ends: readonly (readonly unknown[])[],
): Map<EntityId, number> {
  const degrees = new Map<EntityId, number>(ids.map((id) => [id, 0]));
  for (const keys of ends)
    for (const key of keys) {
      const id = key as EntityId;
      degrees.set(id, (degrees.get(id) ?? 0) + 1);
    }
  return degrees;
}

/** The entities as chart nodes; ids no longer in the store are left out. */
export async function readGraphNodes(db: CasegraphDb, ids: readonly EntityId[]): Promise<GraphNode[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const [read, degrees] = await Promise.all([readNodeRecords(db, unique), degreesOf(db, unique)]);
  return toGraphNodes(read, degrees);
}

type NodeRecords = Readonly<{
  entities: readonly (Entity | undefined)[];
  signalsOf: ReadonlyMap<EntityId, readonly string[]>;
  networkOf: ReadonlyMap<EntityId, string>;
}>;

/** The entity records and what the latest analysis says of them: everything of a node but its degree. */
async function readNodeRecords(db: CasegraphDb, unique: readonly EntityId[]): Promise<NodeRecords> {
  const [entities, signals, networks] = await Promise.all([
    db.entities.bulkGet(unique as EntityId[]),
    db.analysisSignals.where('account').anyOf(unique).toArray(),
    db.analysisNetworks.where('memberIds').anyOf(unique).toArray(),
  ]);
  const signalsOf = new Map<EntityId, string[]>();
  for (const signal of signals)
    if (signal.analysisId === DEFAULT_ANALYSIS)
      signalsOf.set(signal.account, [...new Set([...(signalsOf.get(signal.account) ?? []), signal.kind])]);
  const networkOf = new Map<EntityId, string>();
  const wanted = new Set(unique);
  for (const network of networks)
    if (network.analysisId === DEFAULT_ANALYSIS)
      for (const member of network.memberIds) if (wanted.has(member)) networkOf.set(member, network.id);
  return { entities, signalsOf, networkOf };
}

function toGraphNodes(read: NodeRecords, degrees: ReadonlyMap<EntityId, number>): GraphNode[] {
  return read.entities.flatMap((entity) => {
    if (!entity) return [];
    const network = read.networkOf.get(entity.id);
    return [
      {
        id: entity.id,
        kind: entity.kind,
        label: caption(entity),
        degree: degrees.get(entity.id) ?? 0,
        ...datesOf(entity),
        signals: read.signalsOf.get(entity.id) ?? [],
        ...(network === undefined ? {} : { network }),
      },
    ];
  });
}

/** Every link with at least one end in `touching` and the other in `within`. */
async function linksBetween(
  db: CasegraphDb,
  touching: readonly EntityId[],
  within: ReadonlySet<EntityId>,
): Promise<Link[]> {
  if (touching.length === 0) return [];
  // Links inside one set all start in it: their `from` side alone finds every one, at half the reads.
  const inside = touching.length === within.size && touching.every((id) => within.has(id));
  const [out, into] = await Promise.all([
    db.links.where('from').anyOf(touching).toArray(),
    inside ? Promise.resolve([]) : db.links.where('to').anyOf(touching).toArray(),
  ]);
  const found = new Map<string, Link>();
  for (const link of [...out, ...into])
    if (within.has(link.from) && within.has(link.to)) found.set(link.id, link);
  return [...found.values()];
}

/**
 * What a chart's layout needs, read before the entity records: every id with its kind (from the id) and store-wide
 * link count, and the links among them. The links that start at the entities are read once and serve both as the
 * links among them (a link inside the set starts in it) and as half of each one's link count; the other half comes
 * from the `to` index keys. The layout worker can start on this while the entity records are still being read.
 */
export type GraphSkeleton = Readonly<{
  nodes: readonly Pick<GraphNode, 'id' | 'kind' | 'degree'>[];
  edges: readonly GraphEdge[];
}>;

export async function readGraphSkeleton(db: CasegraphDb, ids: readonly EntityId[]): Promise<GraphSkeleton> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { nodes: [], edges: [] };
  const [out, into] = await Promise.all([
    db.links.where('from').anyOf(unique).toArray(),
    db.links.where('to').anyOf(unique).keys(),
  ]);
  const degrees = countDegrees(unique, [out.map((link) => link.from), into]);
  const within = new Set(unique);
  const edges: GraphEdge[] = [];
  for (const link of out) if (within.has(link.to)) edges.push(toGraphEdge(link));
  return {
    nodes: unique.map((id) => ({ id, kind: kindOfId(id), degree: degrees.get(id) ?? 0 })),
    edges,
  };
}

/**
 * The entities and the links among them: a chart opened on a selection, a case or a network. The skeleton first
 * (read here unless the caller already started it), then the entity records: read side by side, the records would
 * hold up the skeleton (the store answers one request at a time), and with the skeleton in hand the layout worker
 * already runs while the records are read.
 */
export async function readGraphPiece(
  db: CasegraphDb,
  ids: readonly EntityId[],
  skeleton: Promise<GraphSkeleton> = readGraphSkeleton(db, ids),
): Promise<GraphPiece> {
  const unique = [...new Set(ids)];
  const frame = await skeleton;
  if (unique.length === 0) return { nodes: [], edges: [] };
  const read = await readNodeRecords(db, unique);
  const nodes = toGraphNodes(read, new Map(frame.nodes.map((node) => [node.id, node.degree])));
  const present = new Set(nodes.map((node) => node.id));
  return {
    nodes,
    edges: frame.edges.filter((edge) => present.has(edge.source) && present.has(edge.target)),
  };
}

export type Expansion = GraphPiece &
  Readonly<{ /** Neighbours there were in all, drawn or not. */ total: number }>;

/**
 * The neighbours of `ids` over links of `kinds` (every kind when empty), at most `limit` new ones (most linked
 * first), with the links that tie them to `ids` and to what is already drawn (`drawn`). Folded hubs (`avoid`) are
 * not walked through.
 */
export async function readNeighbours(
  db: CasegraphDb,
  ids: readonly EntityId[],
  kinds: readonly LinkKind[],
  drawn: readonly EntityId[],
  limit = EXPAND_LIMIT,
): Promise<Expansion> {
  const wanted = new Set(kinds);
  const [out, into] = await Promise.all([
    kinds.length === 0
      ? db.links.where('from').anyOf(ids).toArray()
      : db.links
          .where('[from+kind]')
          .anyOf(ids.flatMap((id) => kinds.map((kind) => [id, kind])))
          .toArray(),
    kinds.length === 0
      ? db.links.where('to').anyOf(ids).toArray()
      : db.links
          .where('[to+kind]')
          .anyOf(ids.flatMap((id) => kinds.map((kind) => [id, kind])))
          .toArray(),
  ]);
  const seeds = new Set(ids);
  const onChart = new Set(drawn);
  const count = new Map<EntityId, number>();
  for (const link of [...out, ...into]) {
    if (kinds.length > 0 && !wanted.has(link.kind)) continue;
    const other = seeds.has(link.from) ? link.to : link.from;
    count.set(other, (count.get(other) ?? 0) + 1);
  }
  const fresh = [...count.keys()].filter((id) => !onChart.has(id) && !seeds.has(id));
  const chosen = fresh
    .sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || (a < b ? -1 : 1))
    .slice(0, limit);
  const nodes = await readGraphNodes(db, [...ids, ...chosen]);
  const all = new Set<EntityId>([...drawn, ...ids, ...chosen]);
  const links = await linksBetween(db, [...ids, ...chosen], all);
  return {
    nodes,
    // the seeds' links of other kinds stay undrawn; what ties the new nodes to the rest of the chart is all drawn
    edges: links
      .filter(
        (link) =>
          kinds.length === 0 || wanted.has(link.kind) || !(seeds.has(link.from) || seeds.has(link.to)),
      )
      .map(toGraphEdge),
    total: fresh.length,
  };
}

/** The entities placed in a case (not its evidence). */
export async function caseEntityIds(db: CasegraphDb, caseId: string): Promise<EntityId[]> {
  const items = await db.caseItems.where('caseId').equals(caseId).toArray();
  return items.flatMap((item) => (item.type === 'entity' ? [item.targetId] : []));
}

/**
 * A network of the latest analysis as a chart: its accounts and the identifiers that hold it together (the ties
 * the analysis named), so the chart shows why they are one operation.
 */
export async function networkEntityIds(db: CasegraphDb, networkId: string): Promise<EntityId[]> {
  const members = await networkMemberIds(db, networkId);
  const row = await db.analysisNetworks
    .where('[analysisId+id]')
    .equals([DEFAULT_ANALYSIS, networkId])
    .first();
  return [...members, ...(row?.ties.map((tie) => tie.id) ?? [])];
}
