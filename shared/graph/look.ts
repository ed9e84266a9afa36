/**
 * How each kind and link kind looks, in one table that the Cytoscape stylesheet, the legend and the SVG export all
 * read: a shape and an icon per kind (accounts large, identifiers small), a colour per community, a line per link
 * kind (solid for what a record states, dashed for a mention in free text, double for an analyst's "same actor",
 * dotted orange for an unconfirmed suggestion).
 */
import type { EntityKind, LinkKind } from '../model';
import type { ViewState } from './model';

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'rectangle'
  | 'diamond'
  | 'hexagon'
  | 'triangle'
  | 'round-tag'
  | 'barrel'
  | 'star'
  | 'pentagon'
  | 'octagon'
  | 'vee'
  | 'round-diamond'
  | 'round-triangle';

export type KindLook = Readonly<{ shape: NodeShape; size: number; icon: string }>;

/** Icon strokes on a 24×24 grid, drawn white on the node's fill. */
export const KIND_LOOK: Readonly<Record<EntityKind, KindLook>> = {
  seller: { shape: 'round-rectangle', size: 44, icon: 'M4 10h16l-1-5H5zM5 10v9h14v-9M10 19v-5h4v5' },
  socialAccount: { shape: 'ellipse', size: 40, icon: 'M12 8a3 3 0 100 .01M6 19c0-3 3-5 6-5s6 2 6 5' },
  person: { shape: 'ellipse', size: 40, icon: 'M12 4a4 4 0 100 8 4 4 0 000-8zM4 21c0-4 4-6 8-6s8 2 8 6' },
  organization: { shape: 'rectangle', size: 42, icon: 'M5 21V5h9v16M14 9h5v12M8 8h3M8 12h3M8 16h3' },
  listing: { shape: 'round-tag', size: 30, icon: 'M4 4h8l8 8-8 8-8-8zM8 8h.01' },
  product: { shape: 'hexagon', size: 30, icon: 'M12 3l8 4v10l-8 4-8-4V7zM4 7l8 4 8-4M12 11v10' },
  shipment: { shape: 'barrel', size: 32, icon: 'M3 7l9-4 9 4-9 4zM3 7v10l9 4 9-4V7' },
  email: { shape: 'diamond', size: 26, icon: 'M3 6h18v12H3zM3 6l9 7 9-7' },
  phone: { shape: 'diamond', size: 26, icon: 'M7 3h10v18H7zM11 18h2' },
  address: { shape: 'pentagon', size: 26, icon: 'M12 21s-7-6-7-11a7 7 0 0114 0c0 5-7 11-7 11zM12 10h.01' },
  paymentAccount: { shape: 'octagon', size: 28, icon: 'M3 6h18v12H3zM3 10h18M7 15h4' },
  ipAddress: { shape: 'round-triangle', size: 24, icon: 'M4 6h16v10H4zM9 20h6M12 16v4' },
  domain: {
    shape: 'round-diamond',
    size: 24,
    icon: 'M12 3a9 9 0 100 18 9 9 0 000-18zM3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18',
  },
  url: {
    shape: 'round-diamond',
    size: 24,
    icon: 'M10 14l4-4M8 12l-2 2a3 3 0 004 4l2-2M16 12l2-2a3 3 0 00-4-4l-2 2',
  },
  username: { shape: 'triangle', size: 24, icon: 'M12 8a3 3 0 100 .01M8 18c0-2 2-3 4-3s4 1 4 3' },
  image: { shape: 'rectangle', size: 26, icon: 'M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4M15 9h.01' },
};

/** The node's icon as a data URL (the CSP allows `data:` images; nothing is fetched). */
export function iconUrl(kind: EntityKind): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${KIND_LOOK[kind].icon}"/></svg>`;
  return `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
}

/**
 * Community colours: distinct hues that stay apart for the common colour-vision deficiencies (Okabe–Ito first,
 * then Tableau's), dark enough for a white icon.
 */
export const COMMUNITY_COLOURS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#8c6d1f',
  '#56b4e9',
  '#e69f00',
  '#4e79a7',
  '#b07aa1',
  '#59a14f',
  '#9c755f',
  '#e15759',
] as const;

/** Nodes the layout put in no community (a lone node) or not laid out yet. */
export const NO_COMMUNITY_COLOUR = '#6b7280';

export function communityColour(community: number | undefined): string {
  if (community === undefined || community < 0) return NO_COMMUNITY_COLOUR;
  return COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length] ?? NO_COMMUNITY_COLOUR;
}

/**
 * Every node's colour on this chart. By community: the layout's community. By network: the analysis network of an
 * account (networks numbered in order of their ids on the chart); an identifier takes its accounts' network when
 * they are all in one, else stays grey, so the shared identifiers between two networks stand out.
 */
export function nodeColours(state: ViewState): Map<string, string> {
  const colours = new Map<string, string>();
  if (state.colourBy === 'community') {
    for (const id of Object.keys(state.nodes)) colours.set(id, communityColour(state.communities[id]));
    return colours;
  }
  const networks = [
    ...new Set(Object.values(state.nodes).flatMap((node) => (node.network ? [node.network] : []))),
  ].sort();
  const index = new Map(networks.map((network, i) => [network, i]));
  const around = new Map<string, Set<string>>();
  for (const edge of Object.values(state.edges)) {
    const a = state.nodes[edge.source];
    const b = state.nodes[edge.target];
    if (!a || !b) continue;
    if (b.network !== undefined && a.network === undefined)
      around.set(a.id, (around.get(a.id) ?? new Set()).add(b.network));
    if (a.network !== undefined && b.network === undefined)
      around.set(b.id, (around.get(b.id) ?? new Set()).add(a.network));
  }
  for (const node of Object.values(state.nodes)) {
    const nearby = around.get(node.id);
    const network = node.network ?? (nearby?.size === 1 ? [...nearby][0] : undefined);
    colours.set(node.id, communityColour(network === undefined ? undefined : index.get(network)));
  }
  return colours;
}

export type EdgeLook = Readonly<{
  line: 'solid' | 'dashed' | 'dotted' | 'double';
  width: number;
  colour: string;
  /** What the legend says. */
  meaning: string;
}>;

export const EDGE_LOOK: Readonly<Record<LinkKind, EdgeLook>> = {
  uses: { line: 'solid', width: 2, colour: '#64748b', meaning: 'a record lists this identifier' },
  sells: { line: 'solid', width: 1.5, colour: '#94a3b8', meaning: 'storefront sells this listing' },
  operates: { line: 'solid', width: 2.5, colour: '#475569', meaning: 'party operates this account' },
  ships: { line: 'solid', width: 1.5, colour: '#7c8aa0', meaning: 'party to this parcel' },
  mentions: { line: 'dashed', width: 1.5, colour: '#94a3b8', meaning: 'named in free text (weaker)' },
  sameAs: { line: 'double', width: 5, colour: '#7c3aed', meaning: 'an analyst confirmed: same actor' },
  similar: { line: 'dotted', width: 2.5, colour: '#ea580c', meaning: 'suggested look-alike, not confirmed' },
};

/** The colour a highlighted path is drawn in, on nodes and links alike. */
export const PATH_COLOUR = '#facc15';
