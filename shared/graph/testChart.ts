/**
 * A small chart for the graph view's tests: two storefronts of one operation sharing a phone and a payment account,
 * a third shop tied to them only through a marketplace support address everyone lists (a hub), an Instagram
 * account that mentions the phone in its bio, and a look-alike suggestion between two storefront names.
 */
import { entityId, linkId, type EntityId, type EntityKind, type LinkKind } from '../model';
import type { GraphEdge, GraphNode, GraphPiece } from './model';

export const ids = {
  topLager: entityId('seller', 'amazon.de', 'A1TOPLAGER'),
  topLagr: entityId('seller', 'ebay.de', 'toplagr-outlet'),
  honest: entityId('seller', 'amazon.de', 'A9HONESTSHOES'),
  insta: entityId('socialAccount', 'instagram', 'toplager.sneaks'),
  phone: entityId('phone', '+4961552302'),
  iban: entityId('paymentAccount', 'DE89370400440532013000'),
  support: entityId('email', 'support@marketplace.example'),
};

function node(
  id: EntityId,
  kind: EntityKind,
  label: string,
  degree: number,
  extra: Partial<GraphNode> = {},
): GraphNode {
  return { id, kind, label, degree, signals: [], ...extra };
}

function edge(kind: LinkKind, source: EntityId, target: EntityId, extra: Partial<GraphEdge> = {}): GraphEdge {
  return { id: linkId(kind, source, target), kind, source, target, ...extra };
}

export const nodes = {
  topLager: node(ids.topLager, 'seller', 'Top Lager Outlet', 4, {
    firstSeen: '2024-03-02',
    lastSeen: '2025-06-30',
    signals: ['underpriced'],
  }),
  topLagr: node(ids.topLagr, 'seller', 'TopLagr Outlet', 3, {
    firstSeen: '2025-01-10',
    lastSeen: '2025-09-01',
  }),
  honest: node(ids.honest, 'seller', 'Honest Shoes GmbH', 1, {
    firstSeen: '2019-05-01',
    lastSeen: '2020-02-01',
  }),
  insta: node(ids.insta, 'socialAccount', '@toplager.sneaks', 1, { firstSeen: '2024-11-11' }),
  phone: node(ids.phone, 'phone', '+49 6155 2302', 3),
  iban: node(ids.iban, 'paymentAccount', 'DE89 3704 0044 0532 0130 00', 2),
  support: node(ids.support, 'email', 'support@marketplace.example', 312),
};

export const edges = {
  topLagerPhone: edge('uses', ids.topLager, ids.phone, { role: 'phone' }),
  topLagrPhone: edge('uses', ids.topLagr, ids.phone, { role: 'phone' }),
  topLagerIban: edge('uses', ids.topLager, ids.iban, { role: 'paymentAccount' }),
  topLagrIban: edge('uses', ids.topLagr, ids.iban, { role: 'paymentAccount' }),
  instaPhone: edge('mentions', ids.insta, ids.phone),
  topLagerSupport: edge('uses', ids.topLager, ids.support, { role: 'email' }),
  honestSupport: edge('uses', ids.honest, ids.support, { role: 'email' }),
  lookAlike: edge('similar', ids.topLager, ids.topLagr, { score: 0.93, reason: 'near-identical names' }),
};

/** Top Lager and what it links to directly: the first step of an investigation. */
export const opened: GraphPiece = {
  nodes: [nodes.topLager, nodes.phone, nodes.iban, nodes.support],
  edges: [edges.topLagerPhone, edges.topLagerIban, edges.topLagerSupport],
};

/** Expanding the phone: the second storefront and the Instagram account. */
export const phoneNeighbours: GraphPiece = {
  nodes: [nodes.phone, nodes.topLagr, nodes.insta],
  edges: [edges.topLagrPhone, edges.instaPhone, edges.topLagrIban, edges.lookAlike],
};
