import { describe, expect, it } from 'vitest';
import { parsePrice, type PriceOptions } from './price';

describe('parsePrice', () => {
  it.each<[string, PriceOptions, number, string | undefined]>([
    ['71,90 €', {}, 71.9, 'EUR'],
    ['€71.90', {}, 71.9, 'EUR'],
    ['EUR 71,90', {}, 71.9, 'EUR'],
    ['71,90 EUR', {}, 71.9, 'EUR'],
    ['ab 19,99 € inkl. MwSt.', {}, 19.99, 'EUR'],
    ['1.299,00 €', {}, 1299, 'EUR'],
    ['R$ 1.299,90', {}, 1299.9, 'BRL'],
    ['R$1.299,90', {}, 1299.9, 'BRL'],
    ['a partir de R$ 89,90', {}, 89.9, 'BRL'],
    ['US$ 19.99', {}, 19.99, 'USD'],
    ['$19.99', {}, 19.99, 'USD'],
    ['$ 349.00', { defaultCurrency: 'MXN' }, 349, 'MXN'],
    ['$ 349.00', { defaultCurrency: 'EUR' }, 349, 'USD'],
    ['MX$ 349.00', {}, 349, 'MXN'],
    ['desde $ 12.999', { decimal: ',', defaultCurrency: 'ARS' }, 12999, 'ARS'],
    ['£12', {}, 12, 'GBP'],
    ['¥1999', {}, 1999, undefined],
    ['¥1999', { defaultCurrency: 'JPY' }, 1999, 'JPY'],
    ['￥1999', { defaultCurrency: 'CNY' }, 1999, 'CNY'],
    ['¥1999', { defaultCurrency: 'EUR' }, 1999, undefined],
    ['₽ 2 499', {}, 2499, 'RUB'],
    ['2\u00a0499\u00a0₽', {}, 2499, 'RUB'],
    ['2499 руб.', {}, 2499, 'RUB'],
    ['от 2 499 р.', {}, 2499, 'RUB'],
    ['zł 49,99', {}, 49.99, 'PLN'],
    ['49,99 zł', {}, 49.99, 'PLN'],
    ['CHF 12.50', {}, 12.5, 'CHF'],
    ["CHF 1'299.50", {}, 1299.5, 'CHF'],
    ['12,50 € TTC', {}, 12.5, 'EUR'],
    ['1,906', { decimal: ',' }, 1.906, undefined],
    ['1,906', { decimal: '.', defaultCurrency: 'usd' }, 1906, 'USD'],
    ['71,90', { defaultCurrency: 'EUR' }, 71.9, 'EUR'],
    ['71,90', { defaultCurrency: '€' }, 71.9, 'EUR'],
    ['199 kr', { defaultCurrency: 'SEK' }, 199, 'SEK'],
    ['199 kr', {}, 199, undefined],
    ['€ 71,90 EUR', {}, 71.9, 'EUR'],
  ])('%j %j -> %d %s', (raw, options, amount, currency) => {
    expect(parsePrice(raw, options)).toEqual({ ok: true, amount, currency });
  });

  it.each<[string, PriceOptions, string]>([
    ['', {}, 'empty'],
    ['   ', { defaultCurrency: 'EUR' }, 'empty'],
    ['Preis auf Anfrage', {}, 'not a price: no amount in "Preis auf Anfrage"'],
    ['grátis', {}, 'not a price: no amount in "grátis"'],
    ['1,906 €', {}, 'ambiguous: "1,906" could be a whole number or a decimal one; set the decimal separator'],
    ['19,99 € - 29,99 €', {}, 'a price range, not one price: "19,99 € - 29,99 €"'],
    ['19,99-29,99 €', {}, 'a price range, not one price: "19,99-29,99 €"'],
    ['R$ 89,90 até R$ 99,90', {}, 'a price range, not one price: "R$ 89,90 até R$ 99,90"'],
    ['2 x 19,99 €', {}, 'more than one amount in "2 x 19,99 €"'],
    ['71,90 Taler', {}, 'unknown currency "Taler" in "71,90 Taler"'],
    ['€ 71,90 USD', {}, 'two different currencies in "€ 71,90 USD"'],
    ['71.90 €', { decimal: ',' }, 'not a number with "," as decimal separator: "71.90"'],
  ])('%j %j is rejected: %s', (raw, options, reason) => {
    expect(parsePrice(raw, options)).toEqual({ ok: false, reason });
  });
});
