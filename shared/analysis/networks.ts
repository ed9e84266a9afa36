/**
 * Networks: groups of accounts joined by strong pairs (connected components, union-find over integer indices), each
 * with what holds it together, when it was active, how much it sells and how often customs seized its parcels, and a
 * triage score so the analyst starts with the network that matters most. A lone account is not a network.
 */
import { sha256Hex } from '../hash';
import { kindOfId, type EntityId, type EntityKind } from '../model';
import { CODE, IS_ACCOUNT_CODE, IS_IDENTIFIER_CODE, LINK } from './codes';
import { isoDay } from './entityFacts';
import { captionAt, idAt } from './graphIndex';
import type { Projection } from './projection';
import { isStrong } from './strongGraph';
import { UnionFind } from './unionFind';

export type NetworkMember = Readonly<{ id: EntityId; kind: EntityKind; caption: string }>;

/** A shared identifier (or product photo) inside a network, and how many of its members it touches. */
export type NetworkTie = Readonly<{ id: EntityId; kind: EntityKind; value: string; members: number }>;

export type Network = Readonly<{
  /** Stable across re-imports and re-runs: derived from the smallest member id. */
  id: string;
  /** 1 = look at this one first. */
  rank: number;
  score: number;
  /** Why it ranks where it does, in words. */
  scoreReason: string;
  size: number;
  members: readonly NetworkMember[];
  ties: readonly NetworkTie[];
  /** Earliest and latest day seen: accounts created, listings seen, parcels shipped or seized (YYYY-MM-DD). */
  firstSeen?: string;
  lastSeen?: string;
  listings: number;
  shipments: number;
  seizures: number;
}>;

export type NetworkSet = Readonly<{
  networks: readonly Network[];
  /** Per entity index: the position of its network in `networks`, or -1. */
  networkOf: Int32Array;
}>;

export function networkId(smallestMember: EntityId): string {
  return `net-${sha256Hex(smallestMember).slice(0, 16)}`;
}

function componentsOf(projection: Projection): UnionFind {
  const { index, pairs, joins, settings } = projection;
  const groups = new UnionFind(index.size);
  pairs.forEach((a, b, score) => {
    if (isStrong(score, settings.strongThreshold)) groups.union(a, b);
  });
  for (let j = 0; j + 1 < joins.length; j += 2) groups.union(joins[j] ?? 0, joins[j + 1] ?? 0);
  return groups;
}

/** Members per component root, for components of two or more accounts, smallest id first. */
function membersByRoot(projection: Projection, groups: UnionFind): Map<number, number[]> {
  const { index } = projection;
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < index.size; i++) {
    if (IS_ACCOUNT_CODE[index.kinds[i] ?? 0] !== 1 || groups.sizeOf(i) < 2) continue;
    const root = groups.find(i);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  }
  for (const list of byRoot.values()) list.sort((a, b) => (idAt(index, a) < idAt(index, b) ? -1 : 1));
  return byRoot;
}

/** Ties per network: every non-hub item that touches two or more of its members. */
function tiesByNetwork(projection: Projection, networkOf: Int32Array): Map<number, NetworkTie[]> {
  const { index, items, hubMask } = projection;
  const ties = new Map<number, NetworkTie[]>();
  const counts = new Map<number, number>();
  for (let k = 0; k < items.count; k++) {
    const node = items.node[k] ?? 0;
    if (hubMask[node] === 1 || IS_IDENTIFIER_CODE[index.kinds[node] ?? 0] !== 1) continue;
    counts.clear();
    for (let m = items.start[k] ?? 0; m < (items.start[k + 1] ?? 0); m++) {
      const network = networkOf[items.member[m] ?? 0] ?? -1;
      if (network >= 0) counts.set(network, (counts.get(network) ?? 0) + 1);
    }
    for (const [network, members] of counts) {
      if (members < 2) continue;
      const id = idAt(index, node);
      const list = ties.get(network) ?? [];
      list.push({ id, kind: kindOfId(id), value: captionAt(index, node), members });
      ties.set(network, list);
    }
  }
  return ties;
}

type Activity = { first: number; last: number; listings: number; shipments: number; seizures: number };

