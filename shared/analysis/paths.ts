/**
 * How are these two connected? The shortest path, and the next shortest ones (Yen's k-shortest simple paths),
 * between any two entities over the whole entity graph, links walked in either direction, every hop explained.
 *
 * Each search is a bidirectional breadth-first search on the CSR arrays with stamped work arrays, so a query on a
 * million entities touches only the neighbourhoods of the two ends and allocates nothing after the first. Hubs
 * (a marketplace's support address) are not walked through by default: a path through one explains nothing.
 */
import type { EntityId } from '../model';
import { describePath, explainStep, type EvidenceNames, type PathStep } from './explain';
import { idAt, type GraphIndex } from './graphIndex';

export type Path = Readonly<{
  /** Entity ids from the first end to the other. */
  nodes: readonly EntityId[];
  steps: readonly PathStep[];
  /** The path in sentences (see describePath). */
  explanation: readonly string[];
  /** Number of links. */
  length: number;
}>;

export type PathOptions = Readonly<{
  /** Entities a path may not pass through (1 at their index), usually the projection's `hubMask`. */
  avoid?: Uint8Array;
  /** Give up beyond this many links. */
  maxLength?: number;
  evidenceNames?: EvidenceNames;
}>;

type Route = Readonly<{ nodes: readonly number[]; links: readonly number[] }>;

/** Work arrays per index, made on the first query: a path query must not allocate 20 MB each time. */
type Scratch = {
  seen: Uint32Array;
  side: Uint8Array;
  dist: Uint32Array;
  parent: Int32Array;
  parentLink: Uint32Array;
  blockedNode: Uint32Array;
  blockedLink: Uint32Array;
  queueA: Uint32Array;
  queueB: Uint32Array;
  stamp: number;
  block: number;
};

const scratches = new WeakMap<GraphIndex, Scratch>();

function scratchOf(index: GraphIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = {
      seen: new Uint32Array(index.size),
      side: new Uint8Array(index.size),
      dist: new Uint32Array(index.size),
      parent: new Int32Array(index.size),
      parentLink: new Uint32Array(index.size),
      blockedNode: new Uint32Array(index.size),
      blockedLink: new Uint32Array(index.linkCount),
      queueA: new Uint32Array(index.size),
      queueB: new Uint32Array(index.size),
      stamp: 0,
      block: 0,
    };
    scratches.set(index, scratch);
  }
  return scratch;
}

const FORWARD = 1;
const BACKWARD = 2;

/**
 * Shortest route from `source` to `target`, not through blocked nodes or links (stamped with `scratch.block`).
 * Level by level from the smaller frontier; when the two searches meet, the level is finished and the shortest
 * meeting kept, which makes the result a true shortest path.
 */
function search(
  index: GraphIndex,
  source: number,
  target: number,
  options: PathOptions,
  scratch: Scratch,
): Route | undefined {
  if (source === target) return { nodes: [source], links: [] };
  scratch.stamp += 1;
  const { seen, side, dist, parent, parentLink, blockedNode, blockedLink, queueA, queueB } = scratch;
  const stamp = scratch.stamp;
  const block = scratch.block;
  const avoid = options.avoid;
  const maxLength = options.maxLength ?? Number.MAX_SAFE_INTEGER;
  const start = (node: number, which: number, queue: Uint32Array): void => {
    seen[node] = stamp;
    side[node] = which;
    dist[node] = 0;
    parent[node] = -1;
    queue[0] = node;
  };
  start(source, FORWARD, queueA);
  start(target, BACKWARD, queueB);
  let a = { queue: queueA, head: 0, tail: 1, which: FORWARD, depth: 0 };
  let b = { queue: queueB, head: 0, tail: 1, which: BACKWARD, depth: 0 };
  let best: { length: number; u: number; v: number; link: number } | undefined;
  while (a.head < a.tail && b.head < b.tail && a.depth + b.depth < maxLength) {
    if (a.tail - a.head > b.tail - b.head) [a, b] = [b, a];
    const levelEnd = a.tail;
    while (a.head < levelEnd) {
      const u = a.queue[a.head++] ?? 0;
      for (let e = index.offsets[u] ?? 0; e < (index.offsets[u + 1] ?? 0); e++) {
        const v = index.adjacent[e] ?? 0;
        const link = index.adjacentLink[e] ?? 0;
        if (blockedLink[link] === block || blockedNode[v] === block) continue;
        if (seen[v] === stamp) {
          if (side[v] !== a.which) {
            const length = (dist[u] ?? 0) + 1 + (dist[v] ?? 0);
            if (!best || length < best.length) best = { length, u, v, link };
          }
          continue;
        }
        // Hubs may end a path but never carry one.
        if (avoid?.[v] === 1 && v !== source && v !== target) continue;
        seen[v] = stamp;
        side[v] = a.which;
        dist[v] = (dist[u] ?? 0) + 1;
        parent[v] = u;
        parentLink[v] = link;
        a.queue[a.tail++] = v;
      }
    }
    a.depth += 1;
    if (best) break;
  }
  if (!best || best.length > maxLength) return undefined;
  // Walk each half back to its end, then orient the whole from source to target.
  const half = (from: number): { nodes: number[]; links: number[] } => {
    const nodes = [from];
    const links: number[] = [];
    for (let x = from; (parent[x] ?? -1) !== -1; x = parent[x] ?? -1) {
      links.push(parentLink[x] ?? 0);
      nodes.push(parent[x] ?? 0);
    }
    return { nodes, links };
  };
  const fromU = half(best.u);
  const fromV = half(best.v);
  const uSide = side[best.u] === FORWARD;
  const sourceHalf = uSide ? fromU : fromV;
  const targetHalf = uSide ? fromV : fromU;
  return {
    nodes: [...sourceHalf.nodes.reverse(), ...targetHalf.nodes],
    links: [...sourceHalf.links.reverse(), best.link, ...targetHalf.links],
  };
}

