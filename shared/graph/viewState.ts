/**
 * Every change the analyst makes to the chart is an action on `ViewState`, applied by one pure reducer, and kept in
 * a history so it can be undone and redone. Positions computed by the layout worker are not actions: they refine
 * the present state in place (`withLayout`), so undoing an expansion goes straight back to the chart before it.
 */
import type { EntityId } from '../model';
import { isHub } from './hubs';
import {
  EMPTY_VIEW,
  type ColourBy,
  type GraphEdge,
  type GraphFilters,
  type GraphNode,
  type GraphPiece,
  type Point,
  type ViewState,
} from './model';

export type ViewAction =
  /** A fresh chart: the entity, selection, network or case it was opened on. `keep` are never folded. */
  | Readonly<{ type: 'open'; piece: GraphPiece; keep: readonly EntityId[]; hubThreshold: number }>
  /** Neighbours of `from` read from the store. */
  | Readonly<{ type: 'expand'; from: readonly EntityId[]; piece: GraphPiece; hubThreshold: number }>
  /** Nodes and edges added as they are (a path between two nodes). */
  | Readonly<{ type: 'add'; piece: GraphPiece }>
  | Readonly<{ type: 'collapse'; id: EntityId }>
  | Readonly<{ type: 'hide'; ids: readonly EntityId[] }>
  | Readonly<{ type: 'showHidden' }>
  | Readonly<{ type: 'pin'; ids: readonly EntityId[]; pinned: boolean }>
  | Readonly<{ type: 'fold'; id: EntityId; folded: boolean }>
  | Readonly<{ type: 'group'; community: number; grouped: boolean }>
  /** Nodes the analyst dragged: they stay where they were put (pinned), so a later layout does not move them. */
  | Readonly<{ type: 'move'; positions: Readonly<Record<string, Point>> }>
  | Readonly<{ type: 'filters'; filters: GraphFilters }>
  | Readonly<{ type: 'colourBy'; colourBy: ColourBy }>
  /** A saved view, as it was. */
  | Readonly<{ type: 'restore'; view: ViewState }>;

const without = <T>(list: readonly T[], drop: ReadonlySet<T>): T[] => list.filter((item) => !drop.has(item));
const union = <T>(list: readonly T[], add: readonly T[]): T[] => [...new Set([...list, ...add])];