/** Dates, listings and seizures of a network, from its members and what they sell and ship. */
function activityOf(
  projection: Projection,
  members: readonly number[],
  seen: Uint32Array,
  stamp: number,
): Activity {
  const { index } = projection;
  const { offsets, adjacent, adjacentLink, linkKinds, kinds, facts } = index;
  const activity: Activity = { first: Infinity, last: -Infinity, listings: 0, shipments: 0, seizures: 0 };
  const see = (i: number): void => {
    const first = facts.firstDay[i] ?? Number.NaN;
    const last = facts.lastDay[i] ?? Number.NaN;
    if (first < activity.first) activity.first = first;
    if (last > activity.last) activity.last = last;
  };
  for (const member of members) {
    see(member);
    for (let e = offsets[member] ?? 0; e < (offsets[member + 1] ?? 0); e++) {
      const other = adjacent[e] ?? 0;
      if (seen[other] === stamp) continue;
      const link = linkKinds[adjacentLink[e] ?? 0];
      const code = kinds[other];
      if (link === LINK.sells && code === CODE.listing) {
        activity.listings += 1;
      } else if (link === LINK.ships && code === CODE.shipment) {
        activity.shipments += 1;
        if (facts.seizureId.has(other)) activity.seizures += 1;
      } else {
        continue;
      }
      seen[other] = stamp;
      see(other);
    }
  }
  return activity;
}

/** Triage: bigger networks, seized parcels and more listings first; the weights are plain so the reason reads true. */
function scoreOf(size: number, activity: Activity, ties: number): { score: number; reason: string } {
  const score = size + 3 * activity.seizures + Math.log2(1 + activity.listings) + 0.5 * ties;
  const parts = [
    `${size} accounts`,
    `${activity.seizures} seizure${activity.seizures === 1 ? '' : 's'}`,
    `${activity.listings} listing${activity.listings === 1 ? '' : 's'}`,
    `${ties} shared identifier${ties === 1 ? '' : 's'}`,
  ];
  return { score: Math.round(score * 100) / 100, reason: parts.join(', ') };
}

export function findNetworks(projection: Projection): NetworkSet {
  const { index } = projection;
  const groups = componentsOf(projection);
  const byRoot = membersByRoot(projection, groups);
  const ordered = [...byRoot.values()].sort((a, b) =>
    idAt(index, a[0] ?? 0) < idAt(index, b[0] ?? 0) ? -1 : 1,
  );
  const provisional = new Int32Array(index.size).fill(-1);
  ordered.forEach((members, n) => {
    for (const member of members) provisional[member] = n;
  });
  const ties = tiesByNetwork(projection, provisional);
  const seen = new Uint32Array(index.size);
  const built = ordered.map((members, n) => {
    const activity = activityOf(projection, members, seen, n + 1);
    const networkTies = (ties.get(n) ?? []).sort((a, b) => b.members - a.members || (a.id < b.id ? -1 : 1));
    const { score, reason } = scoreOf(members.length, activity, networkTies.length);
    const firstSeen = isoDay(activity.first);
    const lastSeen = isoDay(activity.last);
    return {
      order: n,
      network: {
        id: networkId(idAt(index, members[0] ?? 0)),
        rank: 0,
        score,
        scoreReason: reason,
        size: members.length,
        members: members.map((i) => {
          const id = idAt(index, i);
          return { id, kind: kindOfId(id), caption: captionAt(index, i) };
        }),
        ties: networkTies,
        ...(firstSeen === undefined ? {} : { firstSeen }),
        ...(lastSeen === undefined ? {} : { lastSeen }),
        listings: activity.listings,
        shipments: activity.shipments,
        seizures: activity.seizures,
      } satisfies Network,
    };
  });
  built.sort((a, b) => b.network.score - a.network.score || (a.network.id < b.network.id ? -1 : 1));
  const networkOf = new Int32Array(index.size).fill(-1);
  const networks = built.map(({ order, network }, position) => {
    for (const member of ordered[order] ?? []) networkOf[member] = position;
    return { ...network, rank: position + 1 };
  });
  return { networks, networkOf };
}
