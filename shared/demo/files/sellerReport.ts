/**
 * `brand-protection_seller-report.tsv`: a brand-protection vendor's report on storefronts of ebay.de, ebay.co.uk
 * and allegro.pl, in English, tab-separated, with the payee account its test purchases were paid into. It is the
 * seller file of the marketplaces that have no export of their own here, and the only source of payment accounts.
 */
import type { DemoFile } from '../demoFile';
import { tsvCell, utf8 } from '../csv';
import { spellAddress } from '../identifiers/address';
import { spellEmail } from '../identifiers/email';
import { spellIban } from '../identifiers/iban';
import { spellPhone } from '../identifiers/phone';
import { createRandom, type Random } from '../random';
import type { Recorder } from '../recorder';
import { MARKETPLACES } from '../vocab/marketplaces';
import type { Storefront, World } from '../world';
import { recordRows, storefrontSubject, type PlannedRow, type PlannedUse } from './table';

export const SELLER_REPORT_FILE = 'brand-protection_seller-report.tsv';

export const SELLER_REPORT_HEADERS = [
  'Marketplace',
  'Seller ID',
  'Store name',
  'Registered business name',
  'VAT / company no.',
  'Business address',
  'Email',
  'Phone',
  'Payee account (test purchase)',
  'Feedback %',
  'Feedback count',
  'Store URL',
  'Country',
  'Analyst note',
] as const;

function note(random: Random, front: Storefront): string {
  if (front.operation === undefined)
    return random.chance(0.3) ? 'Genuine item confirmed (invoice checked)' : '';
  return random.pick([
    '',
    `Test purchase: parcel sent from ${front.country}, item counterfeit`,
    'Same listing photos as other stores',
    'Store reopened under new name after takedown',
    '',
  ]);
}

function planRow(random: Random, front: Storefront): PlannedRow {
  const { contact } = front;
  const uses: PlannedUse[] = [];
  const rejects: PlannedRow['rejects'][number][] = [];
  const cell = (field: string, value: string, identifier?: PlannedUse['identifier']): string => {
    if (identifier !== undefined) uses.push({ identifier, field, raw: tsvCell(value) });
    return tsvCell(value);
  };
  let emailCell = '';
  if (contact.invalidEmail !== undefined) {
    emailCell = contact.invalidEmail;
    rejects.push({ kind: 'email', field: 'Email', value: emailCell });
  } else if (contact.email !== undefined) {
    emailCell = cell('Email', spellEmail(random, contact.email, 0.25), contact.email);
  }
  let phoneCell = '';
  if (contact.invalidPhone !== undefined) {
    phoneCell = contact.invalidPhone;
    rejects.push({ kind: 'phone', field: 'Phone', value: phoneCell });
  } else if (contact.phone !== undefined) {
    // The report is read with region DE: only German numbers may be written in national form.
    phoneCell = cell('Phone', spellPhone(random, contact.phone, 'DE'), contact.phone);
  }
  const vat = front.company.country === 'GB' ? front.company.registrationNumber : front.company.vatNumber;
  return {
    cells: [
      front.platform,
      front.sellerId,
      tsvCell(front.name),
      tsvCell(front.companySpelling),
      random.chance(0.1) ? '' : vat,
      contact.address !== undefined
        ? cell('Business address', spellAddress(random, contact.address, 0.5), contact.address)
        : '',
      emailCell,
      phoneCell,
      contact.iban !== undefined
        ? cell('Payee account (test purchase)', spellIban(random, contact.iban), contact.iban)
        : '',
      (100 - (5 - front.rating) * 2.5).toFixed(1),
      String(front.feedbackCount),
      cell('Store URL', front.url.href, front.url),
      front.country,
      note(random, front),
    ],
    subject: storefrontSubject(front),
    uses,
    rejects,
  };
}

export function writeSellerReport(world: World, recorder: Recorder): DemoFile {
  const random = createRandom(world.seed, 'file', SELLER_REPORT_FILE);
  const rows = world.storefronts
    .filter((front) => MARKETPLACES[front.platform].sellerFile === 'report')
    .map((front) => planRow(random, front));
  recordRows(recorder, SELLER_REPORT_FILE, rows, (index) => ({ row: index + 2 }));
  const lines = [SELLER_REPORT_HEADERS.join('\t'), ...rows.map((row) => row.cells.join('\t'))];
  return {
    name: SELLER_REPORT_FILE,
    bytes: utf8(`${lines.join('\n')}\n`),
    description:
      "A brand-protection vendor's report on storefronts of ebay.de, ebay.co.uk and allegro.pl (tab-separated, " +
      'English headers): contact details from the seller pages and the IBAN each test purchase was paid into.',
    mapping: {
      Marketplace: 'seller.platform',
      'Seller ID': 'seller.sellerId',
      'Store name': 'seller.storefrontName',
      'Registered business name': 'seller.businessName',
      'VAT / company no.': 'seller.vatNumber',
      'Business address': 'seller.address',
      Email: 'seller.email',
      Phone: 'seller.phone',
      'Payee account (test purchase)': 'seller.paymentAccount',
      // Positive feedback in percent, not stars.
      'Feedback %': 'ignore',
      'Feedback count': 'seller.feedbackCount',
      'Store URL': 'seller.url',
      Country: 'seller.country',
      'Analyst note': 'ignore',
    },
    options: { region: 'DE', decimal: '.', dateOrder: 'DMY' },
  };
}
