import { describe, expect, it } from 'vitest';
import type { EntityId } from '../model';
import { findNetworks } from './networks';
import { projectAccounts } from './projection';
import { DEFAULT_ANALYSIS_SETTINGS } from './settings';
import { findSignals } from './signals';
import { createTestGraph, type TestGraph } from './testkit';

function signalsOf(g: TestGraph, settings = DEFAULT_ANALYSIS_SETTINGS) {
  const projection = projectAccounts(g.index(), settings);
  return findSignals(projection, findNetworks(projection));
}

/** The rights holder's catalogue: a softshell jacket (GTIN, SKU) and a perfume known only by name. */
function catalogue(g: TestGraph) {
  const file = g.file('brand-catalog_nordvik.csv');
  g.product(
    'NV-TS-1840',
    { brand: 'NORDVIK', name: 'Trail Softshell Jacket', gtin: '4006381333931', msrp: 199, currency: 'EUR' },
    file.row(2),
  );
  g.product(
    'SO-EDP7-100',
    { brand: 'Solenne', name: 'No. 7 Eau de Parfum', msrp: 129, currency: 'EUR' },
    file.row(3),
  );
}

function shopWith(
  g: TestGraph,
  listings: readonly Record<string, string | number>[],
  values: Record<string, string | number | readonly string[]> = {},
): EntityId {
  const scrape = g.file('brand-scrape_listings.xlsx');
  const seller = g.seller(
    'ebay.de',
    'schnaeppchen-ecke',
    { storefrontName: 'Schnäppchen-Ecke', ...values },
    scrape.row(2),
  );
  listings.forEach((values, i) => {
    const listing = g.listing('ebay.de', `31774089606${i}`, values, scrape.row(3 + i));
    g.link('sells', seller, listing, undefined, scrape.row(3 + i));
  });
  return seller;
}

