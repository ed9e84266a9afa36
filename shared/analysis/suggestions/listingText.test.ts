import { describe, expect, it } from 'vitest';
import { findNetworks } from '../networks';
import { projectAccounts } from '../projection';
import { DEFAULT_ANALYSIS_SETTINGS } from '../settings';
import { createTestGraph } from '../testkit';
import { jaccard, shingles, suggestListingText } from './listingText';

function shops(titlesPerShop: readonly (readonly string[])[]) {
  const g = createTestGraph();
  const scrape = g.file('brand-scrape_listings.xlsx');
  let row = 2;
  const sellers = titlesPerShop.map((titles, s) => {
    const seller = g.seller('ebay.de', `shop-${s}`, { storefrontName: `Shop ${s}` }, scrape.row(row));
    for (const title of titles) {
      const listing = g.listing('ebay.de', `${s}-${row}`, { title }, scrape.row(row));
      g.link('sells', seller, listing, undefined, scrape.row(row));
      row += 1;
    }
    return seller;
  });
  const projection = projectAccounts(g.index(), DEFAULT_ANALYSIS_SETTINGS);
  return { sellers, found: suggestListingText(projection, findNetworks(projection).networkOf) };
}

const copied = [
  'Aurelio Classic 38 Damenuhr vergoldet 1:1 Premium Qualität',
  'Velora Milano Tote Handtasche Leder schwarz SALE -70% Lagerräumung',
  'Kestrel Audio Pro Buds ANC Bluetooth Kopfhörer In-Ear orginal verpackt',
];

describe('near-duplicate listing text', () => {
  it('suggests two storefronts that copy their listing texts, typos and all', () => {
    const { sellers, found } = shops([copied, copied.map((t) => `${t} NEU`)]);
    expect(found).toHaveLength(1);
    expect([found[0]?.a, found[0]?.b].sort()).toEqual([...sellers].sort());
    expect(found[0]?.score).toBeGreaterThanOrEqual(0.5);
    expect(found[0]?.reason).toMatch(/^3 listing texts near-identical on both storefronts/);
    expect(found[0]?.evidence).toHaveLength(3);
  });

  it('keeps a single shared title a hint, under the default minimum score', () => {
    const { found } = shops([[copied[0] ?? ''], [copied[0] ?? '']]);
    expect(found[0]?.score).toBeLessThan(DEFAULT_ANALYSIS_SETTINGS.suggestions.minScore);
  });

  it('ignores a title many sellers share: that is the product’s name, not a copy', () => {
    const name = 'Solenne No. 7 Eau de Parfum 100 ml Damen';
    const { found } = shops([[name, name], [name], [name], [name], [name]]);
    expect(found).toEqual([]);
  });

  it('compares titles on folded character 4-grams', () => {
    expect(
      jaccard(
        shingles('Velora Mini Crossbody Umhängetasche'),
        shingles('VELORA mini crossbody umhangetasche!'),
      ),
    ).toBe(1);
    expect(jaccard(shingles('Velora Mini Crossbody'), shingles('Kestrel Audio Pro Buds'))).toBeLessThan(0.1);
    expect(shingles('abc')).toHaveLength(0);
  });
});
