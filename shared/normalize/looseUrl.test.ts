import { describe, expect, it } from 'vitest';
import { parseLooseUrl, trimUrlEnd } from './looseUrl';

describe('parseLooseUrl', () => {
  it.each([
    ['https://shop.de/x', 'https://shop.de/x'],
    ['shop.de/x', 'https://shop.de/x'],
    ['shop.de:8080/x', 'https://shop.de:8080/x'],
    ['//cdn.shop.de/x.jpg', 'https://cdn.shop.de/x.jpg'],
    ['Website: www.shop.de', 'https://www.shop.de/'],
    ['«https://shop.de/x»', 'https://shop.de/x'],
    ['http://185.12.44.3/admin', 'http://185.12.44.3/admin'],
    ['185.12.44.3/admin', 'https://185.12.44.3/admin'],
  ])('%j -> %s', (raw, href) => {
    const parsed = parseLooseUrl(raw);
    expect(parsed.ok && parsed.url.href).toBe(href);
  });

  it.each([
    ['', 'empty'],
    ['localhost:3000/x', 'not a URL: no scheme, and "localhost:3000" is not a host name'],
    ['JavaScript:alert(1)', 'not a web address: "javascript:" links are not accepted'],
    ['tel:+4961552302', 'not a web address: "tel:" links are not accepted'],
    ['https://shop .de', 'not a URL: it contains spaces'],
  ])('%j is rejected: %s', (raw, reason) => {
    expect(parseLooseUrl(raw)).toEqual({ ok: false, reason });
  });
});

describe('trimUrlEnd', () => {
  it.each([
    ['https://shop.de/x).', 'https://shop.de/x'],
    ['https://de.wikipedia.org/wiki/Marke_(Recht).', 'https://de.wikipedia.org/wiki/Marke_(Recht)'],
    ['https://shop.de/x?!', 'https://shop.de/x'],
    ['https://shop.de/x"', 'https://shop.de/x'],
    ['https://shop.de/x', 'https://shop.de/x'],
  ])('%j -> %j', (url, expected) => {
    expect(trimUrlEnd(url)).toBe(expected);
  });
});
