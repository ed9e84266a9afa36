import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateDemo } from './generate';
import { generateListingRows, LISTING_HEADERS, listingCells, writeListingsCsv } from './listings';
import { fileNamed, workbookOf } from './testkit';

describe('listing rows', () => {
  it('yields as many rows as asked, by default sellers × listings per seller', () => {
    expect([...generateListingRows({ sellers: 20, seed: 3 })]).toHaveLength(100);
    expect([...generateListingRows({ sellers: 20, seed: 3, listingsPerSeller: 2 })]).toHaveLength(40);
    expect([...generateListingRows({ sellers: 20, seed: 3, rows: 1234 })]).toHaveLength(1234);
  });

  it('is lazy: the first rows of an enormous table come without producing the rest', () => {
    const rows = generateListingRows({ sellers: 20, seed: 3, rows: Number.MAX_SAFE_INTEGER });
    const first = [rows.next(), rows.next(), rows.next()];
    expect(first.every((step) => step.done === false)).toBe(true);
  });

  it('are the rows of the scraped workbook, then continue with new listings of the same storefronts', () => {
    const demo = generateDemo({ sellers: 20, seed: 3, listingsPerSeller: 2 });
    const sheet = workbookOf(fileNamed(demo, 'brand-scrape_listings.xlsx')).Sheets.Listings!;
    const inBook = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { raw: false, defval: '' });
    const streamed = [...generateListingRows({ sellers: 20, seed: 3, listingsPerSeller: 2, rows: 60 })];
    expect(inBook).toHaveLength(40);
    inBook.forEach((row, i) => {
      expect(row['Listing ID / ASIN']).toBe(streamed[i]?.listingId);
      expect(row['Image SHA-256']).toBe(streamed[i]?.imageSha256);
      expect(row.Price).toBe(streamed[i]?.price);
    });
    const sellers = new Set(streamed.slice(0, 40).map((row) => row.sellerId));
    for (const row of streamed.slice(40)) expect(sellers.has(row.sellerId)).toBe(true);
    expect(new Set(streamed.map((row) => row.listingId)).size).toBe(60);
  });

  it('look like scraped listings', () => {
    for (const row of generateListingRows({ sellers: 40, seed: 5, rows: 400 })) {
      expect(row.imageSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(row.imagePhash).toMatch(/^[0-9a-f]{16}$/);
      expect(row.url).toMatch(/^https:\/\/[^ ]+[?#]/);
      expect(row.firstSeen).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.price).toMatch(/\d/);
    }
  });
});

describe('writeListingsCsv', () => {
  it('writes the header and every row, in chunks whose size does not change the text', () => {
    const options = { sellers: 15, seed: 9, rows: 1001 } as const;
    const chunks = [...writeListingsCsv({ ...options, chunkRows: 100 })];
    expect(chunks).toHaveLength(11);
    const text = chunks.join('');
    expect([...writeListingsCsv({ ...options, chunkRows: 7 })].join('')).toBe(text);
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...LISTING_HEADERS]);
    expect(parsed).toHaveLength(1002);
    const rows = [...generateListingRows(options)];
    expect(parsed[500]).toEqual(listingCells(rows[499]!));
  });
});
