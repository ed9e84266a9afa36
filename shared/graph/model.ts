/**
 * The graph view's own model: the nodes and edges drawn, and everything the analyst did to them (hidden, pinned,
 * folded, grouped, filtered, where each node sits). Plain serializable data, so a view can be undone, saved into a
 * case and restored exactly; the renderer only maps it to Cytoscape elements.
 */
import type { EntityId, EntityKind, LinkKind } from '../model';

export type Point = Readonly<{ x: number; y: number }>;

export type GraphNode = Readonly<{
  id: EntityId;
  kind: EntityKind;
  label: string;
  /** Links this entity has in the whole store, drawn or not: what expanding it could bring, and how hub-like it is. */
  degree: number;
  /** Earliest and latest day on the record (account created, listing first seen or captured, parcel shipped or seized), YYYY-MM-DD. */
  firstSeen?: string;
  lastSeen?: string;
  /** Signal kinds the latest link analysis raised on this account. */
  signals: readonly string[];
  /** The stored analysis network this account belongs to, when there is one. */
  network?: string;
}>;

export type GraphEdge = Readonly<{
  /** The link's id in the store. */
  id: string;
  kind: LinkKind;
  source: EntityId;
  target: EntityId;
  /** The field behind a `uses` link (`email`, `phone`…), a `ships` link's party role. */
  role?: string;
  /** For `similar`: the suggestion's score (0..1) and why it was made. */
  score?: number;
  reason?: string;
}>;

/** What the analyst narrowed the chart to. Everything is "show all" when empty. */
export type GraphFilters = Readonly<{
  /** Kinds not drawn. */
  hiddenKinds: readonly EntityKind[];
  /** Link kinds not drawn. */
  hiddenLinkKinds: readonly LinkKind[];
  /** Only nodes whose dates overlap this range (YYYY-MM-DD, both ends included); undated nodes stay. */
  from?: string;
  to?: string;
  /** Only this community (as the layout found it) and what ties it. */
  community?: number;
  /** Only the accounts of this network of the latest analysis, and the identifiers between them. */
  network?: string;
  /** Only accounts carrying this signal, and the identifiers between them. */
  signal?: string;
}>;

export const NO_FILTERS: GraphFilters = { hiddenKinds: [], hiddenLinkKinds: [] };

export type ViewState = Readonly<{
  nodes: Readonly<Record<string, GraphNode>>;
  edges: Readonly<Record<string, GraphEdge>>;
  positions: Readonly<Record<string, Point>>;
  /** Community per node, from the layout worker (Louvain on the drawn graph): the colour of a node. */
  communities: Readonly<Record<string, number>>;
  /** For a node brought in by expanding another, that other: collapsing a node removes what it brought. */
  expandedFrom: Readonly<Record<string, EntityId>>;
  hidden: readonly EntityId[];
  pinned: readonly EntityId[];
  /** Hub identifiers shown as a badge: their links are not drawn and never expanded through. */
  folded: readonly EntityId[];
  /** Communities whose identifiers are drawn inside one box. */
  grouped: readonly number[];
  filters: GraphFilters;
  /** What a node's colour says: its community on this chart, or its network in the latest analysis. */
  colourBy: ColourBy;
}>;

export type ColourBy = 'community' | 'network';

export const EMPTY_VIEW: ViewState = {
  nodes: {},
  edges: {},
  positions: {},
  communities: {},
  expandedFrom: {},
  hidden: [],
  pinned: [],
  folded: [],
  grouped: [],
  filters: NO_FILTERS,
  colourBy: 'community',
};

/** Nodes and edges read from the store for one step (open, expand, add a path). */
export type GraphPiece = Readonly<{ nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }>;
