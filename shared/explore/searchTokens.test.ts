import { describe, expect, it } from 'vitest';
import { isPhoneLike, queryParts, wholeValue, words } from './searchTokens';

describe('search words', () => {
  it.each([
    ['Ótica São João', ['otica', 'sao', 'joao']],
    ['ООО «Брендмаркет» 🛍️', ['ооо', 'брендмаркет']],
    ['Straße-Outlet & Co. KG', ['strasse', 'outlet', 'co', 'kg']],
    ['NIKE Air Max 90 — 71,90 €', ['nike', 'air', 'max', '90', '71', '90']],
    ['🔥🔥🔥', []],
    ['<script>alert(1)</script>', ['script', 'alert', 'script']],
  ])('%s -> %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('reduces pasted values to their whole form', () => {
    expect(wholeValue('https://www.Shop-Example.de/item/123/')).toBe('shop-example.de/item/123');
    expect(wholeValue('mailto:Info@Shop.DE')).toBe('info@shop.de');
    expect(wholeValue('@nike_outlet_ru')).toBe('nike_outlet_ru');
  });
});

describe('what a search box string looks up', () => {
  it('takes a phone number typed in any format as one run of digits', () => {
    expect(isPhoneLike('+49 (0) 6155 2302')).toBe(true);
    expect(isPhoneLike('Air Max 90')).toBe(false);
    expect(queryParts('+49 6155 2302').map((p) => p.term)).toEqual(['4961552302']);
    expect(queryParts('0049 6155-2302').map((p) => p.term)).toEqual(['4961552302']);
    expect(queryParts('+49 (0)6155/2302').map((p) => p.term)).toEqual(['4961552302']);
    expect(queryParts('06155 2302').map((p) => p.term)).toEqual(['061552302']);
  });

  it('keeps e-mails, hosts and URLs whole and splits names into words', () => {
    expect(queryParts('Info@Shop.de').map((p) => p.term)).toEqual(['info@shop.de']);
    expect(queryParts('http://www.shop.example/item').map((p) => p.term)).toEqual(['shop.example/item']);
    expect(queryParts('  Ótica  são ').map((p) => p.term)).toEqual(['otica', 'sao']);
    expect(queryParts('брендмаркет').map((p) => p.term)).toEqual(['брендмаркет']);
  });

  it('looks up a single letter, and nothing for blanks or emoji alone', () => {
    expect(queryParts('k').map((p) => p.term)).toEqual(['k']);
    expect(queryParts('   ')).toEqual([]);
    expect(queryParts('🔥')).toEqual([]);
  });
});
