/**
 * The chart's layout, computed off the main thread (renderer/data/workers/layout.worker.ts runs this) and handed to
 * Cytoscape as a `preset`.
 *
 * ForceAtlas2 over the whole graph costs O(n log n) per iteration and needs a few hundred iterations: fine for a few
 * hundred nodes, tens of seconds for ten thousand on an investigator's laptop. Link charts of counterfeit networks
 * are clusters (an operation's storefronts around the identifiers they share) joined by a few ties, so a big chart
 * is laid out in two levels: Louvain communities first; each community laid out on its own (ForceAtlas2 on tens of
 * nodes, then noverlap); then the communities themselves, as discs of their own radius, by ForceAtlas2 on the
 * graph of communities with sizes respected. Every node ends inside its community's disc, close to the nodes it
 * shares most with.
 *
 * Incremental: nodes marked `fixed` (already placed, or pinned by the analyst) never move. New ones start next to
 * the node they came from and settle among their neighbours, with only that neighbourhood in the computation, so an
 * expansion costs the same on a chart of ten nodes or ten thousand and the analyst's mental map survives it.
 */
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { createRandom } from '../demo/random';
import type { Point } from './model';

export type LayoutNode = Readonly<{ id: string; x?: number; y?: number; fixed?: boolean; size?: number }>;
export type LayoutEdge = Readonly<{ source: string; target: string }>;

export type LayoutInput = Readonly<{
  nodes: readonly LayoutNode[];
  edges: readonly LayoutEdge[];
  seed?: number;
}>;

export type LayoutResult = Readonly<{
  positions: Readonly<Record<string, Point>>;
  /** Community per node, biggest community 0; a node with no links has none (-1). */
  communities: Readonly<Record<string, number>>;
  /** `full`: one ForceAtlas2 over everything; `levels`: communities, then the graph of communities; `incremental`. */
  method: 'full' | 'levels' | 'incremental' | 'none';
}>;

/** Screen pixels per ForceAtlas2 unit: with the inferred settings, linked nodes end up about 150–200 px apart. */
export const PIXELS_PER_UNIT = 4;

/** Up to this many nodes one ForceAtlas2 over everything is quick enough and gives the best picture. */
export const FULL_LAYOUT_MAX = 400;

type NodeAttributes = { x: number; y: number; fixed: boolean; size: number };
type Graph = UndirectedGraph<NodeAttributes, { weight: number }>;

export type LayoutProgress = (done: number, total: number) => void;

function forces(graph: Graph, iterations: number, adjustSizes = false): void {
  if (graph.order === 0 || graph.filterNodes((_, a) => !a.fixed).length === 0) return;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > 1_500,
    adjustSizes,
  };
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  noverlap.assign(graph, {
    maxIterations: 40,
    settings: { margin: 0.5, ratio: 1.1 },
    outputReducer: (key, attributes) =>
      graph.getNodeAttribute(key, 'fixed')
        ? { x: graph.getNodeAttribute(key, 'x'), y: graph.getNodeAttribute(key, 'y') }
        : attributes,
  });
}

function iterationsFor(order: number): number {
  return order <= 60 ? 300 : order <= 400 ? 200 : 100;
}

/**
 * ForceAtlas2 work (node pairs × iterations) all communities of a levels layout share. A community's cost grows
 * with the square of its size, so a chart of ten thousand would take seconds at the iterations a small one gets;
 * past this budget each community gets fewer (never under LEVEL_MIN_ITERATIONS), which a community of a hundred
 * started small (see `layOutByLevels`) needs to settle.
 */
const LEVEL_PAIR_BUDGET = 4e7;
const LEVEL_MIN_ITERATIONS = 30;