function toPath(index: GraphIndex, route: Route, names: EvidenceNames): Path {
  return {
    nodes: route.nodes.map((node) => idAt(index, node)),
    steps: route.links.map((link, i) => explainStep(index, link, route.nodes[i] ?? 0, names)),
    explanation: describePath(index, route.nodes, route.links, names),
    length: route.links.length,
  };
}

function endsOf(index: GraphIndex, from: EntityId, to: EntityId): [number, number] | undefined {
  const source = index.indexOf.get(from);
  const target = index.indexOf.get(to);
  return source === undefined || target === undefined ? undefined : [source, target];
}

export function shortestPath(
  index: GraphIndex,
  from: EntityId,
  to: EntityId,
  options: PathOptions = {},
): Path | undefined {
  return kShortestPaths(index, from, to, 1, options)[0];
}

/**
 * Up to `k` simple paths, shortest first (Yen): each next path deviates from an earlier one at some node (the spur),
 * keeping the earlier path up to there and forbidding the links earlier paths took from there.
 */
export function kShortestPaths(
  index: GraphIndex,
  from: EntityId,
  to: EntityId,
  k: number,
  options: PathOptions = {},
): Path[] {
  const ends = endsOf(index, from, to);
  if (!ends || k < 1) return [];
  const [source, target] = ends;
  const scratch = scratchOf(index);
  scratch.block += 1;
  const first = search(index, source, target, options, scratch);
  if (!first) return [];
  const found: Route[] = [first];
  const candidates: Route[] = [];
  const known = new Set<string>([first.links.join(',')]);
  while (found.length < k) {
    const previous = found[found.length - 1];
    if (!previous) break;
    for (let i = 0; i < previous.links.length; i++) {
      const spur = previous.nodes[i] ?? 0;
      const rootNodes = previous.nodes.slice(0, i + 1);
      const rootLinks = previous.links.slice(0, i);
      scratch.block += 1;
      for (const route of found) {
        if (route.links.length > i && rootLinks.every((link, j) => route.links[j] === link)) {
          scratch.blockedLink[route.links[i] ?? 0] = scratch.block;
        }
      }
      for (const node of rootNodes.slice(0, -1)) scratch.blockedNode[node] = scratch.block;
      const maxLength = options.maxLength === undefined ? undefined : options.maxLength - i;
      const rest = search(
        index,
        spur,
        target,
        { ...options, ...(maxLength === undefined ? {} : { maxLength }) },
        scratch,
      );
      if (!rest) continue;
      const route = { nodes: [...rootNodes, ...rest.nodes.slice(1)], links: [...rootLinks, ...rest.links] };
      const key = route.links.join(',');
      if (known.has(key)) continue;
      known.add(key);
      candidates.push(route);
    }
    if (candidates.length === 0) break;
    candidates.sort((x, y) => x.links.length - y.links.length);
    const next = candidates.shift();
    if (next) found.push(next);
  }
  const names = options.evidenceNames ?? new Map<string, string>();
  return found.map((route) => toPath(index, route, names));
}
