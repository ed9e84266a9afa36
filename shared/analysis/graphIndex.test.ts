import { describe, expect, it } from 'vitest';
import { kindOfCode, linkKindOfCode } from './codes';
import { isoDay } from './entityFacts';
import { describeSource } from './explain';
import { buildGraphIndex, captionAt, createGraphIndexBuilder, linkSourceAt } from './graphIndex';
import { createTestGraph } from './testkit';

function smallInvestigation() {
  const g = createTestGraph();
  const sellers = g.file('marketplace-sellers_amazon-de.csv');
  const scrape = g.file('brand-scrape_listings.xlsx');
  const topLager = g.seller(
    'amazon.de',
    'A1OV4GWZO2A4CG',
    { storefrontName: 'Top Lager', createdAt: '2025-11-02' },
    sellers.row(2),
  );
  const phone = g.phone('+49 30 83986051', sellers.row(2));
  g.link('uses', topLager, phone, 'Telefon', sellers.row(2));
  const listing = g.listing(
    'amazon.de',
    'B0CX1',
    {
      title: 'Nordvik Trail Softshelljacke',
      brand: 'Nordvik®',
      price: 49.9,
      currency: 'EUR',
      firstSeen: '2026-01-25',
    },
    scrape.row(7),
  );
  g.link('sells', topLager, listing, undefined, scrape.row(7));
  const photo = g.image(
    '86526da9b8f73c1ccbc7726bc2ca7bdb2007288ae36dd3372a76bace75dc0c7f',
    'ffecc6497402d5d4',
    scrape.row(7),
  );
  g.link('uses', listing, photo, 'Image SHA-256', scrape.row(7));
  return { g, topLager, phone, listing, photo };
}

describe('graph index', () => {
  it('interns ids to integers and keeps each link at both ends, with its kind, role and first source', () => {
    const { g, topLager, phone } = smallInvestigation();
    const index = g.index();
    const seller = index.indexOf.get(topLager) ?? -1;
    const number = index.indexOf.get(phone) ?? -1;
    expect(index.size).toBe(4);
    expect(kindOfCode(index.kinds[seller] ?? 0)).toBe('seller');
    const neighbours = (i: number) =>
      Array.from(index.adjacent.subarray(index.offsets[i], index.offsets[i + 1]));
    expect(neighbours(seller)).toContain(number);
    expect(neighbours(number)).toEqual([seller]);
    const link = index.adjacentLink[index.offsets[number] ?? 0] ?? 0;
    expect(linkKindOfCode(index.linkKinds[link] ?? 0)).toBe('uses');
    expect(index.strings.get(index.linkRole[link] ?? 0)).toBe('Telefon');
    expect(describeSource(linkSourceAt(index, link), g.evidenceNames)).toBe(
      'marketplace-sellers_amazon-de.csv, row 2',
    );
  });

  it('keeps the facts analysis reads: names, dates, prices, photo hashes', () => {
    const { g, topLager, listing, photo } = smallInvestigation();
    const index = g.index();
    const seller = index.indexOf.get(topLager) ?? -1;
    const offer = index.indexOf.get(listing) ?? -1;
    expect(captionAt(index, seller)).toBe('Top Lager');
    expect(index.facts.names.get(seller)).toEqual(['Top Lager']);
    expect(isoDay(index.facts.createdDay[seller] ?? Number.NaN)).toBe('2025-11-02');
    expect(index.facts.amount[offer]).toBe(49.9);
    expect(index.facts.pool.get(index.facts.currency[offer] ?? 0)).toBe('EUR');
    expect(index.facts.pool.get(index.facts.brand[offer] ?? 0)).toBe('Nordvik®');
    expect(isoDay(index.facts.firstDay[offer] ?? Number.NaN)).toBe('2026-01-25');
    expect(index.facts.perceptualHash.get(index.indexOf.get(photo) ?? -1)).toBe('ffecc6497402d5d4');
    // An identifier is named by its normalized key, not stored twice.
    expect(captionAt(index, index.indexOf.get(photo) ?? -1)).toMatch(/^86526da9/);
  });

  it('leaves suggestions (`similar` links) out of the adjacency and counts them', () => {
    const { g, topLager } = smallInvestigation();
    const other = g.seller(
      'ebay.de',
      'toplager84',
      { storefrontName: 'Top-Lager' },
      g.file('ebay.csv').row(2),
    );
    g.link('similar', topLager, other, 'name', g.file('ebay.csv').row(2));
    const index = g.index();
    expect(index.skippedSuggestions).toBe(1);
    const i = index.indexOf.get(other) ?? -1;
    expect(index.offsets[i + 1]! - index.offsets[i]!).toBe(0);
  });

  it('gives the same index whether the store is read in one batch or many, links before or after their ends', () => {
    const { g } = smallInvestigation();
    const whole = buildGraphIndex(g.entities.values(), g.links.values(), 1000);
    const builder = createGraphIndexBuilder();
    const links = [...g.links.values()];
    builder.addLinks(links.slice(0, 1));
    for (const entity of g.entities.values()) builder.addEntities([entity]);
    builder.addLinks(links.slice(1));
    const streamed = builder.finish();
    const edges = (index: typeof whole) =>
      Array.from(
        { length: index.linkCount },
        (_, l) => `${index.ids[index.linkFrom[l]!]}>${index.ids[index.linkTo[l]!]}`,
      ).sort();
    expect(edges(streamed)).toEqual(edges(whole));
    expect(streamed.facts.amount.filter(Number.isFinite)).toEqual(whole.facts.amount.filter(Number.isFinite));
    expect(() => builder.finish()).toThrow(/already finished/);
  });

  it('knows the kind of a link end it never saw as a record', () => {
    const g = createTestGraph();
    const file = g.file('aleph-entities.ftm.jsonl');
    const company = g.organization('Nordlicht Vertriebs GmbH', {}, file.row(3));
    g.link('operates', company, 'seller:ebay.de\u001ftoplager84' as never, 'ftm:owner', file.row(3));
    const index = g.index();
    const seller = index.indexOf.get('seller:ebay.de\u001ftoplager84' as never) ?? -1;
    expect(kindOfCode(index.kinds[seller] ?? 0)).toBe('seller');
    expect(captionAt(index, seller)).toBe('ebay.de toplager84');
  });
});
