import { describe, expect, it } from 'vitest';
import { normalizePaymentAccount } from './payment';

describe('normalizePaymentAccount', () => {
  it.each([
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'iban'],
    ['IBAN: de89370400440532013000', 'DE89370400440532013000', 'iban'],
    ['  DE89-3704-0044-0532-0130-00 ', 'DE89370400440532013000', 'iban'],
    ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432', 'iban'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR1420041010050500013M02606', 'iban'],
    ['ES91 2100 0418 4502 0005 1332', 'ES9121000418450200051332', 'iban'],
    ['PT50 0002 0123 1234 5678 9015 4', 'PT50000201231234567890154', 'iban'],
    ['BR18 0036 0305 0000 1000 9795 493C 1', 'BR1800360305000010009795493C1', 'iban'],
    ['NL91ABNA0417164300', 'NL91ABNA0417164300', 'iban'],
    ['shop.best@gmail.com', 'paypal:shop.best@gmail.com', 'paypal'],
    ['PayPal: Shop.Best@Gmail.com', 'paypal:shop.best@gmail.com', 'paypal'],
    ['paypal shop.best@gmail.com', 'paypal:shop.best@gmail.com', 'paypal'],
    ['https://www.paypal.me/BestShop', 'paypal.me/bestshop', 'paypal'],
    ['PayPal: paypal.me/BestShop/', 'paypal.me/bestshop', 'paypal'],
    ['Pix: vendas@lojabarata.com.br', 'pix:vendas@lojabarata.com.br', 'other'],
    ['PIX - 123e4567-e89b-12d3-a456-426614174000', 'pix:123E4567-E89B-12D3-A456-426614174000', 'other'],
    ['Payoneer: 12345678', 'payoneer:12345678', 'other'],
    ['  seller   acct  a1b2c3 ', 'SELLER ACCT A1B2C3', 'other'],
    ['Сбербанк 40817810099910004312', 'СБЕРБАНК 40817810099910004312', 'other'],
    ['TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE', 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE', 'other'],
    ['0x52908400098527886E0F7030069857D2E4169EE7', '0x52908400098527886e0f7030069857d2e4169ee7', 'other'],
  ])('%j -> %j (%s)', (raw, value, provider) => {
    expect(normalizePaymentAccount(raw)).toEqual({ ok: true, value, provider });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['DE89 3704 0044 0532 0130 01', 'not a valid IBAN: the check digits do not match (a typo?)'],
    ['DE89 3704 0044 0532 0130', 'not a valid IBAN: a DE IBAN has 22 characters, this one 20'],
    [
      'IBAN: 3704 0044 0532 0130 00',
      'not a valid IBAN: two letters, two check digits, then letters and digits',
    ],
    ['4111 1111 1111 1111', 'looks like a card number: store only the last four digits'],
    ['5500-0000-0000-0004', 'looks like a card number: store only the last four digits'],
    ['Amex 378282246310005', 'looks like a card number: store only the last four digits'],
    [
      '**** **** **** 1234',
      'a masked card number: too many cards share the last four digits to link accounts by it',
    ],
    [
      'Visa: XXXX-XXXX-XXXX-4242',
      'a masked card number: too many cards share the last four digits to link accounts by it',
    ],
    ['PayPal: auf Anfrage', 'not a PayPal account: give its e-mail address or paypal.me link'],
    ['PayPal: shop@', 'not a PayPal account: not an e-mail address: nothing after the @'],
    ['Pix:', 'no account after "Pix"'],
    ['n/a', '"n/a" is a placeholder, not an account'],
    ['Keine', '"Keine" is a placeholder, not an account'],
    ['#1', 'too short to be an account'],
  ])('%j is rejected: %s', (raw, reason) => {
    expect(normalizePaymentAccount(raw)).toEqual({ ok: false, reason });
  });
});
