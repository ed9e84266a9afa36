import { describe, expect, it } from 'vitest';
import type { EntityId } from '../model';
import { makeDecision } from './decision';
import { findNetworks } from './networks';
import { projectAccounts } from './projection';
import { twoOperationsAndASupportEmail } from './scenarios';
import { DEFAULT_ANALYSIS_SETTINGS, resolveSettings } from './settings';
import { createTestGraph, type TestGraph } from './testkit';

const settings = DEFAULT_ANALYSIS_SETTINGS;

function score(g: TestGraph, a: EntityId, b: EntityId, options = settings): number {
  const index = g.index();
  return projectAccounts(index, options).pairs.get(index.indexOf.get(a) ?? -1, index.indexOf.get(b) ?? -1);
}

function networksOf(g: TestGraph, options = settings, decisions: Parameters<typeof projectAccounts>[2] = []) {
  const projection = projectAccounts(g.index(), options, decisions);
  const networks = findNetworks(projection).networks.map((n) => n.members.map((m) => m.id).sort());
  // Sorted by first member, so a test can state the expected networks in any order it likes.
  return { projection, networks: networks.sort((x, y) => ((x[0] ?? '') < (y[0] ?? '') ? -1 : 1)) };
}

/** Two storefronts from one export, each row naming what it names. */
function twoSellers() {
  const g = createTestGraph();
  const file = g.file('seller-export_mercadolivre.csv');
  const a = g.seller(
    'mercadolivre.com.br',
    '267889718',
    { storefrontName: 'Mega Shop Imports' },
    file.row(2),
  );
  const b = g.seller('mercadolivre.com.br', '495693662', { storefrontName: 'Vitrine Chic MG' }, file.row(3));
  return { g, file, a, b };
}

