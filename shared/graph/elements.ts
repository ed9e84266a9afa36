/**
 * The view as Cytoscape elements: a pure mapping, so the adapter hook only diffs and applies. Classes carry the
 * state (folded, pinned, grouped), data carries what the stylesheet maps (kind, colour, label).
 */
import type { ElementDefinition } from 'cytoscape';
import { KINDS, type EntityId } from '../model';
import { hubBadge, isIdentifier } from './hubs';
import { communityColour, nodeColours } from './look';
import type { GraphEdge, GraphNode, ViewState } from './model';
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

export function toCyElements(state: ViewState, visible: Visible): ElementDefinition[] {
  const folded = new Set(state.folded);
  const pinned = new Set(state.pinned);
  const grouped = new Set(state.grouped);
  const colours = nodeColours(state);
  const elements: ElementDefinition[] = [];
  const parents = new Set<number>();
  const nodes: ElementDefinition[] = [];
  for (const id of visible.nodes) {
    const node = state.nodes[id];
    if (!node) continue;
    const community = state.communities[id];
    const inGroup =
      community !== undefined && grouped.has(community) && isIdentifier(node) && !folded.has(id);
    if (inGroup) parents.add(community);
    const classes: string[] = [KINDS[node.kind].group];
    if (folded.has(id)) classes.push('folded');
    if (pinned.has(id)) classes.push('pinned');
    if (node.signals.length > 0) classes.push('signalled');
    nodes.push({
      group: 'nodes',
      data: {
        id,
        kind: node.kind,
        label: nodeLabel(node, folded.has(id)),
        colour: colours.get(id) ?? communityColour(undefined),
        ...(inGroup ? { parent: groupId(community) } : {}),
      },
      position: { ...(state.positions[id] ?? { x: 0, y: 0 }) },
      classes,
    });
  }
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
    elements.push({
      group: 'edges',
      data: { id, source: edge.source, target: edge.target, kind: edge.kind, label: edgeLabel(edge) },
    });
  }
  return elements;
}

/** The entity behind a Cytoscape node id, or undefined for a group box. */
export function entityOfElement(id: string): EntityId | undefined {
  return id.startsWith(GROUP_PREFIX) ? undefined : (id as EntityId);
}
