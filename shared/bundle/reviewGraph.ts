/**
 * The case's graph in Review, read-only, as an SVG picture: each saved view of the bundle drawn where the analyst
 * left its nodes (`fromSaved` + `viewToSvg`, as the graph page exports it), or, when the case has no saved view,
 * every entity of the bundle on a circle. No Cytoscape and no layout worker: the reviewer looks, does not edit.
 */
import { fromSaved } from '../graph/saved';
import { visibleElements } from '../graph/filters';
import {
  EMPTY_VIEW,
  type GraphEdge,
  type GraphNode,
  type GraphPiece,
  type Point,
  type ViewState,
} from '../graph/model';
import { viewToSvg } from '../graph/svg';
import { caption, type Entity, type Link, type SavedView } from '../model';

export type ReviewGraph = Readonly<{ name: string; svg: string; nodes: number; edges: number }>;

/** The bundle's entities and links as the graph's nodes and edges (degrees as counted within the bundle). */
export function bundlePiece(entities: readonly Entity[], links: readonly Link[]): GraphPiece {
  const ids = new Set(entities.map((e) => e.id));
  const inBundle = links.filter((link) => ids.has(link.from) && ids.has(link.to));
  const degree = new Map<string, number>();
  for (const link of inBundle) {
    degree.set(link.from, (degree.get(link.from) ?? 0) + 1);
    degree.set(link.to, (degree.get(link.to) ?? 0) + 1);
  }
  const nodes: GraphNode[] = entities.map((entity) => ({
    id: entity.id,
    kind: entity.kind,
    label: caption(entity),
    degree: degree.get(entity.id) ?? 0,
    signals: [],
  }));
  const edges: GraphEdge[] = inBundle.map((link) => ({
    id: link.id,
    kind: link.kind,
    source: link.from,
    target: link.to,
    ...(link.role === undefined ? {} : { role: link.role }),
    ...(link.score === undefined ? {} : { score: link.score }),
    ...(link.reason === undefined ? {} : { reason: link.reason }),
  }));
  return { nodes, edges };
}

/** Nodes evenly on a circle, in the order given: a plain picture when no one arranged the chart. */
export function circlePositions(ids: readonly string[]): Record<string, Point> {
  const radius = Math.max(120, ids.length * 14);
  return Object.fromEntries(
    ids.map((id, i) => {
      const angle = (2 * Math.PI * i) / Math.max(1, ids.length) - Math.PI / 2;
      return [id, { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) }];
    }),
  );
}

/** The part of the bundle a saved view shows: `fromSaved` takes what the graph page read for the view's ids. */
function pieceOf(view: SavedView, piece: GraphPiece): GraphPiece {
  const ids = new Set<string>(view.nodeIds);
  return {
    nodes: piece.nodes.filter((node) => ids.has(node.id)),
    edges: piece.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  };
}

const LOOK = { text: '#111827', background: '#ffffff' } as const;

function draw(name: string, state: ViewState): ReviewGraph {
  const visible = visibleElements(state);
  return {
    name,
    svg: viewToSvg(state, visible, { ...LOOK, title: name }),
    nodes: visible.nodes.size,
    edges: visible.edges.size,
  };
}

/** One picture per saved view, or one of the whole bundle when the case saved none. */
export function reviewGraphs(
  caseTitle: string,
  views: readonly SavedView[],
  entities: readonly Entity[],
  links: readonly Link[],
): readonly ReviewGraph[] {
  const piece = bundlePiece(entities, links);
  if (views.length > 0) return views.map((view) => draw(view.name, fromSaved(view, pieceOf(view, piece))));
  const state: ViewState = {
    ...EMPTY_VIEW,
    nodes: Object.fromEntries(piece.nodes.map((node) => [node.id, node])),
    edges: Object.fromEntries(piece.edges.map((edge) => [edge.id, edge])),
    positions: circlePositions(piece.nodes.map((node) => node.id)),
  };
  return [draw(`${caseTitle}: all entities in the bundle`, state)];
}
