/**
 * `brand-scrape_listings.xlsx`: the brand owner's scrape of listings across marketplaces. A `Listings` sheet with
 * prices as displayed (`71,90 €`, `€ 129.00`), URLs with tracking parameters, image hashes, and "first seen" as
 * real Excel dates; a `Notes` sheet of free text the import should skip.
 */
import * as XLSX from '@e965/xlsx';
import type { DemoFile } from '../demoFile';
import { excelSerial } from '../dates';
import { LISTING_HEADERS, planListingAt, type ListingRow } from '../listings';
import type { Recorder } from '../recorder';
import { CAPTURED_AT, type World } from '../world';
import { storefrontSubject } from './table';

export const LISTINGS_WORKBOOK_FILE = 'brand-scrape_listings.xlsx';
export const LISTINGS_SHEET = 'Listings';

function cellsOf(row: ListingRow): XLSX.CellObject[] {
  const text = (v: string): XLSX.CellObject => ({ t: 's', v });
  const number = (v: number | undefined): XLSX.CellObject => (v === undefined ? { t: 'z' } : { t: 'n', v });
  return [
    text(row.marketplace),
    text(row.listingId),
    text(row.url),
    text(row.title),
    text(row.brand),
    text(row.model),
    // Text, as scrapers store it: a number cell would show a GTIN as 4.06789E+12.
    row.gtin === '' ? { t: 'z' } : text(row.gtin),
    text(row.price),
    row.currency === '' ? { t: 'z' } : text(row.currency),
    text(row.sellerId),
    text(row.sellerName),
    text(row.imageFile),
    text(row.imageSha256),
    text(row.imagePhash),
    number(row.rating),
    number(row.reviews),
    // A serial number with a date format is what Excel itself stores: a real date cell, in no time zone.
    { t: 'n', v: excelSerial(row.firstSeen), z: 'dd.mm.yyyy' },
  ];
}

function sheetOf(rows: readonly (readonly XLSX.CellObject[])[], widths: readonly number[]): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  let maxColumn = 0;
  rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      if (cell.t !== 'z') sheet[XLSX.utils.encode_cell({ r, c })] = cell;
      maxColumn = Math.max(maxColumn, c);
    });
  });
  sheet['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(0, rows.length - 1), c: maxColumn },
  });
  sheet['!cols'] = widths.map((wch) => ({ wch }));
  return sheet;
}

export function writeListingsWorkbook(world: World, recorder: Recorder): DemoFile {
  const rows: XLSX.CellObject[][] = [LISTING_HEADERS.map((header) => ({ t: 's', v: header }))];
  const total = world.storefronts.length * world.listingsPerSeller;
  for (let i = 0; i < total; i++) {
    const { row, photo, product, amount, currency } = planListingAt(world, i, world.listingsPerSeller);
    rows.push(cellsOf(row));
    const front = world.storefronts[Math.floor(i / world.listingsPerSeller)];
    if (front === undefined) continue;
    const locator = { sheet: LISTINGS_SHEET, row: rows.length };
    recorder.listings.push({
      file: LISTINGS_WORKBOOK_FILE,
      locator,
      listingId: row.listingId,
      storefront: { platform: front.platform, sellerId: front.sellerId },
      operation: front.operation,
      product,
      claimedBrand: row.brand,
      amount,
      currency,
    });
    if (photo !== undefined) {
      recorder.use(photo, {
        file: LISTINGS_WORKBOOK_FILE,
        locator,
        field: 'Image SHA-256',
        raw: row.imageSha256,
        link: 'uses',
        subject: storefrontSubject(front),
      });
    }
  }
  const notes: XLSX.CellObject[][] = [
    `Scrape run ${CAPTURED_AT}, marketplaces: amazon.de, ebay.de, ebay.co.uk, allegro.pl, mercadolivre.com.br`,
    'Prices are as displayed on the page; the currency column is empty where the scraper could not tell.',
    'EAN as shown in the item specifics; empty where the listing gives none.',
    'Image hashes: SHA-256 of the downloaded main image, pHash = 64-bit perceptual hash (hex).',
    'Rows captured through a residential proxy in BR may show Portuguese titles.',
    'Do not forward outside the brand-protection team.',
  ].map((line) => [{ t: 's', v: line }]);

  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    workbook,
    sheetOf(rows, [12, 16, 60, 50, 16, 12, 15, 14, 9, 18, 24, 28, 66, 18, 7, 8, 11]),
    LISTINGS_SHEET,
  );
  XLSX.utils.book_append_sheet(workbook, sheetOf(notes, [110]), 'Notes');
  const bytes = XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return {
    name: LISTINGS_WORKBOOK_FILE,
    bytes: new Uint8Array(bytes),
    description:
      "A brand owner's scrape of listings on all five marketplaces (Excel): a Listings sheet with the claimed " +
      'brand, model and EAN (to match the brand catalog), prices as displayed, URLs with tracking parameters, ' +
      'image SHA-256 and perceptual hashes (operations reuse photos, sometimes re-encoded), first-seen dates as ' +
      'real Excel dates; and a Notes sheet of free text to skip.',
    mapping: {
      Marketplace: 'seller.platform',
      'Listing ID / ASIN': 'listing.listingId',
      URL: 'listing.url',
      Title: 'listing.title',
      Brand: 'listing.brand',
      Model: 'listing.model',
      EAN: 'listing.gtin',
      Price: 'listing.price',
      Currency: 'listing.currency',
      'Seller ID': 'seller.sellerId',
      'Seller name': 'seller.storefrontName',
      'Image file': 'ignore',
      'Image SHA-256': 'listing.image',
      // The perceptual hash belongs to the image node, which a `slot.field` reference cannot address.
      'Image pHash': 'ignore',
      Rating: 'listing.rating',
      Reviews: 'listing.reviews',
      'First seen': 'listing.firstSeen',
    },
    sheet: LISTINGS_SHEET,
    options: { decimal: 'auto', dateOrder: 'DMY' },
  };
}
