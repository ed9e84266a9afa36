import { describe, expect, it } from 'vitest';
import { isCountryCode, normalizePhone, type CountryCode } from './phone';

describe('normalizePhone', () => {
  it.each<[string, CountryCode | undefined, string]>([
    ['+49 6155 2302', undefined, '+4961552302'],
    ['+49 (0) 6155 2302', undefined, '+4961552302'],
    ['Tel.: +49 (0) 6155 2302', undefined, '+4961552302'],
    ['0049 6155 2302', undefined, '+4961552302'],
    ['0049 6155 2302', 'DE', '+4961552302'],
    ['0049 6155 2302', 'US', '+4961552302'],
    ['06155 2302', 'DE', '+4961552302'],
    ['(0 61 55) 23 02', 'DE', '+4961552302'],
    ['+49 (0)170/1234567', undefined, '+491701234567'],
    ['Handy: 0170-1234567', 'DE', '+491701234567'],
    ['00 7 495 123-45-67', undefined, '+74951234567'],
    ['Тел.: 8 (999) 123-45-67', 'RU', '+79991234567'],
    ['+7 495 123-45-67 доб. 123', undefined, '+74951234567'],
    ['(11) 98765-4321', 'BR', '+5511987654321'],
    ['WhatsApp +55 11 98765-4321', undefined, '+5511987654321'],
    ['Celular: +55 (11) 3333-4444', undefined, '+551133334444'],
    ['wa.me/5511987654321', 'DE', '+5511987654321'],
    ['https://api.whatsapp.com/send?phone=5511987654321&text=Oi', undefined, '+5511987654321'],
    ['Teléfono: +34 612 34 56 78', undefined, '+34612345678'],
    ['Tél. : +33 (0)1 23 45 67 89', undefined, '+33123456789'],
    ['+351 21 123 4567', undefined, '+351211234567'],
    ['tel:+1-202-555-0143', undefined, '+12025550143'],
    ['Phone: +1 (415) 555-2671', undefined, '+14155552671'],
    ['+1 202 555 0143 ext. 12', undefined, '+12025550143'],
    ['+44 20 7946 0958 ext 204', undefined, '+442079460958'],
    ['+49 30 12345678;ext=5', undefined, '+493012345678'],
    ['📞 +86 138 0013 8000', undefined, '+8613800138000'],
    ['＋４９ ６１５５ ２３０２', undefined, '+4961552302'],
    ["'+49 6155 2302", undefined, '+4961552302'],
    ['\u00a0+49\u00a06155\u202f2302\u200b', undefined, '+4961552302'],
  ])('%j (region %s) -> %s', (raw, region, expected) => {
    expect(normalizePhone(raw, region)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, CountryCode | undefined, string]>([
    ['', undefined, 'empty'],
    ['   ', 'DE', 'empty'],
    ['Tel.:', 'DE', 'not a phone number: no digits'],
    ['auf Anfrage', 'DE', 'not a phone number: no digits'],
    ['123', 'DE', 'too short to be a phone number'],
    ['0170 1234567', undefined, 'no country code (+…) and no default region to read it with'],
    [
      '+49 30 1234567 / +49 170 1234567',
      undefined,
      'more than one phone number in one value: split the cell',
    ],
    ['+999 1234567', undefined, 'unknown country calling code'],
    ['+49 170 123456789012345', undefined, 'too long for a phone number'],
    ['+49 0000000', undefined, 'not a valid phone number of DE'],
    ['12345', 'DE', 'not a valid phone number of DE'],
    ['+7 999 12', undefined, 'too short for a phone number of RU'],
  ])('%j (region %s) is rejected: %s', (raw, region, reason) => {
    expect(normalizePhone(raw, region)).toEqual({ ok: false, reason });
  });
});

describe('isCountryCode', () => {
  it.each([
    ['DE', true],
    ['BR', true],
    ['GB', true],
    ['UK', false],
    ['de', false],
    ['XX', false],
    ['', false],
  ])('%j -> %s', (value, expected) => {
    expect(isCountryCode(value)).toBe(expected);
  });
});
