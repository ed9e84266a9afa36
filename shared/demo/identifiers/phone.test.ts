import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import type { CountryCode } from '../vocab/marketplaces';
import { INVALID_PHONES, phoneSpellings, randomPhone } from './phone';

const COUNTRIES: readonly CountryCode[] = ['DE', 'BR', 'CN', 'PL', 'GB'];

describe('phone spellings', () => {
  it.each(COUNTRIES)('all spellings of %s numbers normalize to the same valid E.164 number', (country) => {
    const random = createRandom(11, 'phones', country);
    for (let i = 0; i < 60; i++) {
      const phone = randomPhone(random, country);
      expect(phone.key).toMatch(/^\+\d{8,15}$/);
      // Each file is read with one default region (or none): what is written for it must parse under it.
      for (const region of ['DE', 'BR', 'CN', 'PL', 'GB', undefined] as const) {
        for (const spelling of phoneSpellings(phone, region)) {
          const parsed = parsePhoneNumberFromString(spelling, region);
          expect(parsed?.number, `${spelling} read as ${region ?? 'no region'}`).toBe(phone.key);
          expect(parsed?.isValid(), spelling).toBe(true);
        }
      }
      expect(phoneSpellings(phone, country).length).toBeGreaterThan(phoneSpellings(phone, undefined).length);
    }
  });

  it('writes the formats investigators see in German and Brazilian exports', () => {
    const de = {
      kind: 'phone',
      key: '+4961552302',
      country: 'DE',
      callingCode: '49',
      groups: ['6155', '2302'],
    } as const;
    expect(phoneSpellings(de, 'DE')).toEqual(
      expect.arrayContaining(['+49 6155 2302', '06155 2302', '0049 (0)6155-2302']),
    );
    const br = {
      kind: 'phone',
      key: '+5511987654321',
      country: 'BR',
      callingCode: '55',
      groups: ['11', '98765', '4321'],
    } as const;
    expect(phoneSpellings(br, 'BR')).toContain('(11) 98765-4321');
    expect(phoneSpellings(br, 'DE')).not.toContain('(11) 98765-4321');
  });

  it.each(INVALID_PHONES)('%s is not a valid number in Germany or Brazil', (value) => {
    for (const region of ['DE', 'BR'] as const) {
      expect(parsePhoneNumberFromString(value, region)?.isValid() ?? false).toBe(false);
    }
  });
});
