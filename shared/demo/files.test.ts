import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { AMAZON_HEADERS } from './files/amazonSellers';
import { AUTHORIZED_RESELLERS_HEADERS } from './files/authorizedResellers';
import { BRAND_CATALOG_HEADERS } from './files/brandCatalog';
import { MERCADO_LIVRE_HEADERS } from './files/mercadoLivreSellers';
import { SEIZURE_HEADERS } from './files/seizures';
import { SELLER_REPORT_HEADERS } from './files/sellerReport';
import { SHIPMENT_HEADERS } from './files/shipments';
import { generateDemo } from './generate';
import { isValidGtin } from './identifiers/gtin';
import { scoId } from './identifiers/uuid';
import { LISTING_HEADERS } from './listings';
import {
  decodePng,
  fileNamed,
  importRows,
  intendedColumns,
  jsonLines,
  pathValue,
  rowsOf,
  textOf,
  workbookOf,
} from './testkit';
import type { StorefrontRef } from './truth';
import { PRODUCTS } from './vocab/products';

const result = generateDemo({ sellers: 40, seed: 7 });
const { truth } = result;
const allStorefronts: StorefrontRef[] = [
  ...truth.operations.flatMap((op) => op.storefronts),
  ...truth.honestSellers,
];
const onPlatform = (...platforms: string[]): number =>
  allStorefronts.filter((s) => platforms.includes(s.platform)).length;
const duplicatesIn = (name: string): number => truth.noise.duplicates.filter((d) => d.file === name).length;

describe('seller files', () => {
  it('amazon.de: German headers, semicolons, a BOM, one row per storefront plus the duplicate', () => {
    const file = fileNamed(result, 'marketplace-sellers_amazon-de.csv');
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = rowsOf(file);
    expect(rows[0]).toEqual([...AMAZON_HEADERS]);
    expect(rows.length - 1).toBe(onPlatform('amazon.de') + duplicatesIn(file.name));
    expect(rows.slice(1).every((row) => row.length === AMAZON_HEADERS.length)).toBe(true);
    const text = textOf(file);
    expect(text).toMatch(/;"[^"\n]+\n[^"]+"/); // a quoted address over several lines
    expect(rows.some((row) => /^\d,\d$/.test(row[9] ?? ''))).toBe(true); // 4,7
    expect(rows.some((row) => /\p{Extended_Pictographic}/u.test(row[1] ?? ''))).toBe(true);
    expect(rows.some((row) => row.some((cell) => cell !== '' && cell.trim() === ''))).toBe(true);
    expect(text).toMatch(/[äöüß]/);
  });

  it('mercadolivre.com.br: Portuguese headers, Brazilian phones', () => {
    const file = fileNamed(result, 'seller-export_mercadolivre.csv');
    const rows = rowsOf(file);
    expect(rows[0]).toEqual([...MERCADO_LIVRE_HEADERS]);
    expect(rows.length - 1).toBe(onPlatform('mercadolivre.com.br') + duplicatesIn(file.name));
    expect(rows.some((row) => /^\(\d{2}\) \d{4,5}-?\d{4}$/.test(row[5] ?? ''))).toBe(true);
  });

  it('the cross-marketplace report: tabs, English headers, IBANs with spaces', () => {
    const file = fileNamed(result, 'brand-protection_seller-report.tsv');
    const rows = rowsOf(file);
    expect(rows[0]).toEqual([...SELLER_REPORT_HEADERS]);
    expect(rows.length - 1).toBe(onPlatform('ebay.de', 'ebay.co.uk', 'allegro.pl'));
    expect(rows.some((row) => /^[A-Z]{2}\d{2}( [A-Z0-9]{4})+/.test(row[8] ?? ''))).toBe(true);
  });
});