/** The part of the graph an incremental layout needs: the new nodes and the placed nodes next to them. */
function neighbourhood(graph: Graph): Graph {
  const part: Graph = new UndirectedGraph();
  graph.forEachNode((id, attributes) => {
    if (attributes.fixed) return;
    part.mergeNode(id, { ...attributes });
    graph.forEachNeighbor(id, (other, otherAttributes) => part.mergeNode(other, { ...otherAttributes }));
  });
  // fixed nodes near the new ones push them away from where the chart is already busy
  graph.forEachEdge((_, attributes, source, target) => {
    if (part.hasNode(source) && part.hasNode(target)) part.mergeEdge(source, target, { ...attributes });
  });
  return part;
}

export function computeLayout(
  input: LayoutInput,
  onProgress: LayoutProgress = () => undefined,
): LayoutResult {
  const graph: Graph = new UndirectedGraph();
  const seed = input.seed ?? 1;
  const random = createRandom(seed, 'layout');
  const spread = 10 * Math.sqrt(input.nodes.length);
  for (const node of input.nodes) {
    if (graph.hasNode(node.id)) continue;
    const placed = node.x !== undefined && node.y !== undefined;
    graph.addNode(node.id, {
      x: placed ? node.x / PIXELS_PER_UNIT : (random.next() - 0.5) * spread,
      y: placed ? node.y / PIXELS_PER_UNIT : (random.next() - 0.5) * spread,
      fixed: placed && node.fixed === true,
      // half the drawn radius: noverlap then only parts nodes that really collide, and stays quick
      size: (node.size ?? 30) / PIXELS_PER_UNIT / 4,
    });
  }
  for (const edge of input.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.updateEdge(edge.source, edge.target, (attributes) => ({ weight: (attributes.weight ?? 0) + 1 }));
  }
  const communities = communitiesOf(graph, seed);
  const fixed = graph.filterNodes((_, attributes) => attributes.fixed).length;
  let method: LayoutResult['method'];
  if (fixed === graph.order) method = 'none';
  else if (fixed > 0) {
    method = 'incremental';
    const part = neighbourhood(graph);
    forces(part, iterationsFor(part.order));
    part.forEachNode((id, attributes) => graph.mergeNodeAttributes(id, { x: attributes.x, y: attributes.y }));
  } else if (graph.order <= FULL_LAYOUT_MAX) {
    method = 'full';
    forces(graph, iterationsFor(graph.order));
  } else {
    method = 'levels';
    layOutByLevels(graph, communities, onProgress);
  }
  onProgress(1, 1);
  const positions: Record<string, Point> = {};
  graph.forEachNode((id, attributes) => {
    positions[id] = { x: attributes.x * PIXELS_PER_UNIT, y: attributes.y * PIXELS_PER_UNIT };
  });
  return { positions, communities, method };
}