/** Where a node with no position yet starts: on a small ring around its anchor, so the first paint is readable. */
export function placeAround(anchor: Point, index: number, count: number): Point {
  const radius = 60 + 12 * Math.sqrt(count);
  const angle = (2 * Math.PI * index) / Math.max(1, count) + 0.3;
  return { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
}

/** Positions for the nodes that have none: around a drawn neighbour, else on a spiral around the origin. */
function placeNew(
  positions: Record<string, Point>,
  added: readonly GraphNode[],
  anchorOf: (id: EntityId) => EntityId | undefined,
): void {
  const byAnchor = new Map<string, GraphNode[]>();
  for (const node of added) {
    if (positions[node.id]) continue;
    const anchor = anchorOf(node.id);
    const key = anchor !== undefined && positions[anchor] ? anchor : '';
    const group = byAnchor.get(key);
    if (group) group.push(node);
    else byAnchor.set(key, [node]);
  }
  for (const [anchor, nodes] of byAnchor) {
    const centre = anchor === '' ? { x: 0, y: 0 } : (positions[anchor] ?? { x: 0, y: 0 });
    nodes.forEach((node, i) => {
      positions[node.id] =
        anchor === ''
          ? { x: 40 * Math.sqrt(i) * Math.cos(i * 2.4), y: 40 * Math.sqrt(i) * Math.sin(i * 2.4) }
          : placeAround(centre, i, nodes.length);
    });
  }
}

function addPiece(
  state: ViewState,
  piece: GraphPiece,
  expandedFrom: readonly EntityId[],
  hubThreshold: number | undefined,
  keep: readonly EntityId[] = [],
): ViewState {
  const nodes: Record<string, GraphNode> = { ...state.nodes };
  const edges: Record<string, GraphEdge> = { ...state.edges };
  const positions: Record<string, Point> = { ...state.positions };
  const origin: Record<string, EntityId> = { ...state.expandedFrom };
  const added: GraphNode[] = [];
  for (const node of piece.nodes) {
    if (!nodes[node.id]) added.push(node);
    nodes[node.id] = node;
  }
  for (const edge of piece.edges) if (nodes[edge.source] && nodes[edge.target]) edges[edge.id] = edge;
  const sources = new Set(expandedFrom);
  // The node an added one hangs from: the expanded node it is linked to, else any drawn neighbour.
  const anchors = new Map<EntityId, EntityId>();
  for (const edge of piece.edges) {
    for (const [self, other] of [
      [edge.source, edge.target],
      [edge.target, edge.source],
    ] as const) {
      const current = anchors.get(self);
      if (state.nodes[other] && (current === undefined || (sources.has(other) && !sources.has(current))))
        anchors.set(self, other);
    }
  }
  for (const node of added) {
    const anchor = anchors.get(node.id);
    if (anchor !== undefined && sources.has(anchor)) origin[node.id] = anchor;
  }
  placeNew(positions, added, (id) => anchors.get(id));
  const keepSet = new Set(keep);
  const newHubs =
    hubThreshold === undefined
      ? []
      : added.filter((node) => isHub(node, hubThreshold) && !keepSet.has(node.id)).map((node) => node.id);
  return {
    ...state,
    nodes,
    edges,
    positions,
    expandedFrom: origin,
    folded: union(state.folded, newHubs),
    hidden: without(state.hidden, new Set(piece.nodes.map((node) => node.id))),
  };
}

/** `id` and everything it brought by expansion, and what those brought, except pinned nodes (and `id` itself). */
export function broughtBy(state: ViewState, id: EntityId): Set<EntityId> {
  const children = new Map<EntityId, EntityId[]>();
  for (const [child, parent] of Object.entries(state.expandedFrom) as [EntityId, EntityId][]) {
    const list = children.get(parent);
    if (list) list.push(child);
    else children.set(parent, [child]);
  }
  const pinned = new Set(state.pinned);
  const out = new Set<EntityId>();
  const stack = [...(children.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as EntityId;
    if (out.has(next) || next === id || pinned.has(next)) continue;
    out.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return out;
}

/** The state without these nodes and the edges that touch them. */
export function removeNodes(state: ViewState, drop: ReadonlySet<EntityId>): ViewState {
  const keep = <V>(record: Readonly<Record<string, V>>): Record<string, V> =>
    Object.fromEntries(Object.entries(record).filter(([id]) => !drop.has(id as EntityId)));
  return {
    ...state,
    nodes: keep(state.nodes),
    positions: keep(state.positions),
    communities: keep(state.communities),
    edges: Object.fromEntries(
      Object.entries(state.edges).filter(([, edge]) => !drop.has(edge.source) && !drop.has(edge.target)),
    ),
    expandedFrom: Object.fromEntries(
      Object.entries(state.expandedFrom).filter(
        ([child, parent]) => !drop.has(child as EntityId) && !drop.has(parent),
      ),
    ),
    hidden: without(state.hidden, drop),
    pinned: without(state.pinned, drop),
    folded: without(state.folded, drop),
  };
}

export function reduceView(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'open':
      return addPiece(EMPTY_VIEW, action.piece, [], action.hubThreshold, action.keep);
    case 'expand':
      return addPiece(state, action.piece, action.from, action.hubThreshold);
    case 'add':
      return addPiece(state, action.piece, [], undefined);
    case 'collapse':
      return removeNodes(state, broughtBy(state, action.id));
    case 'hide':
      return { ...state, hidden: union(state.hidden, action.ids) };
    case 'showHidden':
      return { ...state, hidden: [] };
    case 'pin':
      return {
        ...state,
        pinned: action.pinned ? union(state.pinned, action.ids) : without(state.pinned, new Set(action.ids)),
      };
    case 'fold':
      return {
        ...state,
        folded: action.folded
          ? union(state.folded, [action.id])
          : without(state.folded, new Set([action.id])),
      };
    case 'group':
      return {
        ...state,
        grouped: action.grouped
          ? union(state.grouped, [action.community])
          : without(state.grouped, new Set([action.community])),
      };
    case 'move':
      return {
        ...state,
        positions: { ...state.positions, ...action.positions },
        pinned: union(state.pinned, Object.keys(action.positions) as EntityId[]),
      };
    case 'filters':
      return { ...state, filters: action.filters };
    case 'colourBy':
      return action.colourBy === state.colourBy ? state : { ...state, colourBy: action.colourBy };
    case 'restore':
      return action.view;
  }
}

/** Positions and communities from the layout worker, for the nodes still drawn. */
export function withLayout(
  state: ViewState,
  positions: Readonly<Record<string, Point>>,
  communities?: Readonly<Record<string, number>>,
): ViewState {
  const placed: Record<string, Point> = { ...state.positions };
  const pinned = new Set<string>(state.pinned);
  for (const [id, point] of Object.entries(positions))
    if (state.nodes[id] && !pinned.has(id)) placed[id] = point;
  const found: Record<string, number> = {};
  if (communities)
    for (const [id, community] of Object.entries(communities)) if (state.nodes[id]) found[id] = community;
  return { ...state, positions: placed, communities: communities ? found : state.communities };
}

export type ViewHistory = Readonly<{
  past: readonly ViewState[];
  present: ViewState;
  future: readonly ViewState[];
}>;

/** Steps kept for undo: each is a full state, and a 10,000-node chart's state is a few megabytes. */
export const HISTORY_LIMIT = 60;

export function startHistory(present: ViewState = EMPTY_VIEW): ViewHistory {
  return { past: [], present, future: [] };
}

/** Applies an action as an undoable step; an action that changes nothing leaves the history as it was. */
export function applyAction(history: ViewHistory, action: ViewAction): ViewHistory {
  const next = reduceView(history.present, action);
  if (next === history.present) return history;
  return { past: [...history.past, history.present].slice(-HISTORY_LIMIT), present: next, future: [] };
}

export function undo(history: ViewHistory): ViewHistory {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: ViewHistory): ViewHistory {
  const next = history.future[0];
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: history.future.slice(1) };
}

/** Changes the present without a step of its own (layout results). */
export function refinePresent(history: ViewHistory, refine: (state: ViewState) => ViewState): ViewHistory {
  return { ...history, present: refine(history.present) };
}