describe('brand-scrape_listings.xlsx', () => {
  const workbook = workbookOf(fileNamed(result, 'brand-scrape_listings.xlsx'));

  it('has a Listings sheet with one row per listing and a Notes sheet', () => {
    expect(workbook.SheetNames).toEqual(['Listings', 'Notes']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets.Listings!, { header: 1 });
    expect(rows[0]).toEqual([...LISTING_HEADERS]);
    expect(rows.length - 1).toBe(40 * 5);
    expect(XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets.Notes!, { header: 1 }).length).toBeGreaterThan(
      2,
    );
  });

  it('stores first-seen as real dates and prices as displayed', () => {
    const sheet = workbook.Sheets.Listings!;
    const firstSeen = XLSX.utils.encode_cell({ r: 1, c: LISTING_HEADERS.indexOf('First seen') });
    const date = sheet[firstSeen] as XLSX.CellObject;
    expect(date.t).toBe('d');
    expect(date.v).toBeInstanceOf(Date);
    const raw = XLSX.read(fileNamed(result, 'brand-scrape_listings.xlsx').bytes, {
      type: 'array',
      cellNF: true,
    }).Sheets.Listings!;
    expect((raw[firstSeen] as XLSX.CellObject).t).toBe('n');
    expect(String((raw[firstSeen] as XLSX.CellObject).z)).toMatch(/^dd\.mm\.yyyy$/);
    const prices = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet).map((row) => String(row.Price));
    expect(prices.some((price) => /^\d+,\d{2} €$/.test(price))).toBe(true);
    expect(prices.some((price) => /^€ \d+\.\d{2}$/.test(price))).toBe(true);
    const urls = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet).map((row) => String(row.URL));
    expect(urls.every((url) => /^https:\/\/\S+[?#]\S+=/.test(url))).toBe(true);
  });

  it('gives each listing a brand, a model and an EAN as text: the catalog’s, a made-up one, or none', () => {
    const sheet = workbook.Sheets.Listings!;
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { defval: '' });
    const catalog = new Set(PRODUCTS.map((product) => product.gtin));
    const eans = rows.map((row) => String(row.EAN));
    for (const ean of eans) expect(ean === '' || isValidGtin(ean), ean).toBe(true);
    expect(eans.filter((ean) => catalog.has(ean)).length).toBeGreaterThan(rows.length / 2);
    expect(eans.some((ean) => ean === '')).toBe(true);
    expect(eans.some((ean) => ean !== '' && !catalog.has(ean))).toBe(true);
    const ean = XLSX.utils.encode_cell({ r: 1, c: LISTING_HEADERS.indexOf('EAN') });
    const cell = sheet[ean] as XLSX.CellObject | undefined;
    if (cell !== undefined) expect(cell.t).toBe('s');
    for (const row of rows) {
      expect(String(row.Brand)).not.toBe('');
      expect(String(row.Model)).not.toBe('');
    }
  });
});

