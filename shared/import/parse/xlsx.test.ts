import { utils, write, type WorkBook } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { ParseError } from './errors';
import { collect } from './fixtures/testSupport';
import { bytesSource, type ByteSource } from './source';
import { MAX_WORKBOOK_BYTES, listSheets, parseSheet, previewSheet, readWorkbook } from './xlsx';

/**
 * A brand owner's scrape of listings: a blank first row, a text id with a leading zero, a date, a price with a
 * currency format, a GTIN in General format, a date-time, an unnamed column, a boolean, a percentage; a hidden
 * sheet of sellers and an empty sheet.
 */
function listingsBook(): WorkBook {
  const book = utils.book_new();
  const listings = utils.aoa_to_sheet([
    [],
    ['listing_id', 'seller_id', 'first_seen', 'price', 'gtin', 'captured_at', '', 'in_stock', 'share'],
    [
      'B0C1234567',
      '00123',
      { t: 'n', v: 45356, z: 'dd/mm/yyyy' },
      { t: 'n', v: 71.9, z: '#,##0.00 "€"' },
      4006381333931,
      { t: 'n', v: 45356.6041666667, z: 'yyyy-mm-dd hh:mm' },
      'x',
      true,
      { t: 'n', v: 0.125, z: '0.0%' },
    ],
    [],
    ['B0C7654321', '00456', { t: 'n', v: 45000, z: 'm/d/yy' }, 19.5, 12345, '', '', false, ''],
  ]);
  utils.book_append_sheet(book, listings, 'Listings');
  utils.book_append_sheet(
    book,
    utils.aoa_to_sheet([
      ['seller_id', 'name'],
      ['00123', 'Sneaker King'],
    ]),
    'Sellers',
  );
  utils.book_append_sheet(book, utils.aoa_to_sheet([]), 'Empty');
  utils.book_set_sheet_visibility(book, 'Sellers', 1);
  return book;
}

function workbookBytes(book: WorkBook, bookType: 'xlsx' | 'biff8' | 'ods' = 'xlsx'): Uint8Array {
  return new Uint8Array(write(book, { type: 'array', bookType, compression: true }) as ArrayBuffer);
}

const FIRST_LISTING = {
  locator: { sheet: 'Listings', row: 3 },
  fields: {
    listing_id: 'B0C1234567',
    seller_id: '00123',
    first_seen: '2024-03-05',
    price: '71.90 €',
    gtin: '4006381333931',
    captured_at: '2024-03-05T14:30:00',
    'column G': 'x',
    in_stock: 'TRUE',
    share: '12.5%',
  },
};

const SECOND_LISTING = {
  locator: { sheet: 'Listings', row: 5 },
  fields: {
    listing_id: 'B0C7654321',
    seller_id: '00456',
    first_seen: '2023-03-15',
    price: '19.5',
    gtin: '12345',
    captured_at: '',
    'column G': '',
    in_stock: 'FALSE',
    share: '',
  },
};

