import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnsOf } from './columns';
import { selectionToCsv } from './selectionCsv';
import { entityOf } from './testEntities';

describe('selection as CSV', () => {
  it('writes the shown columns, keeps multi-line and Cyrillic text, and neutralizes formulas', () => {
    const seller = entityOf('seller', ['ozon.ru', '77123'], {
      platform: ['ozon.ru'],
      storefrontName: ['=HYPERLINK("http://evil.example","Брендмаркет")'],
      businessName: ['ООО «Брендмаркет»\nг. Москва; ул. Тверская 1'],
      rating: ['4,8'],
    });
    const columns = columnsOf('seller').filter((c) => ['name', 'businessName', 'rating'].includes(c.id));
    const csv = selectionToCsv([seller], columns);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[0]).toEqual(['id', 'kind', 'Name', 'Business name', 'Rating']);
    expect(parsed[1]?.[0]).toBe(seller.id);
    expect(parsed[1]?.[2]).toBe(`'=HYPERLINK("http://evil.example","Брендмаркет")`);
    expect(parsed[1]?.[3]).toBe('ООО «Брендмаркет»\nг. Москва; ул. Тверская 1');
    expect(parsed[1]?.[4]).toBe('4,8');
  });
});
