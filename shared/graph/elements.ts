/**
 * The view as Cytoscape elements: a pure mapping, so the adapter hook only diffs and applies. Classes carry the
 * state (folded, pinned, grouped), data carries what the stylesheet maps (kind, colour, label).
 */
import type { ElementDefinition } from 'cytoscape';
import { KINDS, type EntityId } from '../model';
import { hubBadge, isIdentifier } from './hubs';
import { communityColour, nodeColours } from './look';
import type { GraphEdge, GraphNode, Point, ViewState } from './model';
import type { Visible } from './filters';

export const GROUP_PREFIX = 'group:';

/** The compound node that holds a grouped community's identifiers. */
export function groupId(community: number): string {
  return `${GROUP_PREFIX}${community}`;
}

export function nodeLabel(node: GraphNode, folded: boolean): string {
  return folded ? hubBadge(node) : node.label;
}

/** An edge's label: only a suggestion has one (its score), the rest say it with their line. */
export function edgeLabel(edge: GraphEdge): string {
  if (edge.kind === 'similar' && edge.score !== undefined)
    return `look-alike ${Math.round(edge.score * 100)}%`;
  return '';
}

/** What a node's definition is made of: when none of it changed, the definition made last time still holds. */
type NodeInputs = Readonly<{
  node: GraphNode;
  at: Point | undefined;
  folded: boolean;
  pinned: boolean;
  colour: string;
  community: number | undefined;
  definition: ElementDefinition;
}>;

/** Definitions made by earlier calls, reused while what they are made of is the same object. */
type Reuse = {
  nodes: Map<string, NodeInputs>;
  readonly edges: WeakMap<GraphEdge, ElementDefinition>;
  /** The last colours and what they were computed from: a drag changes none of it. */
  colours?: Readonly<{ from: readonly unknown[]; colours: Map<string, string> }>;
};

/** Node colours, computed again only when what they depend on changed. */
function coloursOf(state: ViewState, reuse: Reuse | undefined): Map<string, string> {
  const from = [state.nodes, state.edges, state.communities, state.colourBy];
  const known = reuse?.colours;
  if (known && known.from.every((part, i) => part === from[i])) return known.colours;
  const colours = nodeColours(state);
  if (reuse) reuse.colours = { from, colours };
  return colours;
}

function mapElements(state: ViewState, visible: Visible, reuse: Reuse | undefined): ElementDefinition[] {
  const folded = new Set(state.folded);
  const pinned = new Set(state.pinned);
  const grouped = new Set(state.grouped);
  const colours = coloursOf(state, reuse);
  const elements: ElementDefinition[] = [];
  const parents = new Set<number>();
  const nodes: ElementDefinition[] = [];
  const made = new Map<string, NodeInputs>();
  for (const id of visible.nodes) {
    const node = state.nodes[id];
    if (!node) continue;
    const community = state.communities[id];
    const isFolded = folded.has(id);
    const inGroup = community !== undefined && grouped.has(community) && isIdentifier(node) && !isFolded;
    if (inGroup) parents.add(community);
    const at = state.positions[id];
    const isPinned = pinned.has(id);
    const colour = colours.get(id) ?? communityColour(undefined);
    const box = inGroup ? community : undefined;
    const before = reuse?.nodes.get(id);
    if (
      before &&
      before.node === node &&
      before.at === at &&
      before.folded === isFolded &&
      before.pinned === isPinned &&
      before.colour === colour &&
      before.community === box
    ) {
      made.set(id, before);
      nodes.push(before.definition);
      continue;
    }
    const inputs = { node, at, folded: isFolded, pinned: isPinned, colour, community: box };
    const classes: string[] = [KINDS[node.kind].group];
    if (inputs.folded) classes.push('folded');
    if (inputs.pinned) classes.push('pinned');
    if (node.signals.length > 0) classes.push('signalled');
    const definition: ElementDefinition = {
      group: 'nodes',
      data: {
        id,
        kind: node.kind,
        label: nodeLabel(node, inputs.folded),
        colour: inputs.colour,
        ...(inGroup ? { parent: groupId(community) } : {}),
      },
      position: { ...(inputs.at ?? { x: 0, y: 0 }) },
      classes,
    };
    made.set(id, { ...inputs, definition });
    nodes.push(definition);
  }
  if (reuse) reuse.nodes = made;
  for (const community of [...parents].sort((a, b) => a - b))
    elements.push({
      group: 'nodes',
      data: {
        id: groupId(community),
        label: `Identifiers of community ${community + 1}`,
        colour: communityColour(community),
      },
      classes: ['group'],
    });
  elements.push(...nodes);
  for (const id of visible.edges) {
    const edge = state.edges[id];
    if (!edge) continue;
    // an edge's definition is its record's alone: the same record, the same definition
    const known = reuse?.edges.get(edge);
    if (known) {
      elements.push(known);
      continue;
    }
    const definition: ElementDefinition = {
      group: 'edges',
      data: { id, source: edge.source, target: edge.target, kind: edge.kind, label: edgeLabel(edge) },
    };
    reuse?.edges.set(edge, definition);
    elements.push(definition);
  }
  return elements;
}

export function toCyElements(state: ViewState, visible: Visible): ElementDefinition[] {
  return mapElements(state, visible, undefined);
}

/**
 * `toCyElements` that hands back the same definition object for every element whose inputs did not change since
 * the last call, so the canvas can tell what changed by identity: a dragged node of ten thousand is then one new
 * definition, not ten thousand to compare. Cytoscape keeps and moves the objects it is given, so what goes to it
 * must be a copy (see `forCytoscape`), or a drag would move the definitions remembered here.
 */
export function elementMapper(): (state: ViewState, visible: Visible) => ElementDefinition[] {
  const reuse: Reuse = { nodes: new Map(), edges: new WeakMap() };
  return (state, visible) => mapElements(state, visible, reuse);
}

/** A copy of a definition that Cytoscape may keep and change (it moves the `position` object it is given). */
export function forCytoscape(definition: ElementDefinition): ElementDefinition {
  return {
    ...definition,
    data: { ...definition.data },
    ...(definition.position ? { position: { ...definition.position } } : {}),
  };
}

/** The entity behind a Cytoscape node id, or undefined for a group box. */
export function entityOfElement(id: string): EntityId | undefined {
  return id.startsWith(GROUP_PREFIX) ? undefined : (id as EntityId);
}
