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

describe('guessing a rights holder’s product catalog', () => {
  const FIELDS = ['brand', 'name', 'sku', 'gtin', 'msrp', 'currency'].map((field) => `product.${field}`);

  it.each([
    ['German', ['Marke', 'Produktname', 'Artikelnummer', 'EAN', 'UVP', 'Währung']],
    [
      'German, spelled out',
      ['Hersteller', 'Bezeichnung', 'Art.-Nr.', 'EAN-13', 'Unverbindliche Preisempfehlung', 'Währung'],
    ],
    ['English', ['Brand', 'Product name', 'SKU', 'GTIN', 'MSRP (USD)', 'Currency']],
    ['British', ['Brand', 'Product', 'Article no.', 'Barcode', 'RRP', 'Currency code']],
    ['Spanish', ['Marca', 'Nombre del producto', 'Referencia', 'Código de barras', 'PVP', 'Moneda']],
    [
      'Spanish, spelled out',
      ['Fabricante', 'Producto', 'Nº de artículo', 'Código EAN', 'Precio de venta al público', 'Divisa'],
    ],
    ['Portuguese', ['Marca', 'Nome do produto', 'Código do produto', 'EAN', 'Preço sugerido', 'Moeda']],
    ['French', ['Marque', 'Désignation', 'Référence', 'Code EAN', 'Prix conseillé', 'Devise']],
    [
      'French, spelled out',
      ['Marque', 'Nom du produit', 'Réf. produit', 'Gencod', 'Prix de vente conseillé', 'Devise'],
    ],
  ])('maps a %s catalog to products only', (_language, headers) => {
    const { mapping, unmapped } = guessMapping(headers, 'brand-catalog.csv');
    expect(unmapped).toEqual([]);
    expect(mapping.slots).toEqual([{ slot: 'product', kind: 'product' }]);
    expect(mapping.relations).toEqual([]);
    expect(mapping.columns.map((c) => `${c.slot}.${c.field}`)).toEqual(FIELDS);
  });

  it('knows the recommended price in Italian, Polish and Dutch too', () => {
    for (const price of ['Prezzo consigliato', 'Sugerowana cena detaliczna', 'Adviesprijs']) {
      expect(compact(['Brand', 'EAN', price], 'catalog.csv')[price], price).toBe('product.msrp');
    }
  });

  it('keeps a listing scrape with a reference price a listing scrape', () => {
    const headers = ['Listing ID', 'Title', 'Brand', 'Price', 'RRP', 'Seller ID'];
    const { mapping, unmapped } = guessMapping(headers, 'scrape.csv');
    expect(mapping.slots.map((s) => s.slot).sort()).toEqual(['listing', 'seller']);
    expect(compact(headers, 'scrape.csv')).toMatchObject({ Title: 'listing.title', Brand: 'listing.brand' });
    expect(unmapped).toEqual(['RRP']);
  });

  it('keeps an eBay item number an item number outside a catalog', () => {
    expect(compact(['Artikelnummer', 'Titel', 'Preis', 'EAN', 'Verkäufer'], 'ebay_de_export.csv')).toEqual({
      Artikelnummer: 'listing.listingId',
      Titel: 'listing.title',
      Preis: 'listing.price',
      EAN: 'listing.gtin',
      Verkäufer: 'seller.storefrontName',
    });
  });

  it('keeps the retail value of a seizure with the seizure', () => {
    expect(compact(['Seizure ID', 'Brand infringed', 'Quantity', 'UVP'], 'customs.csv')).toEqual({
      'Seizure ID': 'shipment.seizureId',
      'Brand infringed': 'shipment.brandInfringed',
      Quantity: 'shipment.quantity',
      UVP: 'shipment.msrpValue',
    });
  });
});

describe('guessing a list of authorized resellers', () => {
  it.each([
    ['English', ['Brand', 'Marketplace', 'Seller ID', 'Storefront name', 'Authorized since']],
    ['British', ['Brand', 'Channel', 'Merchant ID', 'Shop name', 'Authorised from']],
    ['German', ['Marke', 'Marktplatz', 'Verkäufer-ID', 'Shopname', 'Autorisiert seit']],
    ['Spanish', ['Marca', 'Plataforma', 'ID del vendedor', 'Nombre de la tienda', 'Autorizado desde']],
    ['Portuguese', ['Marca', 'Plataforma', 'ID do vendedor', 'Nome da loja', 'Data de autorização']],
    ['French', ['Marque', 'Plateforme', 'Identifiant vendeur', 'Nom de la boutique', 'Autorisé depuis']],
  ])('reads a %s list: the brand is one the seller is authorized for', (_language, headers) => {
    const { mapping, unmapped } = guessMapping(headers, 'authorized-resellers.csv');
    expect(mapping.slots).toEqual([{ slot: 'seller', kind: 'seller' }]);
    expect(mapping.columns.map((c) => `${c.slot}.${c.field}`)).toEqual([
      'seller.authorizedBrands',
      'seller.platform',
      'seller.sellerId',
      'seller.storefrontName',
    ]);
    // The date an authorization began has no property to go to.
    expect(unmapped).toEqual([headers[4]]);
  });

  it('takes a column that says "authorized brands" as such in any seller file', () => {
    expect(compact(['Seller ID', 'Authorized brands'], 'sellers_amazon-de.csv')).toEqual({
      'Seller ID': 'seller.sellerId',
      'Authorized brands': 'seller.authorizedBrands',
    });
  });

  it('does not read a plain brand column of a seller report as an authorization', () => {
    const { mapping, unmapped } = guessMapping(['Seller ID', 'Store name', 'Brand'], 'seller-report.csv');
    expect(mapping.columns.map((c) => c.field)).toEqual(['sellerId', 'storefrontName']);
    expect(unmapped).toEqual(['Brand']);
  });

  it('keeps the brand of a listing scrape the listing’s, even with an authorization column', () => {
    const headers = ['Listing ID', 'Brand', 'Seller ID', 'Authorized reseller'];
    expect(compact(headers, 'scrape.csv')).toMatchObject({ Brand: 'listing.brand' });
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