describe('account projection', () => {
  it('joins two storefronts that list the same phone: a strong pair', () => {
    const { g, file, a, b } = twoSellers();
    g.link('uses', a, g.phone('+55 47 97529 1576', file.row(2)), 'Telefone', file.row(2));
    g.link('uses', b, g.phone('+55 (47) 97529-1576', file.row(3)), 'Telefone', file.row(3));
    expect(score(g, a, b)).toBeCloseTo(1);
    expect(networksOf(g).networks).toEqual([[a, b].sort()]);
  });

  it('does not join on a shared address alone, but does with a shared e-mail on top', () => {
    const { g, file, a, b } = twoSellers();
    for (const [seller, row] of [
      [a, 2],
      [b, 3],
    ] as const)
      g.link(
        'uses',
        seller,
        g.address('Rua Vinte e Cinco de Março, 1492 - Moema, Recife - PE, 50030-230', file.row(row)),
        'Endereço',
        file.row(row),
      );
    expect(score(g, a, b)).toBeCloseTo(settings.identifierWeights.address);
    expect(networksOf(g).networks).toEqual([]);
    for (const [seller, row] of [
      [a, 2],
      [b, 3],
    ] as const)
      g.link('uses', seller, g.email('vendas.pereira@gmail.com', file.row(row)), 'E-mail', file.row(row));
    expect(networksOf(g).networks).toEqual([[a, b].sort()]);
  });

  it('counts a phone found in a bio less than one in a field', () => {
    const { g, file, a } = twoSellers();
    const insta = g.file('instagram-profiles.json');
    const social = g.social('instagram', 'megashopimports_store', { displayName: 'Mega Shop' }, insta.row(4));
    g.link('uses', a, g.phone('+55 47 97529 1576', file.row(2)), 'Telefone', file.row(2));
    g.link('mentions', social, g.phone('+55 47 97529 1576', insta.row(4)), 'biography', insta.row(4));
    expect(score(g, a, social)).toBeCloseTo(settings.identifierWeights.phone * settings.mentionsFactor);
    expect(score(g, a, social, resolveSettings({ mentionsFactor: 1 }))).toBeCloseTo(1);
  });

  it('gives a city-and-country "address" no weight: it says where, not who', () => {
    const { g, file, a, b } = twoSellers();
    for (const [seller, row] of [
      [a, 2],
      [b, 3],
    ] as const)
      g.link(
        'uses',
        seller,
        g.address('Shenzhen, Guangdong, China', file.row(row)),
        'Endereço',
        file.row(row),
      );
    expect(score(g, a, b)).toBe(0);
  });

  it('counts parcels between the same two parties once: a forwarder is not one of its customers by volume', () => {
    const g = createTestGraph();
    const file = g.file('carrier-shipments_dhl.csv');
    const shipper = g.organization('Dongguan Yuanda Electronics Factory', {}, file.row(2));
    const forwarder = g.organization('Rhein-Main Cargo Logistics GmbH', {}, file.row(2));
    for (const [row, tracking] of [
      [2, 'RR790264515CN'],
      [3, 'LP00115972307448'],
      [4, 'LX580932086CN'],
    ] as const) {
      const parcel = g.shipment(tracking, { carrier: 'China Post' }, file.row(row));
      g.link('ships', shipper, parcel, 'shipper', file.row(row));
      g.link('ships', forwarder, parcel, 'consignee', file.row(row));
    }
    expect(score(g, shipper, forwarder)).toBeCloseTo(settings.shipmentWeight);
  });

  it('joins a company and the storefront it operates, and records an analyst’s sameAs unconditionally', () => {
    const { g, a, b } = twoSellers();
    const ftm = g.file('aleph-entities.ftm.jsonl');
    const company = g.organization('Pereira Importadora Eireli', {}, ftm.row(3));
    g.link('operates', company, a, 'ftm:owner', ftm.row(3));
    expect(networksOf(g).networks).toEqual([[a, company].sort()]);
    g.link('sameAs', a, b, 'name', ftm.row(9));
    expect(networksOf(g).networks).toEqual([[a, b, company].sort()]);
  });

  it('merges a pair an analyst confirmed, in every view, while both records stay', () => {
    const { g, a, b } = twoSellers();
    const confirmed = makeDecision({
      a: b,
      b: a,
      verdict: 'confirmed',
      suggestionKind: 'name',
      reason: 'Same CNPJ on both storefront imprints',
      examiner: 'R. Alves',
      decidedAt: '2026-03-02T09:00:00Z',
    });
    expect(networksOf(g, settings, [confirmed]).networks).toEqual([[a, b].sort()]);
    const rejected = { ...confirmed, verdict: 'rejected' as const, decidedAt: '2026-03-03T09:00:00Z' };
    expect(networksOf(g, settings, [confirmed, rejected]).networks).toEqual([]);
  });
});

