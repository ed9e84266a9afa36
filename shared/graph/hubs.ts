/**
 * Hubs: an identifier that many unrelated accounts share (a marketplace's support address, a freight forwarder's
 * warehouse) explains nothing and buries the chart under its links. The view folds them into a badge: the node
 * stays, marked with how many links it has, but its links are not drawn and expanding never walks through it.
 */
import { KINDS } from '../model';
import type { GraphNode } from './model';

/** The link analysis's default hub threshold (`DEFAULT_ANALYSIS_SETTINGS.hubThreshold`) is the same number. */
export const DEFAULT_HUB_THRESHOLD = 25;

export function isIdentifier(node: Pick<GraphNode, 'kind'>): boolean {
  return KINDS[node.kind].group === 'identifier';
}

/** An identifier linked to at least `threshold` entities in the whole store. */
export function isHub(node: Pick<GraphNode, 'kind' | 'degree'>, threshold = DEFAULT_HUB_THRESHOLD): boolean {
  return isIdentifier(node) && node.degree >= threshold;
}

/** The badge text of a folded hub: its value and how many links it stands for. */
export function hubBadge(node: GraphNode): string {
  return `${node.label} · ${node.degree.toLocaleString('en')} links`;
}