describe('rights-holder files', () => {
  const catalog = fileNamed(result, 'brand-catalog.csv');
  const resellers = fileNamed(result, 'authorized-resellers.csv');

  it('the brand catalog: German headers, semicolons, a BOM, decimal commas, one row per product', () => {
    expect([...catalog.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = rowsOf(catalog);
    expect(rows[0]).toEqual([...BRAND_CATALOG_HEADERS]);
    expect(rows.slice(1).map((row) => row[3])).toEqual(PRODUCTS.map((product) => product.gtin));
    expect(rows.slice(1).every((row) => /^\d{1,3}(\.\d{3})*,\d{2}$/.test(row[4] ?? ''))).toBe(true);
    expect(rows.some((row) => row[4] === '1.290,00')).toBe(true);
  });

  it('the brand catalog maps by itself to one product each, with MSRP, SKU and GTIN', () => {
    const { entities, rejects, columns } = importRows(catalog);
    expect(rejects).toEqual([]);
    expect(columns).toEqual(intendedColumns(catalog));
    const products = entities.filter((entity) => entity.kind === 'product');
    expect(products).toHaveLength(PRODUCTS.length);
    for (const product of PRODUCTS) {
      const entity = products.find((candidate) => candidate.properties.gtin?.[0] === product.gtin);
      expect(entity?.properties, product.name).toEqual({
        brand: [product.brand],
        name: [product.name],
        sku: [product.model],
        gtin: [product.gtin],
        msrp: [product.msrp],
        currency: ['EUR'],
      });
    }
  });

  it('the resellers list: one row per brand and storefront, honest storefronts only', () => {
    const rows = rowsOf(resellers);
    expect(rows[0]).toEqual([...AUTHORIZED_RESELLERS_HEADERS]);
    const honest = new Set(truth.honestSellers.map((s) => `${s.platform}|${s.sellerId}`));
    const listed = rows.slice(1).map((row) => `${row[1] ?? ''}|${row[2] ?? ''}`);
    expect(new Set(listed)).toEqual(honest);
    expect(new Set(rows.slice(1).map((row) => `${row[0] ?? ''}|${row[1] ?? ''}|${row[2] ?? ''}`)).size).toBe(
      rows.length - 1,
    );
    const brands = new Set(PRODUCTS.map((product) => product.brand));
    for (const row of rows.slice(1)) {
      expect(brands.has(row[0] ?? '')).toBe(true);
      expect(row[4]).toMatch(/^20(19|2[0-5])-\d{2}-\d{2}$/);
    }
  });

  it('the resellers list maps by itself onto the sellers the seller files make, with their brands', () => {
    const { entities, rejects, columns } = importRows(resellers);
    expect(rejects).toEqual([]);
    expect(columns).toEqual(intendedColumns(resellers));
    const sellerIds = new Set(
      [
        'marketplace-sellers_amazon-de.csv',
        'seller-export_mercadolivre.csv',
        'brand-protection_seller-report.tsv',
      ]
        .flatMap((name) => importRows(fileNamed(result, name)).entities)
        .filter((entity) => entity.kind === 'seller')
        .map((entity) => entity.id),
    );
    const authorized = entities.filter((entity) => entity.kind === 'seller');
    expect(authorized.length).toBe(rowsOf(resellers).length - 1);
    for (const seller of authorized) {
      expect(sellerIds.has(seller.id), seller.key).toBe(true);
      expect(seller.properties.authorizedBrands).toHaveLength(1);
    }
  });
});

describe('logistics files', () => {
  it('carrier extract: one row per parcel, German dates', () => {
    const rows = rowsOf(fileNamed(result, 'carrier-shipments_dhl.csv'));
    expect(rows[0]).toEqual([...SHIPMENT_HEADERS]);
    const waybills = [...truth.operations.flatMap((op) => op.waybills), ...truth.otherWaybills];
    expect(rows.length - 1).toBe(waybills.length);
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(waybills));
    expect(rows.slice(1).every((row) => /^\d{2}\.\d{2}\.\d{4}$/.test(row[13] ?? ''))).toBe(true);
    expect(new Set(rows.slice(1).map((row) => row[1]))).toEqual(
      new Set(['DHL', 'China Post', 'Cainiao', 'Correios']),
    );
  });

  it('seizures: one row each, most citing a waybill of the carrier extract', () => {
    const rows = rowsOf(fileNamed(result, 'customs-seizures.csv'));
    expect(rows[0]).toEqual([...SEIZURE_HEADERS]);
    const seizures = truth.operations.flatMap((op) => op.seizures);
    expect(rows.length - 1).toBe(seizures.length + truth.otherSeizures.length);
    const cited = new Map(
      rows.slice(1).map((row) => [row[0], (row[8] ?? '').replace(/\s+/g, '').toUpperCase()]),
    );
    for (const seizure of seizures) expect(cited.get(seizure.seizureId)).toBe(seizure.trackingNumber);
    for (const id of truth.otherSeizures) expect(cited.get(id)).toBe('');
  });
});

describe('social files', () => {
  it('instagram: nested profiles with an embedded JSON address and the duplicate', () => {
    const document = JSON.parse(textOf(fileNamed(result, 'instagram-profiles.json'))) as {
      data: { profiles: Record<string, unknown>[] };
    };
    const profiles = document.data.profiles;
    const expected = [
      ...truth.operations.flatMap((op) => op.socialAccounts),
      ...truth.unrelatedSocialAccounts,
    ].filter((s) => s.platform === 'instagram');
    expect(profiles.length).toBe(expected.length + duplicatesIn('instagram-profiles.json'));
    for (const profile of profiles) {
      expect(typeof pathValue(profile, 'edge_followed_by.count')).toBe('number');
      expect(pathValue(profile, 'contact')).toBeTypeOf('object');
    }
    const embedded = profiles
      .map((p) => p.business_address_json)
      .filter((v): v is string => typeof v === 'string');
    for (const json of embedded) expect(JSON.parse(json)).toHaveProperty('street_address');
    const bios = profiles.map((p) => String(p.biography)).join('\n');
    expect(bios).toMatch(/[а-яА-Я]/);
    expect(bios).toMatch(/\p{Extended_Pictographic}/u);
  });

  it('tiktok: exactly one line is not JSON', () => {
    const lines = jsonLines(fileNamed(result, 'tiktok-accounts.jsonl'));
    const broken = lines.flatMap((line, i) => {
      try {
        JSON.parse(line);
        return [];
      } catch {
        return [i + 1];
      }
    });
    expect(broken).toEqual(
      truth.noise.brokenLines.filter((b) => b.file === 'tiktok-accounts.jsonl').map((b) => b.line),
    );
    expect(broken).toHaveLength(1);
    const accounts = lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
    for (const account of accounts) expect(Number.isInteger(account.createTime)).toBe(true);
  });
});

describe('exchange formats', () => {
  it('FollowTheMoney: every reference points to an entity in the file', () => {
    const entities = jsonLines(fileNamed(result, 'aleph-entities.ftm.jsonl')).map(
      (line) => JSON.parse(line) as { id: string; schema: string; properties: Record<string, string[]> },
    );
    const ids = new Set(entities.map((entity) => entity.id));
    expect(ids.size).toBe(entities.length);
    const refs: Readonly<Record<string, readonly string[]>> = {
      Ownership: ['owner', 'asset'],
      Directorship: ['director', 'organization'],
      UserAccount: ['owner'],
    };
    for (const entity of entities) {
      for (const values of Object.values(entity.properties))
        expect(values.every((v) => typeof v === 'string')).toBe(true);
      for (const property of refs[entity.schema] ?? []) {
        for (const id of entity.properties[property] ?? [])
          expect(ids.has(id), `${entity.schema}.${property}`).toBe(true);
      }
    }
    const schemas = new Set(entities.map((entity) => entity.schema));
    for (const schema of ['Company', 'Person', 'UserAccount', 'BankAccount', 'Ownership', 'Directorship']) {
      expect(schemas.has(schema), schema).toBe(true);
    }
    expect(entities.some((e) => e.schema === 'Company' && (e.properties.email ?? []).length > 0)).toBe(true);
  });

  it('STIX: a bundle whose every reference resolves, with observable ids derived as STIX prescribes', () => {
    const bundle = JSON.parse(textOf(fileNamed(result, 'threat-intel.stix.json'))) as {
      type: string;
      id: string;
      objects: (Record<string, unknown> & { type: string; id: string })[];
    };
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(/^bundle--[0-9a-f-]{36}$/);
    const ids = new Set(bundle.objects.map((object) => object.id));
    expect(ids.size).toBe(bundle.objects.length);
    for (const object of bundle.objects) {
      expect(object.id.startsWith(`${object.type}--`)).toBe(true);
      expect(object.spec_version).toBe('2.1');
      for (const [key, value] of Object.entries(object)) {
        if (key.endsWith('_ref')) expect(ids.has(String(value)), `${object.id}.${key}`).toBe(true);
        if (key.endsWith('_refs'))
          for (const ref of value as string[]) expect(ids.has(ref), `${object.id}.${key}`).toBe(true);
      }
      if (object.type === 'email-addr' || object.type === 'domain-name' || object.type === 'url') {
        expect(object.id).toBe(scoId(object.type, { value: String(object.value) }));
      }
      if (object.type === 'indicator')
        expect(object.pattern).toMatch(/^\[(email-addr|domain-name):value = '[^']+'\]$/);
    }
    const types = new Set(bundle.objects.map((object) => object.type));
    for (const type of [
      'identity',
      'user-account',
      'email-addr',
      'domain-name',
      'url',
      'ipv4-addr',
      'indicator',
      'relationship',
    ]) {
      expect(types.has(type), type).toBe(true);
    }
    const kinds = new Set(
      bundle.objects.filter((o) => o.type === 'relationship').map((o) => o.relationship_type),
    );
    expect(kinds).toEqual(new Set(['uses', 'related-to']));
  });
});

describe('every delimited file', () => {
  it('gives every row a key under its own mapping: the only rejects are the planted bad values', () => {
    const delimited = result.files.filter((file) => /\.(csv|tsv)$/.test(file.name));
    expect(delimited.length).toBeGreaterThanOrEqual(7);
    for (const file of delimited) {
      const headers = new Set(rowsOf(file)[0]);
      for (const reject of importRows(file, 'intended').rejects) {
        expect(headers.has(reject.field), `${file.name}: ${reject.field} ${reject.reason}`).toBe(true);
      }
    }
  });
});

describe('evidence', () => {
  it('screenshots are valid PNGs', () => {
    for (const file of result.files.filter((f) => f.name.endsWith('.png'))) {
      const image = decodePng(file.bytes);
      expect(image.width * image.height, file.name).toBeGreaterThan(1000);
    }
  });

  it('saved pages carry a script and a remote image, on reserved domains only', () => {
    for (const file of result.files.filter((f) => f.name.endsWith('.html'))) {
      const html = textOf(file);
      expect(html).toContain('<script>');
      expect(html).toMatch(/<img src="https:\/\//);
      // What a browser would fetch by itself (images, scripts' targets, stylesheets) is on a reserved domain.
      const fetched = [...html.matchAll(/(?:src="|<link [^>]*href="|fetch\(')https:\/\/([^/"']+)/g)].map(
        (m) => m[1] ?? '',
      );
      expect(fetched.length).toBeGreaterThanOrEqual(3);
      for (const host of fetched) expect(host).toMatch(/\.example$/);
    }
    expect(textOf(result.files.find((f) => f.name.endsWith('.txt'))!)).toMatch(/^Impressum/);
  });
});
