import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import type { CountryCode } from '../vocab/marketplaces';
import { addressSpellings, multilineAddress, randomAddress } from './address';

const COUNTRIES: readonly CountryCode[] = ['DE', 'BR', 'CN', 'PL', 'GB', 'LU'];

describe('address spellings', () => {
  it.each(COUNTRIES)('gives %s addresses a folded key and several distinct spellings', (country) => {
    const random = createRandom(2, 'addresses', country);
    for (let i = 0; i < 20; i++) {
      const address = randomAddress(random, country);
      expect(address.key).toMatch(/^[a-z0-9 ]+$/);
      expect(address.key.endsWith(` ${country.toLowerCase()}`)).toBe(true);
      const spellings = addressSpellings(address);
      expect(new Set(spellings).size).toBeGreaterThanOrEqual(3);
      expect(multilineAddress(address).split('\n').length).toBeGreaterThanOrEqual(3);
    }
  });

  it('abbreviates German street types the way sources do', () => {
    const address = randomAddress(createRandom(1), 'DE');
    const street = address.parts.style === 'DE' ? address.parts.street : '';
    if (street.endsWith('straße')) {
      expect(addressSpellings(address).some((s) => s.includes(street.replace(/straße$/, 'str.')))).toBe(true);
    }
    const spelled = addressSpellings({
      ...address,
      parts: { style: 'DE', street: 'Hauptstraße', number: '5', postcode: '64347', town: 'Griesheim' },
    });
    expect(spelled).toEqual(
      expect.arrayContaining(['Hauptstraße 5, 64347 Griesheim', 'Hauptstr. 5, 64347 Griesheim']),
    );
  });
});
