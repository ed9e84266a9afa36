import { describe, expect, it } from 'vitest';
import { entityId } from '../../model';
import type { SourceRecord } from '../types';
import { guessMapping } from './guessMapping';
import { createRecordMapper } from './mapRecord';

const sellerHeaders = [
  'Verkäufer-ID',
  'Shopname',
  'Geschäftsadresse',
  'E-Mail',
  'Telefon',
  'Bewertung',
  'Shop-URL',
];

function row(row: number, fields: Record<string, string>): SourceRecord {
  return { locator: { row }, fields };
}

describe('mapping a seller export row', () => {
  const { mapping } = guessMapping(sellerHeaders, 'verkaeufer_amazon-de.csv', { region: 'DE' });
  const map = createRecordMapper(mapping, { decimals: { Bewertung: ',' } });

  it('yields the seller, its normalized identifiers and the links between them', () => {
    const result = map(
      row(2, {
        'Verkäufer-ID': ' A1X9 ',
        Shopname: 'Sneaker Paradies 👟',
        Geschäftsadresse: 'Hauptstr. 5\n64283 Darmstadt',
        'E-Mail': 'E-Mail: Info@Sneaker-Paradies.example ',
        Telefon: '06155 2302',
        Bewertung: '4,7',
        'Shop-URL': 'https://www.amazon.de/sp?seller=A1X9&ref_=v_sp_storefront',
      }),
    );
    expect(result.rejects).toEqual([]);
    const seller = result.entities.find((e) => e.kind === 'seller');
    expect(seller?.id).toBe(entityId('seller', 'amazon.de', 'A1X9'));
    expect(seller?.properties).toMatchObject({
      storefrontName: ['Sneaker Paradies 👟'],
      rating: [4.7],
      platform: ['amazon.de'],
    });
    const ids = result.entities.map((e) => e.id);
    expect(ids).toContain(entityId('email', 'info@sneaker-paradies.example'));
    expect(ids).toContain(entityId('phone', '+4961552302'));
    expect(result.links).toContainEqual({
      kind: 'uses',
      from: seller?.id,
      to: entityId('phone', '+4961552302'),
      role: 'Telefon',
    });
    const address = result.entities.find((e) => e.kind === 'address');
    expect(address?.properties.full).toEqual(['Hauptstr. 5 64283 Darmstadt']);
  });

  it('rejects a bad value but keeps the rest of the row', () => {
    const result = map(
      row(3, {
        'Verkäufer-ID': 'B2Y',
        Shopname: 'Магазин «Оригинал»',
        'E-Mail': 'kein-at-zeichen.de',
        Telefon: '+7 495 123-45-67',
        Bewertung: '',
      }),
    );
    expect(result.rejects).toEqual([
      { field: 'E-Mail', value: 'kein-at-zeichen.de', reason: expect.stringContaining('e-mail') as string },
    ]);
    expect(result.entities.map((e) => e.kind).sort()).toEqual(['phone', 'seller']);
    expect(result.entities.find((e) => e.kind === 'phone')?.key).toBe('+74951234567');
  });

  it('rejects a row that names no seller, saying why', () => {
    const result = map(row(4, { 'Verkäufer-ID': '  ', Shopname: '', 'E-Mail': 'orphan@example.com' }));
    expect(result.entities).toEqual([]);
    expect(result.rejects).toEqual([
      { field: 'seller', value: '', reason: expect.stringContaining('seller id') as string },
    ]);
  });

  it('skips an empty row without a reject', () => {
    expect(map(row(5, { 'Verkäufer-ID': '', Shopname: ' ', 'E-Mail': '' }))).toEqual({
      locator: { row: 5 },
      entities: [],
      links: [],
      rejects: [],
    });
  });
});

describe('mapping a listing row', () => {
  const { mapping } = guessMapping(
    ['URL', 'Title', 'Price', 'Seller ID', 'Image SHA-256', 'Image pHash'],
    'scrape.xlsx',
  );
  const map = createRecordMapper(mapping);

  it('keys the listing by the marketplace item id in its URL and links seller, listing and photo', () => {
    const sha = 'ab'.repeat(32);
    const result = map(
      row(7, {
        URL: 'https://www.amazon.de/Nike-Air-Max-Herren/dp/B07XJ8C8F5/ref=sr_1_3?keywords=nike&th=1',
        Title: 'Nike Air Max 90 — Herren Sneaker',
        Price: '71,90 €',
        'Seller ID': 'A1X9',
        'Image SHA-256': sha.toUpperCase(),
        'Image pHash': 'f0e1d2c3b4a59687',
      }),
    );
    const listing = result.entities.find((e) => e.kind === 'listing');
    expect(listing?.id).toBe(entityId('listing', 'amazon.de', 'B07XJ8C8F5'));
    expect(listing?.properties).toMatchObject({ price: [71.9], currency: ['EUR'] });
    const seller = result.entities.find((e) => e.kind === 'seller');
    expect(seller?.id).toBe(entityId('seller', 'amazon.de', 'A1X9'));
    expect(result.links).toContainEqual({ kind: 'sells', from: seller?.id, to: listing?.id });
    const image = result.entities.find((e) => e.kind === 'image');
    expect(image).toMatchObject({
      key: sha,
      properties: { value: [sha], perceptualHash: ['f0e1d2c3b4a59687'] },
    });
    expect(result.links).toContainEqual({
      kind: 'uses',
      from: listing?.id,
      to: image?.id,
      role: 'Image SHA-256',
    });
  });
});

