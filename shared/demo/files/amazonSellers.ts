/**
 * `marketplace-sellers_amazon-de.csv`: a seller-page export of amazon.de as a brand-protection tool saves it —
 * semicolons, German headers, decimal commas, a UTF-8 BOM, Impressum-style addresses over several lines, emoji in
 * shop names, empty and whitespace-only cells, one storefront listed twice.
 */
import type { DemoFile } from '../demoFile';
import { csvLine, germanNumber, utf8 } from '../csv';
import { multilineAddress, spellAddress } from '../identifiers/address';
import { spellEmail } from '../identifiers/email';
import { spellPhone } from '../identifiers/phone';
import { spellUrl } from '../identifiers/url';
import { createRandom, type Random } from '../random';
import type { Recorder } from '../recorder';
import type { Storefront, World } from '../world';
import { insertDuplicate, recordRows, storefrontSubject, type PlannedRow, type PlannedUse } from './table';

export const AMAZON_SELLERS_FILE = 'marketplace-sellers_amazon-de.csv';

export const AMAZON_HEADERS = [
  'Verkäufer-ID',
  'Shopname',
  'Firmenname',
  'Geschäftsart',
  'USt-IdNr.',
  'Geschäftsadresse',
  'Kundendienstadresse',
  'E-Mail',
  'Telefon',
  'Bewertung',
  'Anzahl Bewertungen',
  'Shop-URL',
  'Land',
] as const;

type Header = (typeof AMAZON_HEADERS)[number];

function planRow(random: Random, front: Storefront, multiline: boolean): PlannedRow {
  const cells = new Map<Header, string>();
  const uses: PlannedUse[] = [];
  const rejects: PlannedRow['rejects'][number][] = [];
  const { contact } = front;
  const put = (header: Header, value: string): void => {
    cells.set(header, value);
  };

  put('Verkäufer-ID', front.sellerId);
  put('Shopname', front.name);
  put('Firmenname', front.companySpelling);
  put('Geschäftsart', front.company.businessType);
  put('USt-IdNr.', random.chance(0.1) ? '' : random.chance(0.1) ? '   ' : front.company.vatNumber);
  if (contact.address !== undefined) {
    const raw = multiline ? multilineAddress(contact.address) : spellAddress(random, contact.address, 0.5);
    put('Geschäftsadresse', raw);
    uses.push({ identifier: contact.address, field: 'Geschäftsadresse', raw });
  }
  if (contact.serviceAddress !== undefined) {
    const raw = spellAddress(random, contact.serviceAddress, 0.4);
    put('Kundendienstadresse', raw);
    uses.push({ identifier: contact.serviceAddress, field: 'Kundendienstadresse', raw });
  }
  if (contact.invalidEmail !== undefined) {
    put('E-Mail', contact.invalidEmail);
    rejects.push({ kind: 'email', field: 'E-Mail', value: contact.invalidEmail });
  } else if (contact.email !== undefined) {
    const raw = spellEmail(random, contact.email, 0.3);
    put('E-Mail', raw);
    uses.push({ identifier: contact.email, field: 'E-Mail', raw });
  }
  if (contact.invalidPhone !== undefined) {
    put('Telefon', contact.invalidPhone);
    rejects.push({ kind: 'phone', field: 'Telefon', value: contact.invalidPhone });
  } else if (contact.phone !== undefined) {
    const raw = spellPhone(random, contact.phone, 'DE');
    put('Telefon', raw);
    uses.push({ identifier: contact.phone, field: 'Telefon', raw });
  } else {
    put('Telefon', random.chance(0.5) ? ' ' : '');
  }
  put('Bewertung', germanNumber(front.rating, 1));
  put('Anzahl Bewertungen', germanNumber(front.feedbackCount, 0));
  const url = spellUrl(random, front.url, 0.2);
  put('Shop-URL', url);
  uses.push({ identifier: front.url, field: 'Shop-URL', raw: url });
  put('Land', front.country);

  return {
    cells: AMAZON_HEADERS.map((header) => cells.get(header) ?? ''),
    subject: storefrontSubject(front),
    uses,
    rejects,
  };
}

export function writeAmazonSellers(world: World, recorder: Recorder): DemoFile {
  const random = createRandom(world.seed, 'file', AMAZON_SELLERS_FILE);
  const fronts = world.storefronts.filter((front) => front.platform === 'amazon.de');
  // At least one row has the Impressum-style address on several lines.
  const rows = fronts.map((front, n) => planRow(random, front, n === 0 || random.chance(0.1)));
  if (rows.length >= 2) {
    const from = random.int(0, rows.length - 2);
    const pair = insertDuplicate(rows, from, random.int(from + 1, rows.length), (row) => row);
    const subject = rows[from]?.subject;
    if (pair !== undefined && subject !== undefined) {
      recorder.duplicates.push({
        file: AMAZON_SELLERS_FILE,
        locators: [{ row: pair.original + 2 }, { row: pair.duplicate + 2 }],
        subject,
      });
    }
  }
  recordRows(recorder, AMAZON_SELLERS_FILE, rows, (index) => ({ row: index + 2 }));
  const lines = [csvLine(AMAZON_HEADERS, ';'), ...rows.map((row) => csvLine(row.cells, ';'))];
  return {
    name: AMAZON_SELLERS_FILE,
    // A BOM and CRLF, as Excel-friendly German exports are written.
    bytes: utf8(`\uFEFF${lines.join('\r\n')}\r\n`),
    description:
      'Seller pages of amazon.de storefronts, exported by a brand-protection tool: semicolon-separated, German ' +
      'headers, decimal commas, UTF-8 with BOM. Addresses are written inconsistently (some over several lines), ' +
      'some storefronts give the marketplace support desk as their e-mail or customer-service address, one ' +
      'storefront appears twice, and a few e-mails and phone numbers are unusable.',
    mapping: {
      'Verkäufer-ID': 'seller.sellerId',
      Shopname: 'seller.storefrontName',
      Firmenname: 'seller.businessName',
      Geschäftsart: 'seller.businessType',
      'USt-IdNr.': 'seller.vatNumber',
      Geschäftsadresse: 'seller.address',
      Kundendienstadresse: 'seller.address',
      'E-Mail': 'seller.email',
      Telefon: 'seller.phone',
      Bewertung: 'seller.rating',
      'Anzahl Bewertungen': 'seller.feedbackCount',
      'Shop-URL': 'seller.url',
      Land: 'seller.country',
    },
    platform: 'amazon.de',
    options: { region: 'DE', decimal: ',', dateOrder: 'DMY', currency: 'EUR' },
  };
}
