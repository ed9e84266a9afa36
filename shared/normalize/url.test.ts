import { describe, expect, it } from 'vitest';
import { normalizeUrl } from './url';

describe('normalizeUrl', () => {
  it.each([
    ['https://www.amazon.de/dp/B0C1234567', 'https://amazon.de/dp/B0C1234567'],
    ['HTTPS://WWW.Amazon.DE/dp/B0C1234567/', 'https://amazon.de/dp/B0C1234567'],
    ['amazon.de/dp/B0C1234567?th=1&psc=1', 'https://amazon.de/dp/B0C1234567'],
    ['www.bestreplicas.shop', 'https://bestreplicas.shop'],
    ['bestreplicas.shop/', 'https://bestreplicas.shop'],
    ['//cdn.shop.de/img/x.jpg', 'https://cdn.shop.de/img/x.jpg'],
    ['http://shop.de:80/kontakt', 'http://shop.de/kontakt'],
    ['https://shop.de:443/kontakt', 'https://shop.de/kontakt'],
    ['https://shop.de:8443/kontakt', 'https://shop.de:8443/kontakt'],
    ['https://shop.de/Produkte/Uhren#bewertungen', 'https://shop.de/Produkte/Uhren'],
    ['https://shop.de/#/produkt/42', 'https://shop.de/#/produkt/42'],
    [
      'https://www.instagram.com/best_replicas_store/?igsh=MWQ1ZGUxMzBkMA%3D%3D&utm_source=qr',
      'https://instagram.com/best_replicas_store',
    ],
    [
      'https://www.ebay.de/itm/Nike-Air-Max-90/125678901234?hash=item1d4f&_trkparms=abc&_trksid=p2047675.c100005',
      'https://ebay.de/itm/Nike-Air-Max-90/125678901234',
    ],
    [
      'https://de.aliexpress.com/item/1005006123456789.html?spm=a2g0o.productlist.main.1&algo_pvid=abc&aff_fcid=x&pdp_npi=4',
      'https://de.aliexpress.com/item/1005006123456789.html',
    ],
    [
      'https://www.temu.com/de/nike-air-g-601099512345678.html?_x_sessn_id=abc&refer_page_name=home&goods_id=601099512345678',
      'https://temu.com/de/nike-air-g-601099512345678.html?goods_id=601099512345678',
    ],
    ['https://shop.de/suche?q=rolex&page=2&fbclid=IwAR0abc', 'https://shop.de/suche?page=2&q=rolex'],
    ['https://shop.de/p?size=39&color=red&size=38', 'https://shop.de/p?color=red&size=39&size=38'],
    ['https://shop.de/tasche?gclid=abc&mc_cid=1&mc_eid=2&yclid=3&si=4', 'https://shop.de/tasche'],
    ['https://youtu.be/dQw4w9WgXcQ?si=abcdef', 'https://youtu.be/dQw4w9WgXcQ'],
    ['https://tienda.es/caf%c3%a9', 'https://tienda.es/caf%C3%A9'],
    ['https://loja.com.br/tênis', 'https://loja.com.br/t%C3%AAnis'],
    ['https://Bücher.de/angebot', 'https://xn--bcher-kva.de/angebot'],
    ['https://магазин.рф/товар', 'https://xn--80aairftm.xn--p1ai/%D1%82%D0%BE%D0%B2%D0%B0%D1%80'],
    ['https://user:secret@shop.de/x', 'https://shop.de/x'],
    ['<https://shop.de/x>', 'https://shop.de/x'],
    ['Link: https://shop.de/x).', 'https://shop.de/x'],
    ['https://de.wikipedia.org/wiki/Marke_(Recht)', 'https://de.wikipedia.org/wiki/Marke_(Recht)'],
    ['https://m.facebook.com/bestreplicas?mibextid=ZbWKwL', 'https://m.facebook.com/bestreplicas'],
    ['http://192.168.0.10/admin', 'http://192.168.0.10/admin'],
    ['  https://shop.de/x\u200b ', 'https://shop.de/x'],
  ])('%j -> %j', (raw, expected) => {
    expect(normalizeUrl(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['javascript:alert(1)', 'not a web address: "javascript:" links are not accepted'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'not a web address: "data:" links are not accepted'],
    ['file:///C:/Users/anna/shop.html', 'not a web address: "file:" links are not accepted'],
    ['mailto:shop@gmail.com', 'not a web address: "mailto:" links are not accepted'],
    ['ftp://files.shop.de/katalog.pdf', 'not a web address: "ftp:" links are not accepted'],
    ['bestreplicas', 'not a URL: no scheme, and "bestreplicas" is not a host name'],
    ['shop.local/x', 'not a URL: no scheme, and "shop.local" is not a host name'],
    ['auf Anfrage', 'not a URL: it contains spaces'],
    ['https://', 'not a URL: it cannot be read as a web address'],
    ['🔥🔥🔥', 'not a URL: no scheme, and "🔥🔥🔥" is not a host name'],
  ])('%j is rejected: %s', (raw, reason) => {
    expect(normalizeUrl(raw)).toEqual({ ok: false, reason });
  });

  it('is idempotent', () => {
    const once = normalizeUrl('WWW.Amazon.de/-/de/dp/B0C1234567/?_encoding=UTF8&pd_rd_w=x&ref_=abc');
    expect(once).toEqual({ ok: true, value: 'https://amazon.de/-/de/dp/B0C1234567' });
    expect(once.ok && normalizeUrl(once.value)).toEqual(once);
  });
});
