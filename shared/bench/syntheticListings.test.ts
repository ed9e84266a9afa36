import { describe, expect, it } from 'vitest';
import { syntheticListings } from './syntheticListings';

describe('synthetic listings', () => {
  it('gives searchable, sortable, facetable listings, the same every time', () => {
    const [first] = syntheticListings(500, 500);
    const [again] = syntheticListings(500, 500);
    expect(first).toHaveLength(500);
    expect(first).toEqual(again);
    const listing = first?.[0];
    expect(listing?.facets.some((f) => f.startsWith('listing|platform='))).toBe(true);
    expect(listing?.terms.length).toBeGreaterThan(5);
    expect(new Set(first?.map((l) => l.id)).size).toBe(500);
    const withoutPrice = first?.filter((l) => l.sortNumber === -1).length ?? 0;
    expect(withoutPrice).toBeGreaterThan(10);
    expect(withoutPrice).toBeLessThan(100);
  });

  it('streams in batches without holding the whole store', () => {
    const sizes = [...syntheticListings(25_000, 10_000)].map((b) => b.length);
    expect(sizes).toEqual([10_000, 10_000, 5_000]);
  });
});
