/**
 * Inside one network: who holds it together. Degree (how many strong partners an account has), betweenness (how
 * many shortest routes between members run through it) and Louvain communities (the cells of a bigger operation),
 * and the members that bridge communities — the account to look at first when a network is really two crews
 * sharing a payment account. Runs on the network's strong pairs only, so it is small even when the store is not.
 */
import louvain from 'graphology-communities-louvain';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { UndirectedGraph } from 'graphology';
import type { EntityId } from '../model';
import { captionAt, idAt } from './graphIndex';
import type { Network } from './networks';
import type { Projection } from './projection';

export type MemberCentrality = Readonly<{
  id: EntityId;
  caption: string;
  /** Strong partners inside the network. */
  degree: number;
  /** Normalized betweenness, 0..1. */
  betweenness: number;
  community: number;
}>;

export type Bridge = Readonly<{
  id: EntityId;
  caption: string;
  betweenness: number;
  /** The communities its strong partners belong to (its own included). */
  communities: readonly number[];
}>;

export type NetworkCentrality = Readonly<{
  network: string;
  members: readonly MemberCentrality[];
  communities: readonly (readonly EntityId[])[];
  bridges: readonly Bridge[];
  modularity: number;
}>;

/** A pair joined unconditionally counts as this strong inside the weighted community search. */
const JOIN_WEIGHT = 3;

/** Louvain visits nodes in random order; a seeded generator (mulberry32) makes the same network give the same cells. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function networkCentrality(projection: Projection, network: Network, seed = 1): NetworkCentrality {
  const { index, strong } = projection;
  const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
  const members = network.members
    .map((m) => index.indexOf.get(m.id))
    .filter((i): i is number => i !== undefined);
  const inNetwork = new Set(members);
  for (const member of members) graph.addNode(idAt(index, member));
  for (const member of members) {
    for (let e = strong.offsets[member] ?? 0; e < (strong.offsets[member + 1] ?? 0); e++) {
      const other = strong.adjacent[e] ?? 0;
      if (other <= member || !inNetwork.has(other)) continue;
      const weight = Math.min(strong.score[e] ?? 0, JOIN_WEIGHT);
      const a = idAt(index, member);
      const b = idAt(index, other);
      if (!graph.hasEdge(a, b)) graph.addEdge(a, b, { weight });
    }
  }
  const betweenness = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  const detailed = louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seededRandom(seed) });
  const communityOf = (id: string): number => detailed.communities[id] ?? 0;
  const result: MemberCentrality[] = members.map((member) => {
    const id = idAt(index, member);
    return {
      id,
      caption: captionAt(index, member),
      degree: graph.degree(id),
      betweenness: Math.round((betweenness[id] ?? 0) * 1000) / 1000,
      community: communityOf(id),
    };
  });
  const byCommunity = new Map<number, EntityId[]>();
  for (const member of result) {
    const list = byCommunity.get(member.community) ?? [];
    list.push(member.id);
    byCommunity.set(member.community, list);
  }
  const bridges: Bridge[] = result
    .map((member) => {
      const touched = new Set([member.community]);
      graph.forEachNeighbor(member.id, (neighbor) => touched.add(communityOf(neighbor)));
      return {
        id: member.id,
        caption: member.caption,
        betweenness: member.betweenness,
        communities: [...touched].sort((x, y) => x - y),
      };
    })
    .filter((bridge) => bridge.communities.length > 1)
    .sort((x, y) => y.betweenness - x.betweenness || (x.id < y.id ? -1 : 1));
  return {
    network: network.id,
    members: [...result].sort(
      (x, y) => y.betweenness - x.betweenness || y.degree - x.degree || (x.id < y.id ? -1 : 1),
    ),
    communities: [...byCommunity.keys()].sort((x, y) => x - y).map((c) => byCommunity.get(c) ?? []),
    bridges,
    modularity: Math.round(detailed.modularity * 1000) / 1000,
  };
}
