import { describe, expect, it } from 'vitest';
import { guessMapping } from './guessMapping';
import { platformFromFileName } from './platformFromName';
import { templateSignature } from './templateSignature';

/** The mapping in the compact `column -> slot.field` form, for readable expectations. */
function compact(headers: string[], fileName: string): Record<string, string> {
  const { mapping } = guessMapping(headers, fileName);
  return Object.fromEntries(mapping.columns.map((c) => [c.column, `${c.slot}.${c.field}`]));
}

describe('guessing a mapping from headers', () => {
  it('reads a German marketplace seller export', () => {
    const headers = [
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
    ];
    expect(compact(headers, 'marketplace-sellers_amazon-de.csv')).toEqual({
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
      'Shop-URL': 'seller.storefrontUrl',
      Land: 'seller.country',
    });
    const { mapping } = guessMapping(headers, 'marketplace-sellers_amazon-de.csv');
    expect(mapping.slots).toEqual([{ slot: 'seller', kind: 'seller', platform: 'amazon.de' }]);
    expect(mapping.columns.find((c) => c.column === 'Kundendienstadresse')?.role).toBe('Kundendienstadresse');
  });

  // Mercado Livre's "Reputação" is a medal ("MercadoLíder Gold"), not a number: left for the investigator.
  it('reads a Portuguese seller export', () => {
    expect(
      compact(
        [
          'ID do vendedor',
          'Nome da loja',
          'Razão social',
          'CNPJ',
          'E-mail',
          'Telefone',
          'Endereço',
          'Reputação',
          'Vendas',
        ],
        'seller-export_mercadolivre.csv',
      ),
    ).toEqual({
      'ID do vendedor': 'seller.sellerId',
      'Nome da loja': 'seller.storefrontName',
      'Razão social': 'seller.businessName',
      CNPJ: 'seller.registrationNumber',
      'E-mail': 'seller.email',
      Telefone: 'seller.phone',
      Endereço: 'seller.address',
      Vendas: 'seller.feedbackCount',
    });
  });

  it('splits a listing scrape into a listing, its seller and its photo, linked by `sells`', () => {
    const headers = [
      'Listing ID / ASIN',
      'URL',
      'Title',
      'Brand',
      'Price',
      'Currency',
      'Seller ID',
      'Seller name',
      'Image file',
      'Image SHA-256',
      'Image pHash',
      'First seen',
    ];
    expect(compact(headers, 'brand-scrape.xlsx')).toEqual({
      'Listing ID / ASIN': 'listing.listingId',
      URL: 'listing.url',
      Title: 'listing.title',
      Brand: 'listing.brand',
      Price: 'listing.price',
      Currency: 'listing.currency',
      'Seller ID': 'seller.sellerId',
      'Seller name': 'seller.storefrontName',
      'Image file': 'listing.image.fileName',
      'Image SHA-256': 'listing.image',
      'Image pHash': 'listing.image.perceptualHash',
      'First seen': 'listing.firstSeen',
    });
    expect(guessMapping(headers, 'brand-scrape.xlsx').mapping.relations).toEqual([
      { from: 'seller', kind: 'sells', to: 'listing' },
    ]);
  });

  it('reads a carrier extract into a shipment with its shipper and consignee', () => {
    const headers = [
      'Waybill',
      'Carrier',
      'Shipper name',
      'Shipper address',
      'Consignee name',
      'Consignee address',
      'Origin country',
      'Destination country',
      'Declared content',
      'Declared value',
      'Weight (kg)',
      'Ship date',
    ];
    const guessed = compact(headers, 'carrier-shipments_dhl.csv');
    expect(guessed).toMatchObject({
      Waybill: 'shipment.trackingNumber',
      'Shipper name': 'shipper.name',
      'Shipper address': 'shipper.address',
      'Consignee name': 'consignee.name',
      'Declared value': 'shipment.declaredValue',
      'Weight (kg)': 'shipment.weightKg',
      'Ship date': 'shipment.shippedAt',
    });
    const relations = guessMapping(headers, 'x.csv').mapping.relations;
    expect(relations).toContainEqual({ from: 'shipper', kind: 'ships', to: 'shipment', role: 'shipper' });
  });

  it('takes a customs list’s bare "date" as the seizure date', () => {
    expect(
      compact(
        [
          'Seizure ID',
          'Date',
          'Port',
          'Commodity',
          'Brand infringed',
          'Quantity',
          'MSRP value',
          'Country of origin',
          'Linked waybill',
        ],
        'customs-seizures.csv',
      ),
    ).toEqual({
      'Seizure ID': 'shipment.seizureId',
      Date: 'shipment.seizedAt',
      Port: 'shipment.seizurePort',
      Commodity: 'shipment.declaredContent',
      'Brand infringed': 'shipment.brandInfringed',
      Quantity: 'shipment.quantity',
      'MSRP value': 'shipment.msrpValue',
      'Country of origin': 'shipment.originCountry',
      'Linked waybill': 'shipment.trackingNumber',
    });
  });

  it('reads nested JSON paths of a profile dump by their last segment', () => {
    const headers = [
      'username',
      'full_name',
      'biography',
      'external_url',
      'edge_followed_by.count',
      'edge_follow.count',
      'contact.public_email',
      'contact.public_phone_number',
    ];
    const { mapping } = guessMapping(headers, 'instagram-profiles.json');
    expect(Object.fromEntries(mapping.columns.map((c) => [c.column, `${c.slot}.${c.field}`]))).toEqual({
      username: 'social.handle',
      full_name: 'social.displayName',
      biography: 'social.bio',
      external_url: 'social.externalLink',
      'edge_followed_by.count': 'social.followers',
      'edge_follow.count': 'social.following',
      'contact.public_email': 'social.email',
      'contact.public_phone_number': 'social.phone',
    });
    expect(mapping.slots).toEqual([{ slot: 'social', kind: 'socialAccount', platform: 'instagram' }]);
    expect(mapping.columns.find((c) => c.field === 'bio')?.scanText).toBe(true);
  });

  it('leaves unknown columns unmapped instead of guessing', () => {
    const { mapping, unmapped } = guessMapping(['Verkäufer-ID', 'Interne Notiz 🗒️', ''], 'x.csv');
    expect(unmapped).toEqual(['Interne Notiz 🗒️', '']);
    expect(mapping.columns).toHaveLength(1);
  });

  it('maps nothing when no column says what the rows are', () => {
    const { mapping } = guessMapping(['E-Mail', 'Telefon'], 'x.csv');
    expect(mapping.columns).toEqual([]);
  });
});

describe('platform from a file name', () => {
  it.each([
    ['marketplace-sellers_amazon-de.csv', 'amazon.de'],
    ['Amazon.co.uk listings.xlsx', 'amazon.co.uk'],
    ['ebay_de_export.csv', 'ebay.de'],
    ['seller-export_mercadolivre.csv', 'mercadolivre.com.br'],
    ['tiktok-accounts.jsonl', 'tiktok'],
    ['carrier-shipments_dhl.csv', undefined],
  ])('%s -> %s', (name, platform) => {
    expect(platformFromFileName(name)).toBe(platform);
  });
});

describe('template signatures', () => {
  it('match the same headers in another order and spelling', () => {
    expect(templateSignature(['E-Mail', 'Shopname'])).toBe(templateSignature(['shopname ', 'e_mail']));
    expect(templateSignature(['E-Mail', 'Shopname'])).not.toBe(
      templateSignature(['E-Mail', 'Shopname', 'Land']),
    );
  });
});