describe('workbooks', () => {
  it('lists sheets with their record counts and visibility', async () => {
    const workbook = await readWorkbook(bytesSource('listings.xlsx', workbookBytes(listingsBook())));
    expect(listSheets(workbook)).toEqual([
      { name: 'Listings', rows: 2, hidden: false },
      { name: 'Sellers', rows: 1, hidden: true },
      { name: 'Empty', rows: 0, hidden: false },
    ]);
  });

  it('parses a sheet: header in the first non-empty row, worksheet row numbers, cells as text', async () => {
    const workbook = await readWorkbook(bytesSource('listings.xlsx', workbookBytes(listingsBook())));
    const { records, errors, error } = await collect(parseSheet(workbook, 'Listings'));
    expect(error).toBeUndefined();
    expect(errors).toEqual([]);
    expect(records).toEqual([FIRST_LISTING, SECOND_LISTING]);
  });

  it('previews a hidden sheet and says it is hidden', async () => {
    const workbook = await readWorkbook(bytesSource('listings.xlsx', workbookBytes(listingsBook())));
    expect(previewSheet(workbook, 'Sellers')).toEqual({
      headers: ['seller_id', 'name'],
      rows: [{ locator: { sheet: 'Sellers', row: 2 }, fields: { seller_id: '00123', name: 'Sneaker King' } }],
      notes: [{ level: 'info', message: 'Sheet "Sellers" is hidden in the workbook.' }],
    });
  });

  it('batches a sheet', async () => {
    const book = utils.book_new();
    const rows = [['n'], ...Array.from({ length: 5 }, (_, i) => [i])];
    utils.book_append_sheet(book, utils.aoa_to_sheet(rows), 'Numbers');
    const workbook = await readWorkbook(bytesSource('n.xlsx', workbookBytes(book)));
    const { batchSizes, records } = await collect(parseSheet(workbook, 'Numbers', { batchSize: 2 }));
    expect(batchSizes).toEqual([2, 2, 1]);
    expect(records.at(-1)).toEqual({ locator: { sheet: 'Numbers', row: 6 }, fields: { n: '4' } });
  });

  it('reads Excel 97-2003 .xls the same way', async () => {
    const workbook = await readWorkbook(bytesSource('listings.xls', workbookBytes(listingsBook(), 'biff8')));
    expect((await collect(parseSheet(workbook, 'Listings'))).records).toEqual([
      FIRST_LISTING,
      SECOND_LISTING,
    ]);
  });

  it('reads OpenDocument .ods (its reader gives numbers unformatted, dates still as ISO)', async () => {
    const book = utils.book_new();
    const sheet = utils.aoa_to_sheet([
      ['seller_id', 'joined', 'rating'],
      ['00123', { t: 'n', v: 45356, z: 'dd/mm/yyyy' }, 4.5],
    ]);
    utils.book_append_sheet(book, sheet, 'Sellers');
    const workbook = await readWorkbook(bytesSource('sellers.ods', workbookBytes(book, 'ods')));
    expect((await collect(parseSheet(workbook, 'Sellers'))).records).toEqual([
      {
        locator: { sheet: 'Sellers', row: 2 },
        fields: { seller_id: '00123', joined: '2024-03-05', rating: '4.5' },
      },
    ]);
  });
});

describe('workbook errors', () => {
  const unreadable =
    'is not a readable workbook (it may be truncated or password-protected). Open it in Excel or LibreOffice to ' +
    'check; if it opens, save it again and import the new copy.';

  it('refuses a truncated workbook', async () => {
    const bytes = workbookBytes(listingsBook());
    const truncated = bytes.subarray(0, Math.floor(bytes.byteLength / 2));
    await expect(readWorkbook(bytesSource('truncated.invalid.xlsx', truncated))).rejects.toThrow(
      new ParseError(`truncated.invalid.xlsx ${unreadable}`, { file: 'truncated.invalid.xlsx' }),
    );
  });

  it('refuses text named .xlsx rather than reading it as a one-column sheet', async () => {
    const text = bytesSource('listings.xlsx', new TextEncoder().encode('id,name\n1,a\n'));
    await expect(readWorkbook(text)).rejects.toThrow(`listings.xlsx ${unreadable}`);
  });

  it('refuses an empty file', async () => {
    await expect(readWorkbook(bytesSource('listings.xlsx', new Uint8Array()))).rejects.toThrow(
      'listings.xlsx is empty: there is no header row and no data. Check that the export finished.',
    );
  });

  it('refuses a workbook over the size limit before reading it', async () => {
    let reads = 0;
    const huge: ByteSource = {
      name: 'all-listings.xlsx',
      size: MAX_WORKBOOK_BYTES + 30 * 1024 * 1024,
      read: () => {
        reads += 1;
        return Promise.resolve(new Uint8Array());
      },
    };
    await expect(readWorkbook(huge)).rejects.toThrow(
      'all-listings.xlsx is 80 MB; workbooks over 50 MB cannot be opened here, because a workbook must be read ' +
        'whole and takes about 20 times its size in memory. Save the sheet as CSV (which is read in pieces, at any ' +
        'size) and import that.',
    );
    expect(reads).toBe(0);
  });

  it('names an empty sheet and a missing one', async () => {
    const workbook = await readWorkbook(bytesSource('listings.xlsx', workbookBytes(listingsBook())));
    expect((await collect(parseSheet(workbook, 'Empty'))).error).toMatchObject({
      sheet: 'Empty',
      message: 'listings.xlsx, sheet "Empty" is empty: it has no header row and no data. Pick another sheet.',
    });
    expect((await collect(parseSheet(workbook, 'Shipments'))).error).toMatchObject({
      message: 'listings.xlsx has no sheet named "Shipments". Its sheets are: Listings, Sellers, Empty.',
    });
    expect(previewSheet(workbook, 'Empty')).toEqual({
      headers: [],
      rows: [],
      notes: [{ level: 'warning', message: 'Sheet "Empty" is empty.' }],
    });
  });
});