describe('mapping a social profile', () => {
  const { mapping } = guessMapping(['username', 'biography', 'external_url'], 'instagram-profiles.json');
  const map = createRecordMapper(mapping, { region: 'BR' });

  it('links what the bio mentions more weakly than what the profile states', () => {
    const result = map(
      row(2, {
        username: '@Best_Replicas.Store',
        biography:
          '👟 Réplicas AAA\n📩 pedidos: vendas.best@gmail.com ☎️ (11) 98765-4321 | loja 2: @best_replicas_2',
        external_url: 'https://linktr.ee/bestreplicas?utm_source=ig_profile',
      }),
    );
    const account = result.entities.find((e) => e.kind === 'socialAccount');
    expect(account?.id).toBe(entityId('socialAccount', 'instagram', 'best_replicas.store'));
    const mentions = result.links.filter((l) => l.kind === 'mentions').map((l) => l.to);
    expect(mentions).toEqual(
      expect.arrayContaining([
        entityId('email', 'vendas.best@gmail.com'),
        entityId('phone', '+5511987654321'),
        entityId('username', 'best_replicas_2'),
      ]),
    );
    expect(result.links).toContainEqual({
      kind: 'uses',
      from: account?.id,
      to: entityId('url', 'https://linktr.ee/bestreplicas'),
      role: 'external_url',
    });
  });
});

describe('mapping a product catalog row', () => {
  it('keys a German catalog row by brand and GTIN and reads the UVP with its decimal comma', () => {
    const headers = ['Marke', 'Produktname', 'Artikelnummer', 'EAN', 'UVP', 'Währung'];
    const { mapping } = guessMapping(headers, 'brand-catalog.csv');
    const map = createRecordMapper(mapping, { decimals: { UVP: ',' } });
    const result = map(
      row(6, {
        Marke: 'Velora',
        Produktname: 'Milano Tote',
        Artikelnummer: 'VL-MT-001',
        EAN: '8051234567892',
        UVP: '1.290,00',
        Währung: 'EUR',
      }),
    );
    expect(result.rejects).toEqual([]);
    expect(result.entities).toHaveLength(1);
    const [productEntity] = result.entities;
    expect(productEntity?.id).toBe(entityId('product', 'velora', '8051234567892'));
    expect(productEntity?.properties).toEqual({
      brand: ['Velora'],
      name: ['Milano Tote'],
      sku: ['VL-MT-001'],
      gtin: ['8051234567892'],
      msrp: [1290],
      currency: ['EUR'],
    });
  });

  it('takes the currency from a Spanish PVP written with its symbol', () => {
    const { mapping } = guessMapping(['Marca', 'Referencia', 'PVP'], 'catalogo.csv');
    const result = createRecordMapper(mapping)(
      row(2, { Marca: 'Aurelio', Referencia: 'AU-MC-42S', PVP: '890,00 €' }),
    );
    expect(result.rejects).toEqual([]);
    expect(result.entities[0]?.id).toBe(entityId('product', 'aurelio', 'au-mc-42s'));
    expect(result.entities[0]?.properties).toMatchObject({ msrp: [890], currency: ['EUR'] });
  });
});

describe('mapping an authorized-resellers row', () => {
  const { mapping } = guessMapping(
    ['Brand', 'Marketplace', 'Seller ID', 'Storefront name', 'Authorized since'],
    'authorized-resellers.csv',
  );
  const map = createRecordMapper(mapping);

  it('marks the seller a seller export makes with the brand it is authorized for', () => {
    const fields = {
      Marketplace: 'amazon.de',
      'Seller ID': ' A1X9 ',
      'Storefront name': 'Sneaker Paradies 👟',
    };
    const nordvik = map(row(2, { ...fields, Brand: 'Nordvik', 'Authorized since': '2021-04-01' }));
    const aurelio = map(row(3, { ...fields, Brand: 'Aurelio', 'Authorized since': '2023-11-15' }));
    expect([...nordvik.rejects, ...aurelio.rejects]).toEqual([]);
    // The same id as the seller export's row for A1X9 on amazon.de above: the brands merge onto that seller.
    for (const result of [nordvik, aurelio]) {
      expect(result.entities.map((e) => e.id)).toEqual([entityId('seller', 'amazon.de', 'A1X9')]);
    }
    expect(nordvik.entities[0]?.properties).toEqual({
      authorizedBrands: ['Nordvik'],
      platform: ['amazon.de'],
      sellerId: ['A1X9'],
      storefrontName: ['Sneaker Paradies 👟'],
    });
    expect(aurelio.entities[0]?.properties.authorizedBrands).toEqual(['Aurelio']);
  });
});
