import { describe, expect, it } from 'vitest';
import { isCurrencyCode, readCurrency } from './currency';

describe('readCurrency', () => {
  it.each<[string, string | undefined, string | undefined]>([
    ['€', undefined, 'EUR'],
    ['eur', undefined, 'EUR'],
    ['R$', undefined, 'BRL'],
    ['US$', 'BRL', 'USD'],
    ['$', undefined, 'USD'],
    ['$', 'MXN', 'MXN'],
    ['$', 'ARS', 'ARS'],
    ['$', 'EUR', 'USD'],
    ['MX$', undefined, 'MXN'],
    ['£', undefined, 'GBP'],
    ['¥', undefined, undefined],
    ['¥', 'JPY', 'JPY'],
    ['¥', 'cny', 'CNY'],
    ['円', undefined, 'JPY'],
    ['₽', undefined, 'RUB'],
    ['руб.', undefined, 'RUB'],
    ['zł', undefined, 'PLN'],
    ['Kč', undefined, 'CZK'],
    ['kr', 'NOK', 'NOK'],
    ['kr', undefined, undefined],
    ['CHF', undefined, 'CHF'],
    ['brl', undefined, 'BRL'],
  ])('%j (default %s) -> %s', (token, defaultCurrency, code) => {
    expect(readCurrency(token, defaultCurrency)).toEqual({ ok: true, code });
  });

  it.each([['Taler'], ['XYZ'], ['R'], ['']])('%j is not a currency', (token) => {
    expect(readCurrency(token, undefined)).toEqual({ ok: false });
  });

  it.each([
    ['EUR', true],
    ['brl', true],
    ['XYZ', false],
    ['EURO', false],
  ])('isCurrencyCode(%j) is %s', (text, expected) => {
    expect(isCurrencyCode(text)).toBe(expected);
  });
});
