import { describe, expect, it } from 'vitest';
import { columnsOf, cellText } from './columns';
import {
  compareForSort,
  facetGroups,
  hasFilters,
  queryKey,
  recordFilter,
  type TableQuery,
} from './tableQuery';
import { entityOf } from './testEntities';

const listings = [
  entityOf('listing', ['ebay.de', '1'], {
    platform: ['ebay.de'],
    title: ['Ótica Ray-Ban Aviator'],
    brand: ['Ray-Ban'],
    price: [19.9],
  }),
  entityOf('listing', ['ebay.de', '2'], {
    platform: ['ebay.de'],
    title: ['Nike Air Max 90'],
    brand: ['Nike'],
    price: [71.9],
  }),
  entityOf('listing', ['amazon.de', '3'], {
    platform: ['amazon.de'],
    title: ['NIKE Air Force 1'],
    brand: ['Nike'],
  }),
  entityOf('listing', ['ozon.ru', '4'], {
    platform: ['ozon.ru'],
    title: ['Кроссовки Nike Air, размер 42'],
    brand: ['Nike'],
    price: [4990],
  }),
];
const base: TableQuery = { kind: 'listing', sort: { slot: 'name', desc: false }, facets: [], text: [] };

describe('table queries', () => {
  it('treats values of one facet as alternatives and different facets as narrowing', () => {
    const query: TableQuery = {
      ...base,
      facets: ['listing|platform=ebay.de', 'listing|platform=ozon.ru', 'listing|brand=nike'],
    };
    expect(facetGroups(query.facets)).toEqual([
      ['listing|platform=ebay.de', 'listing|platform=ozon.ru'],
      ['listing|brand=nike'],
    ]);
    const keep = recordFilter(query);
    expect(listings.filter(keep).map((l) => l.key)).toEqual(['ebay.de\u001f2', 'ozon.ru\u001f4']);
  });

  it('filters a column by text, ignoring case and accents, in any script', () => {
    const byTitle = (text: string) =>
      listings.filter(recordFilter({ ...base, text: [{ column: 'name', text }] })).map((l) => l.key);
    expect(byTitle('otica')).toEqual(['ebay.de\u001f1']);
    expect(byTitle('AIR ')).toHaveLength(3);
    expect(byTitle('размер')).toEqual(['ozon.ru\u001f4']);
    expect(byTitle('   ')).toHaveLength(4);
  });

  it('orders like the index: by key then id, missing prices first, reversed when descending', () => {
    const byPrice = [...listings]
      .sort(compareForSort({ slot: 'number', desc: false }))
      .map((l) => l.sortNumber);
    expect(byPrice).toEqual([-1, 19.9, 71.9, 4990]);
    const desc = [...listings]
      .sort(compareForSort({ slot: 'name', desc: true }))
      .map((l) => cellText(l, 'name'));
    // code-unit order, as IndexedDB compares: Cyrillic after Latin, accents folded away first
    expect(desc).toEqual([
      'Кроссовки Nike Air, размер 42',
      'Ótica Ray-Ban Aviator',
      'Nike Air Max 90',
      'NIKE Air Force 1',
    ]);
  });

  it('keys equal queries alike whatever the facet order or filter case', () => {
    const a = queryKey({
      ...base,
      facets: ['listing|brand=nike', 'listing|platform=ebay.de'],
      text: [{ column: 'name', text: 'Air' }],
    });
    const b = queryKey({
      ...base,
      facets: ['listing|platform=ebay.de', 'listing|brand=nike'],
      text: [{ column: 'name', text: ' air ' }],
    });
    expect(a).toBe(b);
    expect(hasFilters(base)).toBe(false);
    expect(hasFilters({ ...base, text: [{ column: 'brand', text: ' ' }] })).toBe(false);
    expect(hasFilters({ ...base, signal: 'underpriced' })).toBe(true);
  });

  it('offers every property as a column, with the sortable ones named', () => {
    const columns = columnsOf('listing');
    expect(columns[0]).toMatchObject({ id: 'name', sortSlot: 'name' });
    expect(columns.find((c) => c.id === 'price')).toMatchObject({ label: 'Price', sortSlot: 'number' });
    expect(columns.find((c) => c.id === 'firstSeen')).toMatchObject({
      label: 'First seen',
      sortSlot: 'time',
    });
    expect(columns.find((c) => c.id === 'gtin')?.label).toBe('GTIN');
    expect(columns.some((c) => c.id === 'title')).toBe(false);
  });
});
