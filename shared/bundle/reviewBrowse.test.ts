import { describe, expect, it } from 'vitest';
import { testEntity } from '../case/testEntities';
import { linkId, type Entity, type EntityId, type Link } from '../model';
import { annotationsFileName, entityRows, filterRows, neighboursOf } from './reviewBrowse';
import { reviewGraphs } from './reviewGraph';

const seller = testEntity('seller', 'amazon.de:A1TOPLAGER', {
  storefrontName: ['Top Lager Outlet'],
  platform: ['amazon.de'],
  country: ['DE'],
  vatNumber: ['DE298765432'],
  rating: [4.6],
});
const email = testEntity('email', 'toplager.outlet@gmail.com', { value: ['toplager.outlet@gmail.com'] });
const listing = testEntity('listing', 'amazon.de:B0C7XK2L9Q', {
  title: ['Air Max 90 OVP Herren 42 – Sonderpreis'],
  price: ['49.90 EUR'],
});

const link = (kind: Link['kind'], from: EntityId, to: EntityId, role?: string): Link => ({
  id: linkId(kind, from, to),
  kind,
  from,
  to,
  ...(role ? { role } : {}),
  sources: [],
  importIds: [],
  createdAt: '2026-02-01T00:00:00.000Z',
  updatedAt: '2026-02-01T00:00:00.000Z',
});
const links = [link('sells', seller.id, listing.id), link('uses', seller.id, email.id, 'email')];
const byId = new Map<EntityId, Entity>([seller, email, listing].map((e) => [e.id, e]));

describe('entity rows', () => {
  it('sorts by kind then name and shows a few values besides the name', () => {
    const rows = entityRows([email, listing, seller]);
    expect(rows.map((r) => [r.kindLabel, r.name])).toEqual([
      ['Seller', 'Top Lager Outlet'],
      ['Listing', 'Air Max 90 OVP Herren 42 – Sonderpreis'],
      ['E-mail', 'toplager.outlet@gmail.com'],
    ]);
    expect(rows[0]?.keyValues).toHaveLength(3);
    expect(rows[0]?.keyValues[0]).toMatch(/amazon\.de/);
    expect(rows[0]?.keyValues.join(' ')).not.toContain('Top Lager Outlet');
  });

  it('filters on every word typed, across name, kind and values, in any case', () => {
    const rows = entityRows([email, listing, seller]);
    expect(filterRows(rows, '').length).toBe(3);
    expect(filterRows(rows, 'de298765432').map((r) => r.name)).toEqual(['Top Lager Outlet']);
    expect(filterRows(rows, 'AIR  sonderpreis').map((r) => r.kind)).toEqual(['listing']);
    expect(filterRows(rows, 'e-mail gmail').map((r) => r.kind)).toEqual(['email']);
    expect(filterRows(rows, 'air gmail')).toEqual([]);
  });
});

describe('neighboursOf', () => {
  it('lists outgoing links first with the role, and incoming ones from the other side', () => {
    const out = neighboursOf(seller.id, links, byId);
    expect(out.map((n) => [n.relation, n.other?.id])).toEqual([
      ['sells', listing.id],
      ['uses (email)', email.id],
    ]);
    expect(neighboursOf(email.id, links, byId).map((n) => [n.relation, n.direction, n.otherId])).toEqual([
      ['uses by (email)', 'in', seller.id],
    ]);
  });

  it('keeps a link whose other end is not in the bundle, without an entity', () => {
    const outside = 'phone:+4961552302' as EntityId;
    const [only] = neighboursOf(seller.id, [link('uses', seller.id, outside, 'phone')], byId);
    expect(only?.otherId).toBe(outside);
    expect(only?.other).toBeUndefined();
  });
});

describe('annotationsFileName', () => {
  it('uses the case reference and the day, made safe for a file system', () => {
    const at = new Date('2026-03-06T23:10:00.000Z');
    expect(annotationsFileName('BPA-2026-114', at)).toBe('BPA-2026-114-review-2026-03-06.json');
    expect(annotationsFileName('BPA/2026:114 ', at)).toBe('BPA-2026-114-review-2026-03-06.json');
    expect(annotationsFileName('', at)).toBe('case-review-2026-03-06.json');
  });
});

describe('reviewGraphs', () => {
  it('draws the whole bundle on a circle when the case saved no view', () => {
    const [graph, ...rest] = reviewGraphs('Op. Lötkolben', [], [seller, email, listing], links);
    expect(rest).toEqual([]);
    expect(graph).toMatchObject({ name: 'Op. Lötkolben: all entities in the bundle', nodes: 3, edges: 2 });
    expect(graph?.svg).toContain('>Top Lager Outlet</text>');
  });

  it('draws each saved view with its own nodes only', () => {
    const view = {
      id: 'v1' as never,
      name: 'Storefront and its listing',
      nodeIds: [seller.id, listing.id],
      positions: { [seller.id]: { x: 0, y: 0 }, [listing.id]: { x: 200, y: 40 } },
      settings: {},
      createdAt: '2026-02-02T00:00:00.000Z',
      updatedAt: '2026-02-02T00:00:00.000Z',
    };
    const graphs = reviewGraphs('Op. Lötkolben', [view], [seller, email, listing], links);
    expect(graphs.map((g) => [g.name, g.nodes, g.edges])).toEqual([['Storefront and its listing', 2, 1]]);
    expect(graphs[0]?.svg).not.toContain('toplager.outlet@gmail.com');
  });
});
