import { beforeEach, describe, expect, it } from 'vitest';
import { withIndexFields } from '@shared/explore/indexFields';
import {
  entityId,
  linkId,
  type Entity,
  type EntityId,
  type EntityKind,
  type Link,
  type LinkKind,
} from '@shared/model';
import type { CasegraphDb } from '../db';
import { freshDb } from '../testing/freshDb';
import { datesOf, readGraphNodes, readGraphPiece, readGraphSkeleton, readNeighbours } from './graphData';

const NOW = '2026-01-05T10:00:00.000Z';

function entity(kind: EntityKind, key: string, props: Readonly<Record<string, string>>): Entity {
  return withIndexFields({
    id: entityId(kind, key),
    kind,
    key,
    properties: Object.fromEntries(Object.entries(props).map(([p, value]) => [p, [{ value, sources: [] }]])),
    sources: [],
    importIds: [],
    sortName: '',
    sortTime: '',
    sortNumber: 0,
    facets: [],
    terms: [],
    termsByName: [],
    tags: [],
    createdAt: NOW,
    updatedAt: NOW,
  });
}

function link(kind: LinkKind, from: EntityId, to: EntityId, role?: string): Link {
  return {
    id: linkId(kind, from, to),
    kind,
    from,
    to,
    ...(role ? { role } : {}),
    sources: [],
    importIds: [],
    createdAt: NOW,
    updatedAt: NOW,
  };
}

const topLager = entity('seller', 'amazon.de\u001fA1TOPLAGER', {
  storefrontName: 'Top Lager Outlet',
  createdAt: '2024-03-02',
});
const topLagr = entity('seller', 'ebay.de\u001ftoplagr', {
  storefrontName: 'TopLagr Outlet',
  createdAt: '2025-01-10',
});
const insta = entity('socialAccount', 'instagram\u001ftoplager.sneaks', { handle: '@toplager.sneaks' });
const phone = entity('phone', '+4961552302', { value: '+49 6155 2302' });
const listing = entity('listing', 'amazon.de\u001fB0LISTING', {
  title: 'Air Max 90 OVP',
  firstSeen: '2025-02-01T08:00:00+01:00',
  capturedAt: '2025-06-30',
});
const links = [
  link('uses', topLager.id, phone.id, 'phone'),
  link('uses', topLagr.id, phone.id, 'phone'),
  link('mentions', insta.id, phone.id),
  link('sells', topLager.id, listing.id),
];

let db: CasegraphDb;
beforeEach(async () => {
  db = freshDb();
  await db.entities.bulkPut([topLager, topLagr, insta, phone, listing]);
  await db.links.bulkPut(links);
});

describe('graph data', () => {
  it('reads entities as nodes with their store-wide link count, dates and caption; unknown ids are left out', async () => {
    const nodes = await readGraphNodes(db, [phone.id, topLager.id, entityId('email', 'gone@example.com')]);
    expect(nodes.map((n) => [n.id, n.label, n.degree])).toEqual([
      [phone.id, '+49 6155 2302', 3],
      [topLager.id, 'Top Lager Outlet', 2],
    ]);
    expect(nodes[1]).toMatchObject({ firstSeen: '2024-03-02', lastSeen: '2024-03-02', signals: [] });
    expect(datesOf(listing)).toEqual({ firstSeen: '2025-02-01', lastSeen: '2025-06-30' });
  });

  it('reads a selection with only the links among it', async () => {
    const piece = await readGraphPiece(db, [topLager.id, phone.id, insta.id]);
    expect(piece.edges.map((e) => e.kind).sort()).toEqual(['mentions', 'uses']);
    expect(piece.edges.find((e) => e.kind === 'uses')).toMatchObject({
      source: topLager.id,
      target: phone.id,
      role: 'phone',
    });
  });

  it('reads the skeleton a layout needs (kinds from the ids, store-wide link counts, links among) before the records', async () => {
    const gone = entityId('email', 'gone@example.com');
    const skeleton = await readGraphSkeleton(db, [topLager.id, phone.id, gone, phone.id]);
    expect(skeleton.nodes).toEqual([
      { id: topLager.id, kind: 'seller', degree: 2 },
      { id: phone.id, kind: 'phone', degree: 3 },
      { id: gone, kind: 'email', degree: 0 },
    ]);
    expect(skeleton.edges.map((e) => [e.source, e.target])).toEqual([[topLager.id, phone.id]]);
    // the piece drops what the store no longer has, and keeps the skeleton's counts
    const piece = await readGraphPiece(db, [topLager.id, phone.id, gone], Promise.resolve(skeleton));
    expect(piece.nodes.map((n) => [n.id, n.degree])).toEqual([
      [topLager.id, 2],
      [phone.id, 3],
    ]);
  });

  it('expands by every link kind or by one, and ties new nodes to what is already drawn', async () => {
    const all = await readNeighbours(db, [phone.id], [], [phone.id, topLager.id]);
    expect(all.total).toBe(2);
    expect(all.nodes.map((n) => n.id).sort()).toEqual([insta.id, phone.id, topLagr.id].sort());
    expect(all.edges).toHaveLength(3);
    const usesOnly = await readNeighbours(db, [phone.id], ['uses'], [phone.id, topLager.id]);
    expect(usesOnly.nodes.map((n) => n.id).sort()).toEqual([phone.id, topLagr.id].sort());
    expect(usesOnly.edges.every((e) => e.kind === 'uses')).toBe(true);
    const limited = await readNeighbours(db, [phone.id], [], [], 1);
    expect(limited.total).toBe(3);
    expect(limited.nodes).toHaveLength(2);
  });
});
