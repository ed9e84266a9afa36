import { describe, expect, it } from 'vitest';
import { createRandom } from '../../demo/random';
import { findNetworks } from '../networks';
import { projectAccounts } from '../projection';
import { DEFAULT_ANALYSIS_SETTINGS } from '../settings';
import { createTestGraph } from '../testkit';
import { hammingDistance, nearPhotoPairs, suggestPhotos } from './photos';

const hashOf = (hex: string, node = 0) => ({
  node,
  hex,
  high: Number.parseInt(hex.slice(0, 8), 16) | 0,
  low: Number.parseInt(hex.slice(8), 16) | 0,
});

/** Two storefronts of different operations, each with a listing showing a product photo. */
function twoSellersWithPhotos(photoA: readonly [string, string], photoB: readonly [string, string]) {
  const g = createTestGraph();
  const scrape = g.file('brand-scrape_listings.xlsx');
  const shop = (
    platform: string,
    id: string,
    listingId: string,
    photo: readonly [string, string],
    row: number,
  ) => {
    const seller = g.seller(platform, id, { storefrontName: id }, scrape.row(row));
    const listing = g.listing(
      platform,
      listingId,
      { title: `Solenne No. 7 Eau de Parfum ${row}` },
      scrape.row(row),
    );
    g.link('sells', seller, listing, undefined, scrape.row(row));
    g.link('uses', listing, g.image(photo[0], photo[1], scrape.row(row)), 'Image SHA-256', scrape.row(row));
    return { seller, listing };
  };
  return {
    g,
    a: shop('ebay.de', 'schnaeppchen-ecke', '317740896063', photoA, 2),
    b: shop('allegro.pl', 'hurtbutikpl210', '97123880594', photoB, 3),
  };
}

const SHA_A = '5ec56614b7068e84fbd1dfb1a3313da9fb5010dc43c19e5f3c52f6d3a40a0691';
const SHA_B = '07d1a0c9e98d192c4e5ae6280fc03c4d1366a5e8e0c73ebcc8fbdf55c4b4b85b';

function photos(g: ReturnType<typeof createTestGraph>) {
  const projection = projectAccounts(g.index(), DEFAULT_ANALYSIS_SETTINGS);
  return suggestPhotos(projection, findNetworks(projection).networkOf);
}

describe('reused product photos', () => {
  it('suggests two sellers whose listings show a re-encoded copy of one photo (pHash a few bits apart)', () => {
    const { g, a, b } = twoSellersWithPhotos([SHA_A, '44ce98e667c19ebd'], [SHA_B, '44ce98e667c19ebf']);
    const [suggestion, ...rest] = photos(g);
    expect(rest).toEqual([]);
    expect(suggestion?.kind).toBe('photo');
    expect([suggestion?.a, suggestion?.b].sort()).toEqual([a.seller, b.seller].sort());
    expect(suggestion?.evidence[0]?.detail).toBe(
      'photos 1 bit apart (pHash 44ce98e667c19ebd and 44ce98e667c19ebf)',
    );
    // The evidence points at the listings, oriented to the pair.
    const sideA = suggestion?.a === a.seller ? a.listing : b.listing;
    expect(suggestion?.evidence[0]?.a).toBe(sideA);
    expect(suggestion?.reason).toMatch(/^1 product photo reused across both sellers/);
  });

  it('suggests two sellers showing the very same photo file when nothing else joins them', () => {
    const { g } = twoSellersWithPhotos([SHA_A, '44ce98e667c19ebd'], [SHA_A, '44ce98e667c19ebd']);
    const found = photos(g);
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence[0]?.detail).toMatch(/^the same photo file \(SHA-256 5ec56614b706…\)$/);
  });

  it('says nothing about photos far apart, or about sellers already in one network', () => {
    const far = twoSellersWithPhotos([SHA_A, '44ce98e667c19ebd'], [SHA_B, 'bb3167199836e142']);
    expect(photos(far.g)).toEqual([]);
    const joined = twoSellersWithPhotos([SHA_A, '44ce98e667c19ebd'], [SHA_B, '44ce98e667c19ebf']);
    const file = joined.g.file('seller-export.csv');
    for (const [seller, row] of [
      [joined.a.seller, 2],
      [joined.b.seller, 3],
    ] as const)
      joined.g.link(
        'uses',
        seller,
        joined.g.iban('PL71 1140 2004 3833 9621 9535 4678', file.row(row)),
        'IBAN',
        file.row(row),
      );
    expect(photos(joined.g)).toEqual([]);
  });

  it('finds exactly the near pairs a comparison of all with all finds, by probing a few buckets', () => {
    const random = createRandom(11, 'photos');
    const hashes = Array.from({ length: 400 }, (_, i) => hashOf(random.hex(16), i));
    // Plant copies 1 to 6 bits away from some originals.
    for (let i = 0; i < 60; i++) {
      const original = hashes[i * 3] ?? hashOf('0000000000000000');
      let bits = BigInt(`0x${original.hex}`);
      for (let flip = 0; flip <= i % 6; flip++) bits ^= 1n << BigInt(random.int(0, 63));
      hashes.push(hashOf(bits.toString(16).padStart(16, '0'), hashes.length));
    }
    const brute: string[] = [];
    hashes.forEach((x, i) =>
      hashes.forEach((y, j) => {
        if (j > i && hammingDistance(x, y) <= 6) brute.push(`${i},${j}`);
      }),
    );
    const found = nearPhotoPairs(hashes, 6, 200).map(([i, j]) => `${i},${j}`);
    expect(found.sort()).toEqual(brute.sort());
    expect(brute.length).toBeGreaterThanOrEqual(55);
  });

  it('measures Hamming distance over all 64 bits', () => {
    expect(hammingDistance(hashOf('ffffffffffffffff'), hashOf('0000000000000000'))).toBe(64);
    expect(hammingDistance(hashOf('8000000000000001'), hashOf('0000000000000000'))).toBe(2);
  });
});
