import { describe, expect, it } from 'vitest';
import { findNetworks, networkId } from './networks';
import { projectAccounts } from './projection';
import { twoOperationsAndASupportEmail } from './scenarios';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';

function analyse() {
  const scenario = twoOperationsAndASupportEmail();
  const { g, nordlicht } = scenario;
  const scrape = g.file('brand-scrape_listings.xlsx');
  const customs = g.file('customs-seizures.csv');
  const [topLager, schnaeppchen] = nordlicht;
  // Listings seen over the winter, and one seized parcel of the operation's company.
  [
    ['B0CX1', '2025-10-28', topLager],
    ['B0CX2', '2026-01-25', schnaeppchen],
    ['B0CX3', '2026-02-02', schnaeppchen],
  ].forEach(([id, day, seller], i) => {
    const listing = g.listing(
      'amazon.de',
      id ?? '',
      { title: 'Nordvik Trail Softshelljacke', firstSeen: day ?? '' },
      scrape.row(2 + i),
    );
    g.link('sells', seller as never, listing, undefined, scrape.row(2 + i));
  });
  const company = g.organization('Nordlicht Vertriebs GmbH', {}, customs.row(4));
  g.link('uses', company, g.phone('+49 30 83986051', customs.row(4)), 'Shipper Phone', customs.row(4));
  const parcel = g.shipment(
    'RR790264515CN',
    { shippedAt: '2026-02-08', seizureId: 'DE-ZOLL-2026-159451', seizedAt: '2026-02-16' },
    customs.row(4),
  );
  g.link('ships', company, parcel, 'shipper', customs.row(4));
  const projection = projectAccounts(g.index(), DEFAULT_ANALYSIS_SETTINGS);
  return { ...scenario, company, projection, set: findNetworks(projection) };
}

describe('networks', () => {
  it('groups the accounts of each operation, ranks the seized one first and leaves lone accounts out', () => {
    const { set, nordlicht, ruifeng, company, honest } = analyse();
    expect(set.networks.map((n) => n.members.map((m) => m.id).sort())).toEqual([
      [...nordlicht, company].sort(),
      [...ruifeng].sort(),
    ]);
    expect(set.networks.map((n) => n.rank)).toEqual([1, 2]);
    const [first, second] = set.networks;
    expect(first?.score).toBeGreaterThan(second?.score ?? Infinity);
    expect(first?.scoreReason).toBe('4 accounts, 1 seizure, 3 listings, 3 shared identifiers');
    expect(set.networks.flatMap((n) => n.members.map((m) => m.id))).not.toContain(honest);
  });

  it('says what holds a network together and how many members each identifier touches', () => {
    const { set, supportEmail } = analyse();
    expect(set.networks[0]?.ties.map((t) => [t.kind, t.value, t.members])).toEqual([
      ['phone', '+493083986051', 4],
      ['address', 'Industriestraße 77b, 64347 Griesheim', 3],
      ['paymentAccount', 'DE02370400446395005451', 2],
    ]);
    // The support e-mail is a hub: folded, never what holds a network together.
    expect(set.networks.flatMap((n) => n.ties.map((t) => t.id))).not.toContain(supportEmail);
    expect(set.networks[1]?.ties.map((t) => t.value).sort()).toEqual(['+8613801137978', '8045212418@qq.com']);
  });

  it('dates a network by its listings and parcels, and counts them', () => {
    const { set } = analyse();
    const nordlicht = set.networks[0];
    expect([nordlicht?.firstSeen, nordlicht?.lastSeen]).toEqual(['2025-10-28', '2026-02-16']);
    expect([nordlicht?.listings, nordlicht?.shipments, nordlicht?.seizures]).toEqual([3, 1, 1]);
  });

  it('keeps a network id stable across runs and re-imports: it comes from the smallest member id', () => {
    const first = analyse().set.networks.map((n) => n.id);
    const again = analyse().set.networks.map((n) => n.id);
    expect(again).toEqual(first);
    const smallest = [...(analyse().set.networks[1]?.members.map((m) => m.id) ?? [])].sort()[0];
    expect(first[1]).toBe(networkId(smallest ?? ('' as never)));
    expect(first[1]).toMatch(/^net-[0-9a-f]{16}$/);
  });

  it('maps every member to its network', () => {
    const { set, projection, ruifeng, honest } = analyse();
    const at = (id: string) => set.networkOf[projection.index.indexOf.get(id as never) ?? -1];
    expect(ruifeng.map(at)).toEqual([1, 1]);
    expect(at(honest)).toBe(-1);
  });
});