describe('signals', () => {
  it('flags listings far under the rights holder’s price, matched by GTIN, SKU or name, same currency only', () => {
    const g = createTestGraph();
    catalogue(g);
    const seller = shopWith(g, [
      {
        title: 'Nordvik Trail Softshelljacke Damen',
        brand: 'Nordvik®',
        gtin: '04006381333931',
        price: 49.9,
        currency: 'EUR',
      },
      { title: 'Softshell jacket', brand: 'nordvik', model: 'NV-TS-1840', price: 59, currency: 'EUR' },
      {
        title: 'Solenne No. 7 Eau de Parfum 100 ml Damen 1:1',
        brand: 'SOLENNE',
        price: 24.95,
        currency: 'EUR',
      },
      // Fair price, and a price in another currency: neither is flagged.
      {
        title: 'Nordvik Trail Softshell',
        brand: 'Nordvik',
        gtin: '4006381333931',
        price: 179,
        currency: 'EUR',
      },
      {
        title: 'Kurtka softshell Nordvik Trail',
        brand: 'Nordvik',
        gtin: '4006381333931',
        price: 203.9,
        currency: 'PLN',
      },
    ]);
    const [signal, ...rest] = signalsOf(g).filter((s) => s.kind === 'underpriced');
    expect(rest).toEqual([]);
    expect(signal?.account).toBe(seller);
    expect(signal?.reason).toBe("3 listings under 50 % of the rights holder's price");
    expect(signal?.items.map((i) => i.detail)).toEqual([
      '49.90 EUR against 199.00 EUR for Trail Softshell Jacket (25 %; matched by GTIN)',
      '59.00 EUR against 199.00 EUR for Trail Softshell Jacket (30 %; matched by brand and SKU)',
      '24.95 EUR against 129.00 EUR for No. 7 Eau de Parfum (19 %; matched by brand and name)',
    ]);
  });

  it('compares a price in another currency only at the analyst’s own exchange rates', () => {
    const g = createTestGraph();
    catalogue(g);
    shopWith(g, [
      {
        title: 'Kurtka softshell Nordvik Trail',
        brand: 'Nordvik',
        gtin: '4006381333931',
        price: 203.9,
        currency: 'PLN',
      },
      {
        title: 'Kurtka Nordvik Trail (oryginał)',
        brand: 'Nordvik',
        gtin: '4006381333931',
        price: 820,
        currency: 'PLN',
      },
      {
        title: 'Nordvik Trail softshell',
        brand: 'Nordvik',
        gtin: '4006381333931',
        price: 40,
        currency: 'GBP',
      },
    ]);
    expect(signalsOf(g).filter((s) => s.kind === 'underpriced')).toEqual([]);
    const withRates = {
      ...DEFAULT_ANALYSIS_SETTINGS,
      signals: { ...DEFAULT_ANALYSIS_SETTINGS.signals, exchangeRates: { EUR: 1, PLN: 0.23 } },
    };
    const [signal] = signalsOf(g, withRates).filter((s) => s.kind === 'underpriced');
    // 820 PLN is 188.60 EUR, a fair price; the GBP listing has no rate and is left out.
    expect(signal?.items.map((i) => i.detail)).toEqual([
      '203.90 PLN (46.90 EUR at your rate) against 199.00 EUR for Trail Softshell Jacket (24 %; matched by GTIN)',
    ]);
  });

  it('flags a seller listing a brand whose rights holder did not authorize it', () => {
    const g = createTestGraph();
    const resellers = g.file('authorized-resellers_nordvik.csv');
    g.seller(
      'amazon.de',
      'A2UPSMRDO3TI8',
      { storefrontName: 'Premium Paradies', authorizedBrands: ['Nordvik'] },
      resellers.row(2),
    );
    const seller = shopWith(g, [
      { title: 'Nordvik Trail Softshelljacke', brand: 'NORDVIK®' },
      { title: 'Velora Mini Crossbody', brand: 'Velora' },
    ]);
    const signals = signalsOf(g).filter((s) => s.kind === 'unauthorizedBrand');
    expect(signals).toHaveLength(1);
    expect(signals[0]?.account).toBe(seller);
    // Velora published no reseller list: listing it says nothing.
    expect(signals[0]?.reason).toBe('Lists NORDVIK® without being an authorized reseller (1 listing)');
  });

  it('flags a young account with many listings', () => {
    const g = createTestGraph();
    const listings = Array.from({ length: 20 }, (_, i) => ({
      title: `Velora Mini Crossbody ${i}`,
      firstSeen: '2026-02-20',
    }));
    const seller = shopWith(g, listings, { createdAt: '2026-01-10' });
    const [signal] = signalsOf(g).filter((s) => s.kind === 'youngAccount');
    expect(signal?.account).toBe(seller);
    expect(signal?.reason).toBe('Created 2026-01-10, 41 days before its newest of 20 listings');
    expect(signal?.count).toBe(20);
  });

  it('flags the storefronts of a network whose company’s parcels were seized', () => {
    const g = createTestGraph();
    const sellers = g.file('marketplace-sellers_amazon-de.csv');
    const customs = g.file('customs-seizures.csv');
    const shop = g.seller('amazon.de', 'A1OV4GWZO2A4CG', { storefrontName: 'Top Lager' }, sellers.row(2));
    const company = g.organization('Nordlicht Vertriebs GmbH', {}, customs.row(5));
    for (const [who, row] of [
      [shop, sellers.row(2)],
      [company, customs.row(5)],
    ] as const)
      g.link('uses', who, g.phone('+49 178 66596043', row), 'Telefon', row);
    const parcel = g.shipment(
      'RR790264515CN',
      { seizureId: 'DE-ZOLL-2026-159451', seizedAt: '2026-02-16' },
      customs.row(5),
    );
    g.link('ships', company, parcel, 'shipper', customs.row(5));
    const seizures = signalsOf(g).filter((s) => s.kind === 'seizure');
    expect(seizures.map((s) => [s.accountCaption, s.reason])).toEqual([
      ['Nordlicht Vertriebs GmbH', 'One of its parcels was seized by customs'],
      ['Top Lager', 'Its network (2 accounts) had 1 parcel seized by customs'],
    ]);
    expect(seizures[1]?.items[0]).toEqual({
      id: parcel,
      caption: 'RR790264515CN',
      detail: 'seized 2026-02-16 (DE-ZOLL-2026-159451)',
    });
  });
});
