import { describe, expect, it } from 'vitest';
import { canonicalListing } from './listing';
import { normalizeUrl } from './url';

describe('canonicalListing', () => {
  it.each([
    [
      'https://www.amazon.de/dp/B0C1234567',
      { platform: 'amazon.de', itemId: 'B0C1234567', url: 'https://amazon.de/dp/B0C1234567' },
    ],
    [
      'https://www.amazon.de/-/de/dp/B0C1234567/ref=sr_1_3?crid=2X&keywords=nike+air&qid=1712&sr=8-3&th=1&psc=1',
      { platform: 'amazon.de', itemId: 'B0C1234567', url: 'https://amazon.de/dp/B0C1234567' },
    ],
    [
      'amazon.co.uk/Nike-Mens-Revolution-Running-Shoe/dp/b07xyz1234/',
      { platform: 'amazon.co.uk', itemId: 'B07XYZ1234', url: 'https://amazon.co.uk/dp/B07XYZ1234' },
    ],
    [
      'https://www.amazon.com.br/gp/product/B08N5WRWNW?pf_rd_r=ABC&pd_rd_w=x',
      { platform: 'amazon.com.br', itemId: 'B08N5WRWNW', url: 'https://amazon.com.br/dp/B08N5WRWNW' },
    ],
    [
      'https://www.amazon.fr/gp/aw/d/B09ABCDEF1/?_encoding=UTF8',
      { platform: 'amazon.fr', itemId: 'B09ABCDEF1', url: 'https://amazon.fr/dp/B09ABCDEF1' },
    ],
    [
      'https://www.ebay.de/itm/Nike-Air-Max-90-Herren-Sneaker-Gr-43/125678901234?hash=item1d4f&_trksid=p2047675',
      { platform: 'ebay.de', itemId: '125678901234', url: 'https://ebay.de/itm/125678901234' },
    ],
    [
      'https://www.ebay.co.uk/itm/334455667788',
      { platform: 'ebay.co.uk', itemId: '334455667788', url: 'https://ebay.co.uk/itm/334455667788' },
    ],
    [
      'https://cgi.ebay.com/ws/eBayISAPI.dll?ViewItem&item=223344556677',
      { platform: 'ebay.com', itemId: '223344556677', url: 'https://ebay.com/itm/223344556677' },
    ],
    [
      'https://produto.mercadolivre.com.br/MLB-3456789012-tenis-nike-air-max-masculino-_JM#position=3&search_layout=grid',
      {
        platform: 'mercadolivre.com.br',
        itemId: 'MLB3456789012',
        url: 'https://produto.mercadolivre.com.br/MLB-3456789012',
      },
    ],
    [
      'https://www.mercadolivre.com.br/tenis-nike-air-max-90/p/MLB19615425?pdp_filters=category:MLB23332',
      {
        platform: 'mercadolivre.com.br',
        itemId: 'MLB19615425',
        url: 'https://mercadolivre.com.br/p/MLB19615425',
      },
    ],
    [
      'https://www.mercadolivre.com.br/tenis-nike/p/MLB19615425?wid=MLB3456789012&sid=search',
      {
        platform: 'mercadolivre.com.br',
        itemId: 'MLB3456789012',
        url: 'https://produto.mercadolivre.com.br/MLB-3456789012',
      },
    ],
    [
      'https://articulo.mercadolibre.com.mx/MLM-1234567890-bolsa-michael-kors-_JM',
      {
        platform: 'mercadolibre.com.mx',
        itemId: 'MLM1234567890',
        url: 'https://articulo.mercadolibre.com.mx/MLM-1234567890',
      },
    ],
    [
      'articulo.mercadolibre.com.ar/MLA-987654321-zapatillas-adidas',
      {
        platform: 'mercadolibre.com.ar',
        itemId: 'MLA987654321',
        url: 'https://articulo.mercadolibre.com.ar/MLA-987654321',
      },
    ],
    [
      'https://de.aliexpress.com/item/1005006123456789.html?spm=a2g0o.productlist&algo_pvid=abc&aff_fcid=x',
      {
        platform: 'aliexpress.com',
        itemId: '1005006123456789',
        url: 'https://aliexpress.com/item/1005006123456789.html',
      },
    ],
    [
      'https://aliexpress.ru/item/1005004987654321.html?sku_id=12000031',
      {
        platform: 'aliexpress.ru',
        itemId: '1005004987654321',
        url: 'https://aliexpress.ru/item/1005004987654321.html',
      },
    ],
    [
      'https://www.etsy.com/de/listing/1234567890/handgemachte-ledertasche?click_key=abc&ga_order=most_relevant&ref=search',
      { platform: 'etsy.com', itemId: '1234567890', url: 'https://etsy.com/listing/1234567890' },
    ],
    [
      'https://www.wish.com/product/5F3A9B2C1D4E5F6A7B8C9D0E?share=web',
      {
        platform: 'wish.com',
        itemId: '5f3a9b2c1d4e5f6a7b8c9d0e',
        url: 'https://wish.com/product/5f3a9b2c1d4e5f6a7b8c9d0e',
      },
    ],
    [
      'https://www.temu.com/de/nike-air-force-1-sneaker-g-601099512345678.html?_oak_mp_inf=abc&refer_page_name=home',
      {
        platform: 'temu.com',
        itemId: '601099512345678',
        url: 'https://temu.com/goods.html?goods_id=601099512345678',
      },
    ],
    [
      'https://www.temu.com/goods.html?goods_id=601099512345678&_x_sessn_id=1',
      {
        platform: 'temu.com',
        itemId: '601099512345678',
        url: 'https://temu.com/goods.html?goods_id=601099512345678',
      },
    ],
    [
      'https://shopee.com.br/Tênis-Nike-Air-Jordan-1-i.123456789.22334455667?sp_atk=abc&xptdk=def',
      {
        platform: 'shopee.com.br',
        itemId: '123456789.22334455667',
        url: 'https://shopee.com.br/product/123456789/22334455667',
      },
    ],
    [
      'https://shopee.co.id/product/123456789/22334455667',
      {
        platform: 'shopee.co.id',
        itemId: '123456789.22334455667',
        url: 'https://shopee.co.id/product/123456789/22334455667',
      },
    ],
    [
      'https://allegro.pl/oferta/buty-nike-air-max-90-meskie-rozmiar-43-13579246801?bi_s=ads&bi_m=listing',
      { platform: 'allegro.pl', itemId: '13579246801', url: 'https://allegro.pl/oferta/13579246801' },
    ],
    [
      'https://www.ozon.ru/product/krossovki-nike-air-max-1234567890/?asb=abc&avtc=1',
      { platform: 'ozon.ru', itemId: '1234567890', url: 'https://ozon.ru/product/1234567890' },
    ],
    [
      'https://www.wildberries.ru/catalog/123456789/detail.aspx?targetUrl=GP',
      {
        platform: 'wildberries.ru',
        itemId: '123456789',
        url: 'https://wildberries.ru/catalog/123456789/detail.aspx',
      },
    ],
  ])('%s', (raw, expected) => {
    expect(canonicalListing(raw)).toEqual(expected);
  });

  it.each([
    ['https://www.amazon.de/s?k=nike+air'],
    ['https://www.amazon.de/stores/Nike/page/ABC'],
    ['https://amzn.eu/d/abc1234'],
    ['https://www.ebay.de/str/bestreplicas'],
    ['https://www.mercadolivre.com.br/ofertas'],
    ['https://www.etsy.com/shop/LederManufaktur'],
    ['https://bestreplicas.shop/product/123456'],
    ['javascript:alert(1)'],
    [''],
    ['Nike Air Max 90'],
  ])('%j is not a known listing', (raw) => {
    expect(canonicalListing(raw)).toBeUndefined();
  });

  it('gives URLs that normalizeUrl leaves as they are', () => {
    const listing = canonicalListing('https://www.temu.com/de/nike-g-601099512345678.html?_x_ads=1');
    expect(listing).toBeDefined();
    expect(normalizeUrl(listing!.url)).toEqual({ ok: true, value: listing!.url });
  });
});
