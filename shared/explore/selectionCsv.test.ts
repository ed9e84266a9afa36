import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { columnsOf } from './columns';
import { selectionToCsv, toSafeCsv } from './selectionCsv';
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

describe('safe CSV cells', () => {
  it('neutralizes a formula that goes on after a line break, and every formula lead character', () => {
    const rows = [
      ['=cmd|" /C calc"!A0\nзаказ №5'],
      ['+7 999 123-45-67'],
      ['-2+3'],
      ['@SUM(A1)'],
      ['\tTAB'],
      ['\rCR'],
      ['plain, with "quotes"'],
    ];
    const parsed = Papa.parse<string[]>(toSafeCsv(['value'], rows), { newline: '\r\n' }).data;
    expect(parsed.slice(1).map((row) => row[0])).toEqual([
      `'=cmd|" /C calc"!A0\nзаказ №5`,
      "'+7 999 123-45-67",
      "'-2+3",
      "'@SUM(A1)",
      "'\tTAB",
      "'\rCR",
      'plain, with "quotes"',
    ]);
  });
});