describe('hubs', () => {
  it('never lets one shared support e-mail merge two unrelated operations, and lists it as a hub', () => {
    const { g, nordlicht, ruifeng, honest, supportEmail } = twoOperationsAndASupportEmail();
    const { projection, networks } = networksOf(g);
    expect(networks).toEqual([[...nordlicht].sort(), [...ruifeng].sort()]);
    expect(networks.flat()).not.toContain(honest);
    expect(projection.hubs).toEqual([
      expect.objectContaining({
        id: supportEmail,
        kind: 'email',
        value: 'seller-support@marketplace-service.eu',
        accounts: 3,
        reason: 'bridge',
      }),
    ]);
    expect(projection.hubs[0]?.explanation).toMatch(/3 separate groups, 2 of them networks/);
  });

  it('folds an identifier used by more accounts than the hub threshold, whatever else they share', () => {
    const { g, supportEmail, nordlicht, ruifeng } = twoOperationsAndASupportEmail();
    const { projection, networks } = networksOf(
      g,
      resolveSettings({ hubThreshold: 2, bridgeHubMinGroups: 0 }),
    );
    expect(projection.hubs.map((h) => [h.id, h.reason])).toContainEqual([supportEmail, 'count']);
    // The Nordlicht phone (3 storefronts) is folded too at this threshold; the bank account still ties two of them.
    expect(networks).toEqual([[nordlicht[0], nordlicht[1]].sort(), [...ruifeng].sort()]);
  });

  it('keeps three storefronts tied by nothing but one phone together: none of them stands anywhere else', () => {
    const g = createTestGraph();
    const file = g.file('brand-protection_seller-report.tsv');
    const sellers = ['trend_welt24', 'guenstig_welt', 'trendparadies2447'].map((id, i) => {
      const seller = g.seller('ebay.de', id, { storefrontName: id }, file.row(2 + i));
      g.link('uses', seller, g.phone('+86 755 8209 1528', file.row(2 + i)), 'Phone', file.row(2 + i));
      return seller;
    });
    const { projection, networks } = networksOf(g);
    expect(projection.hubs).toEqual([]);
    expect(networks).toEqual([[...sellers].sort()]);
  });

  it('keeps an operation whose two crews share nothing but the phone on every storefront of both', () => {
    const g = createTestGraph();
    const file = g.file('marketplace-sellers_amazon-de.csv');
    // Crew one banks with one account, crew two with another; both list the same WhatsApp number everywhere.
    const crew = (iban: string, ids: readonly string[], firstRow: number) =>
      ids.map((id, i) => {
        const row = file.row(firstRow + i);
        const seller = g.seller('amazon.de', id, { storefrontName: id }, row);
        g.link('uses', seller, g.iban(iban, row), 'IBAN', row);
        g.link('uses', seller, g.phone('+86 138 0113 7978', row), 'Phone', row);
        return seller;
      });
    const one = crew('LT33 3500 0889 1389 4994', ['A5J0TT12LLAKW', 'AXU95UE3UCN1FT'], 2);
    const two = crew('LT13 3500 0020 1521 3939', ['APBMVFZ6KYG12', 'AL62HKQH3O7E5'], 4);
    // A stray profile that gives the number too, and nothing else.
    const insta = g.file('instagram-profiles.json');
    const stray = g.social('instagram', 'markenmarktde.outlet', {}, insta.row(3));
    g.link('uses', stray, g.phone('+86 138 0113 7978', insta.row(3)), 'whatsapp', insta.row(3));
    const { projection, networks } = networksOf(g);
    expect(projection.hubs).toEqual([]);
    expect(networks).toEqual([[...one, ...two, stray].sort()]);
  });

  it('lists a forwarder address whose consignees receive parcels from three unrelated senders', () => {
    const g = createTestGraph();
    const file = g.file('carrier-shipments_dhl.csv');
    const senders = [
      'Nordlicht Vertriebs GmbH',
      'Ruifeng International (HK) Limited',
      'Pereira Importadora Eireli',
    ];
    senders.forEach((name, i) => {
      const row = file.row(2 + i);
      const sender = g.organization(name, {}, row);
      const consignee = g.organization(`Rhein-Main Cargo Logistics GmbH c/o Lena Meyer ${i}`, {}, row);
      const parcel = g.shipment(`LP0011597230744${i}`, { carrier: 'Cainiao' }, row);
      g.link('ships', sender, parcel, 'shipper', row);
      g.link('ships', consignee, parcel, 'consignee', row);
      g.link(
        'uses',
        consignee,
        g.address('Langer Kornweg 34, 65451 Kelsterbach', row),
        'Consignee Address',
        row,
      );
    });
    const { projection, networks } = networksOf(g);
    expect(networks).toEqual([]);
    expect(projection.hubs.map((h) => h.value)).toEqual(['Langer Kornweg 34, 65451 Kelsterbach']);
    expect(projection.hubs[0]?.explanation).toBe(
      "Used by 3 parcel recipients who receive from 3 unrelated senders: a forwarder's or a parcel service's address",
    );
  });
});