function layOutByLevels(
  graph: Graph,
  communities: Readonly<Record<string, number>>,
  onProgress: LayoutProgress,
): void {
  const members = new Map<number, string[]>();
  const loners: string[] = [];
  graph.forEachNode((id) => {
    const community = communities[id] ?? -1;
    const list = members.get(community);
    if (community < 0) loners.push(id);
    else if (list) list.push(id);
    else members.set(community, [id]);
  });
  // Lone nodes (no drawn link) form one last block of their own, in a grid.
  const total = members.size + 2;
  let pairs = 0;
  for (const ids of members.values()) pairs += ids.length * ids.length;
  const top: Graph = new UndirectedGraph();
  let done = 0;
  const radius = new Map<number, number>();
  for (const [community, ids] of members) {
    const part: Graph = new UndirectedGraph();
    // started within the community's own spread, not the whole chart's: fewer iterations bring it together
    const shrink = Math.sqrt(ids.length / graph.order);
    for (const id of ids) {
      const attributes = graph.getNodeAttributes(id);
      part.addNode(id, { ...attributes, x: attributes.x * shrink, y: attributes.y * shrink });
    }
    for (const id of ids)
      graph.forEachEdge(id, (_, attributes, source, target) => {
        if (part.hasNode(source) && part.hasNode(target)) part.mergeEdge(source, target, attributes);
      });
    const iterations = iterationsFor(part.order);
    forces(part, Math.max(LEVEL_MIN_ITERATIONS, Math.min(iterations, Math.round(LEVEL_PAIR_BUDGET / pairs))));
    let cx = 0;
    let cy = 0;
    part.forEachNode((_, a) => {
      cx += a.x;
      cy += a.y;
    });
    cx /= part.order;
    cy /= part.order;
    let r = 0;
    part.forEachNode((id, a) => {
      graph.mergeNodeAttributes(id, { x: a.x - cx, y: a.y - cy });
      r = Math.max(r, Math.hypot(a.x - cx, a.y - cy) + a.size);
    });
    radius.set(community, r);
    top.addNode(String(community), { x: 0, y: 0, fixed: false, size: r + 2 });
    done += 1;
    if (done % 20 === 0) onProgress(done, total);
  }
  if (loners.length > 0) {
    const side = Math.ceil(Math.sqrt(loners.length));
    const step = 6;
    loners.forEach((id, i) => {
      graph.mergeNodeAttributes(id, {
        x: ((i % side) - side / 2) * step,
        y: (Math.floor(i / side) - side / 2) * step,
      });
    });
    radius.set(-1, (side * step) / Math.SQRT2);
    top.addNode('-1', { x: 0, y: 0, fixed: false, size: (side * step) / Math.SQRT2 + 2 });
  }
  graph.forEachEdge((_, attributes, source, target) => {
    const a = String(communities[source] ?? -1);
    const b = String(communities[target] ?? -1);
    if (a !== b) top.updateEdge(a, b, (existing) => ({ weight: (existing.weight ?? 0) + attributes.weight }));
  });
  // Big communities in the middle, in order, before the forces pull linked ones together.
  const random = createRandom(top.order, 'communities-start');
  let angle = 0;
  let ring = 0;
  top.forEachNode((id) => {
    angle += 2.4;
    ring += (radius.get(Number(id)) ?? 1) * 0.6;
    top.mergeNodeAttributes(id, {
      x: Math.sqrt(ring) * 8 * Math.cos(angle) + random.next(),
      y: Math.sqrt(ring) * 8 * Math.sin(angle) + random.next(),
    });
  });
  onProgress(total - 1, total);
  const settings = {
    ...forceAtlas2.inferSettings(top),
    adjustSizes: true,
    barnesHutOptimize: top.order > 1_500,
  };
  forceAtlas2.assign(top, { iterations: top.order > 1_000 ? 100 : 300, settings, getEdgeWeight: 'weight' });
  noverlap.assign(top, { maxIterations: 200, settings: { margin: 3, ratio: 1 } });
  graph.forEachNode((id, attributes) => {
    const centre = top.getNodeAttributes(String(communities[id] ?? -1));
    graph.mergeNodeAttributes(id, { x: attributes.x + centre.x, y: attributes.y + centre.y });
  });
}

/** Louvain communities renumbered by size (biggest first, ties by smallest node id), so colours are stable. */
function communitiesOf(graph: Graph, seed: number): Record<string, number> {
  const out: Record<string, number> = {};
  if (graph.size === 0) {
    graph.forEachNode((id) => (out[id] = -1));
    return out;
  }
  const random = createRandom(seed, 'louvain');
  const raw = louvain(graph, { rng: () => random.next(), getEdgeWeight: 'weight' });
  const members = new Map<number, string[]>();
  for (const [id, community] of Object.entries(raw)) {
    if (graph.degree(id) === 0) {
      out[id] = -1;
      continue;
    }
    const list = members.get(community);
    if (list) list.push(id);
    else members.set(community, [id]);
  }
  const order = [...members.values()]
    .map((ids) => ids.sort())
    .sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  order.forEach((ids, rank) => {
    for (const id of ids) out[id] = rank;
  });
  return out;
}
