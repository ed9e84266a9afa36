/**
 * A view as a case keeps it (`SavedView`: node ids, positions, settings) and back. The nodes themselves are read
 * again from the store on restore, so a saved view shows today's names and signals in the saved picture; the edges
 * drawn, what was folded, hidden, pinned, grouped and filtered, and the communities' colours come back as saved.
 * Settings are validated when read: a view saved by another version or edited by hand must not break the chart.
 */
import { z } from 'zod';
import { ENTITY_KINDS, LINK_KINDS, type EntityId, type LinkKind, type SavedView } from '../model';
import { EMPTY_VIEW, NO_FILTERS, type GraphPiece, type ViewState } from './model';

export const SAVED_VIEW_VERSION = 1;

const ids = z.array(z.string());
const settingsSchema = z.object({
  version: z.literal(SAVED_VIEW_VERSION),
  edgeIds: ids,
  hidden: ids,
  pinned: ids,
  folded: ids,
  grouped: z.array(z.number().int()),
  communities: z.record(z.string(), z.number().int()),
  expandedFrom: z.record(z.string(), z.string()),
  filters: z.object({
    hiddenKinds: z.array(z.enum(ENTITY_KINDS as [string, ...string[]])),
    hiddenLinkKinds: z.array(z.enum(Object.keys(LINK_KINDS) as [LinkKind, ...LinkKind[]])),
    from: z.string().optional(),
    to: z.string().optional(),
    community: z.number().int().optional(),
    network: z.string().optional(),
    signal: z.string().optional(),
  }),
  colourBy: z.enum(['community', 'network']).optional(),
});

export type SavedSettings = z.infer<typeof settingsSchema>;

export function toSaved(state: ViewState): Pick<SavedView, 'nodeIds' | 'positions' | 'settings'> {
  const settings: SavedSettings = {
    version: SAVED_VIEW_VERSION,
    edgeIds: Object.keys(state.edges),
    hidden: [...state.hidden],
    pinned: [...state.pinned],
    folded: [...state.folded],
    grouped: [...state.grouped],
    communities: { ...state.communities },
    expandedFrom: { ...state.expandedFrom },
    filters: {
      ...state.filters,
      hiddenKinds: [...state.filters.hiddenKinds],
      hiddenLinkKinds: [...state.filters.hiddenLinkKinds],
    },
    colourBy: state.colourBy,
  };
  return { nodeIds: Object.keys(state.nodes) as EntityId[], positions: { ...state.positions }, settings };
}

/** The settings of a saved view, or undefined when they are not ones this version can read. */
export function readSettings(view: Pick<SavedView, 'settings'>): SavedSettings | undefined {
  const parsed = settingsSchema.safeParse(view.settings);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The view again, from the saved record and the nodes and links read back from the store. Entities removed since
 * (an undone import) are simply not there; links are the saved ones that still exist.
 */
export function fromSaved(view: Pick<SavedView, 'positions' | 'settings'>, piece: GraphPiece): ViewState {
  const settings = readSettings(view);
  const nodes = Object.fromEntries(piece.nodes.map((node) => [node.id, node]));
  const present = (id: string): boolean => id in nodes;
  const keepIds = (list: readonly string[]): EntityId[] => list.filter(present) as EntityId[];
  const wantedEdges = settings ? new Set(settings.edgeIds) : undefined;
  const edges = Object.fromEntries(
    piece.edges
      .filter(
        (edge) =>
          (wantedEdges ? wantedEdges.has(edge.id) : true) && present(edge.source) && present(edge.target),
      )
      .map((edge) => [edge.id, edge]),
  );
  const positions = Object.fromEntries(Object.entries(view.positions).filter(([id]) => present(id)));
  if (!settings) return { ...EMPTY_VIEW, nodes, edges, positions };
  const { from, to, community, network, signal, hiddenKinds, hiddenLinkKinds } = settings.filters;
  return {
    nodes,
    edges,
    positions,
    communities: Object.fromEntries(Object.entries(settings.communities).filter(([id]) => present(id))),
    expandedFrom: Object.fromEntries(
      Object.entries(settings.expandedFrom).filter(([child, parent]) => present(child) && present(parent)),
    ) as Record<string, EntityId>,
    hidden: keepIds(settings.hidden),
    pinned: keepIds(settings.pinned),
    folded: keepIds(settings.folded),
    grouped: settings.grouped,
    filters: {
      ...NO_FILTERS,
      hiddenKinds: hiddenKinds as ViewState['filters']['hiddenKinds'],
      hiddenLinkKinds,
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(community === undefined ? {} : { community }),
      ...(network === undefined ? {} : { network }),
      ...(signal === undefined ? {} : { signal }),
    },
    colourBy: settings.colourBy ?? 'community',
  };
}
