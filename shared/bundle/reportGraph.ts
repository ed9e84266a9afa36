/**
 * The graph picture of the report: the case's first saved view as the investigator arranged it, or else the case's
 * entities laid out by the app's own layout with a fixed seed (so the same case draws the same picture). Positions
 * are computed once and shared by the HTML report (as SVG, through the app's `viewToSvg`) and the PDF (lines and
 * circles), so both show the same picture.
 */
import { visibleElements } from '../graph/filters';
import { computeLayout } from '../graph/layout';
import { EMPTY_VIEW, type GraphEdge, type GraphNode, type Point, type ViewState } from '../graph/model';
import { fromSaved } from '../graph/saved';
import { viewToSvg } from '../graph/svg';
import { caption, type EntityKind, type LinkKind } from '../model';
import type { BundleContent } from './content';

/** A report is read on paper: beyond this many nodes a picture is a hairball, and the layout would take long. */
export const REPORT_GRAPH_MAX_NODES = 300;
const LAYOUT_SEED = 20_240_229;

export type ReportGraph = Readonly<{
  nodes: readonly Readonly<{ id: string; label: string; kind: EntityKind; x: number; y: number }>[];
  edges: readonly Readonly<{ source: string; target: string; kind: LinkKind }>[];
  svg: string;
  /** Where the picture comes from, and what it leaves out, in words. */
  caption: string;
}>;

function nodesAndEdges(
  content: BundleContent,
  ids: ReadonlySet<string>,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = content.entities
    .filter((entity) => ids.has(entity.id))
    .map((entity): GraphNode => ({
      id: entity.id,
      kind: entity.kind,
      label: caption(entity),
      degree: 0,
      signals: [],
    }));
  const edges = content.links
    .filter((link) => ids.has(link.from) && ids.has(link.to) && link.from !== link.to)
    .map((link): GraphEdge => ({
      id: link.id,
      kind: link.kind,
      source: link.from,
      target: link.to,
      ...(link.role === undefined ? {} : { role: link.role }),
      ...(link.score === undefined ? {} : { score: link.score }),
    }));
  return { nodes, edges };
}

/** The subjects first, then what they link to, up to the cap: the nodes a reader of the report needs most. */
function chosenIds(content: BundleContent): Set<string> {
  const subjects = content.items
    .filter((item) => item.type === 'entity')
    .map((item) => item.targetId as string);
  const rest = content.entities.map((entity) => entity.id as string);
  const present = new Set(rest);
  return new Set([...subjects, ...rest].filter((id) => present.has(id)).slice(0, REPORT_GRAPH_MAX_NODES));
}

export function reportGraph(
  content: BundleContent,
  colours: Readonly<{ text: string; background: string }>,
): ReportGraph {
  const view = content.views[0];
  let state: ViewState;
  let description: string;
  if (view !== undefined) {
    const ids = new Set(view.nodeIds.slice(0, REPORT_GRAPH_MAX_NODES) as string[]);
    state = fromSaved(view, nodesAndEdges(content, ids));
    description = `The saved view “${view.name}” as arranged in Casegraph.`;
  } else {
    const ids = chosenIds(content);
    const piece = nodesAndEdges(content, ids);
    const layout = computeLayout({
      nodes: piece.nodes.map((node) => ({ id: node.id })),
      edges: piece.edges.map((edge) => ({ source: edge.source, target: edge.target })),
      seed: LAYOUT_SEED,
    });
    state = {
      ...EMPTY_VIEW,
      nodes: Object.fromEntries(piece.nodes.map((node) => [node.id, node])),
      edges: Object.fromEntries(piece.edges.map((edge) => [edge.id, edge])),
      positions: layout.positions,
      communities: layout.communities,
    };
    description = 'The case’s entities, laid out automatically.';
  }
  const total = content.entities.length;
  const shown = Object.keys(state.nodes).length;
  if (shown < total) description += ` ${shown} of ${total} entities are drawn.`;
  const visible = visibleElements(state);
  const svg = viewToSvg(state, visible, {
    title: content.case.title,
    text: colours.text,
    background: colours.background,
  });
  const nodes = [...visible.nodes].flatMap((id) => {
    const node = state.nodes[id];
    const at: Point | undefined = state.positions[id];
    return node === undefined || at === undefined
      ? []
      : [{ id, label: node.label, kind: node.kind, x: at.x, y: at.y }];
  });
  const edges = [...visible.edges].flatMap((id) => {
    const edge = state.edges[id];
    return edge === undefined ? [] : [{ source: edge.source, target: edge.target, kind: edge.kind }];
  });
  return { nodes, edges, svg, caption: description };
}
