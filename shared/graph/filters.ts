/**
 * What is drawn: the view's nodes less the hidden ones and those the filters leave out, and the edges between
 * what remains. Folded hubs stay (as badges) but their links are not drawn. Pure, so the renderer, the SVG export
 * and the tests agree on one answer.
 */
import { KINDS, type EntityId } from '../model';
import { isIdentifier } from './hubs';
import type { GraphFilters, GraphNode, ViewState } from './model';

export type Visible = Readonly<{ nodes: ReadonlySet<EntityId>; edges: ReadonlySet<string> }>;

/**
 * The parts of the view that decide what is drawn. Positions, pins and colours are not among them, so the canvas
 * can memoize on these alone and a dragged node does not walk the whole chart again.
 */
export type VisibleInput = Pick<
  ViewState,
  'nodes' | 'edges' | 'hidden' | 'folded' | 'filters' | 'communities'
>;

export function filtersActive(filters: GraphFilters): boolean {
  return (
    filters.hiddenKinds.length > 0 ||
    filters.from !== undefined ||
    filters.to !== undefined ||
    filters.community !== undefined ||
    filters.network !== undefined ||
    filters.signal !== undefined
  );
}

/** Whether the node's dates overlap the range; an undated node (an identifier) is never left out by dates. */
export function inDateRange(node: GraphNode, from?: string, to?: string): boolean {
  const first = node.firstSeen ?? node.lastSeen;
  const last = node.lastSeen ?? node.firstSeen;
  if (first === undefined || last === undefined) return true;
  if (from !== undefined && last < from) return false;
  if (to !== undefined && first > to) return false;
  return true;
}

const isAccount = (node: GraphNode): boolean => {
  const group = KINDS[node.kind].group;
  return group === 'account' || group === 'party';
};

export function visibleElements(state: VisibleInput): Visible {
  const { filters } = state;
  const hidden = new Set(state.hidden);
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenLinkKinds = new Set(filters.hiddenLinkKinds);
  const folded = new Set(state.folded);
  const passes = (node: GraphNode): boolean =>
    !hidden.has(node.id) &&
    !hiddenKinds.has(node.kind) &&
    inDateRange(node, filters.from, filters.to) &&
    (filters.community === undefined || state.communities[node.id] === filters.community);
  const nodes = new Set<EntityId>();
  for (const node of Object.values(state.nodes)) if (passes(node)) nodes.add(node.id);
  const edgeDrawn = (source: EntityId, target: EntityId): boolean =>
    nodes.has(source) && nodes.has(target) && !folded.has(source) && !folded.has(target);

  // Accounts chosen by a signal or a network keep the identifiers they are drawn linked to; other accounts go.
  const accountTests: ((node: GraphNode) => boolean)[] = [];
  const { signal, network } = filters;
  if (signal !== undefined) accountTests.push((node) => node.signals.includes(signal));
  if (network !== undefined) accountTests.push((node) => node.network === network);
  if (accountTests.length > 0) {
    const carriers = new Set(
      [...nodes].filter((id) => {
        const node = state.nodes[id];
        return node !== undefined && isAccount(node) && accountTests.every((test) => test(node));
      }),
    );
    const kept = new Set(carriers);
    for (const edge of Object.values(state.edges)) {
      if (hiddenLinkKinds.has(edge.kind) || !edgeDrawn(edge.source, edge.target)) continue;
      if (carriers.has(edge.source)) {
        const other = state.nodes[edge.target];
        if (other && !isAccount(other)) kept.add(other.id);
      }
      if (carriers.has(edge.target)) {
        const other = state.nodes[edge.source];
        if (other && !isAccount(other)) kept.add(other.id);
      }
    }
    for (const id of [...nodes]) if (!kept.has(id)) nodes.delete(id);
  }

  const edges = new Set<string>();
  const touched = new Set<EntityId>();
  for (const edge of Object.values(state.edges)) {
    if (hiddenLinkKinds.has(edge.kind) || !edgeDrawn(edge.source, edge.target)) continue;
    edges.add(edge.id);
    touched.add(edge.source);
    touched.add(edge.target);
  }
  // A filtered chart drops identifiers left with nothing to tie: a lone e-mail explains nothing.
  if (filtersActive(filters))
    for (const id of [...nodes]) {
      const node = state.nodes[id];
      if (node && isIdentifier(node) && !touched.has(id) && !folded.has(id)) nodes.delete(id);
    }
  return { nodes, edges };
}

/** Drawn links per drawn node. */
export function drawnDegrees(state: ViewState, visible: Visible): Map<EntityId, number> {
  const degrees = new Map<EntityId, number>();
  for (const id of visible.nodes) degrees.set(id, 0);
  for (const id of visible.edges) {
    const edge = state.edges[id];
    if (!edge) continue;
    degrees.set(edge.source, (degrees.get(edge.source) ?? 0) + 1);
    degrees.set(edge.target, (degrees.get(edge.target) ?? 0) + 1);
  }
  return degrees;
}

/** Drawn nodes with at least `min` (and at most `max`) drawn links. */
export function selectByDegree(state: ViewState, visible: Visible, min: number, max = Infinity): EntityId[] {
  return [...drawnDegrees(state, visible)]
    .filter(([, degree]) => degree >= min && degree <= max)
    .map(([id]) => id);
}

const fold = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** Drawn nodes whose label or id contains every word typed (accents and case ignored), best (label start) first. */
export function searchChart(state: Pick<ViewState, 'nodes'>, visible: Visible, text: string): EntityId[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const hits: { id: EntityId; starts: boolean }[] = [];
  for (const id of visible.nodes) {
    const node = state.nodes[id];
    if (!node) continue;
    const label = fold(node.label);
    const haystack = `${label} ${fold(id)}`;
    if (words.every((word) => haystack.includes(word)))
      hits.push({ id, starts: words[0] !== undefined && label.startsWith(words[0]) });
  }
  return hits.sort((a, b) => Number(b.starts) - Number(a.starts)).map((hit) => hit.id);
}

/** The earliest and latest day over the chart's dated nodes: the timeline slider's ends. */
export function dateBounds(
  state: Pick<ViewState, 'nodes'>,
): Readonly<{ from: string; to: string }> | undefined {
  let from: string | undefined;
  let to: string | undefined;
  for (const node of Object.values(state.nodes)) {
    const first = node.firstSeen ?? node.lastSeen;
    const last = node.lastSeen ?? node.firstSeen;
    if (first !== undefined && (from === undefined || first < from)) from = first;
    if (last !== undefined && (to === undefined || last > to)) to = last;
  }
  return from !== undefined && to !== undefined ? { from, to } : undefined;
}
