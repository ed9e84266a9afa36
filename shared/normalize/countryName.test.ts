import { describe, expect, it } from 'vitest';
import { countryOfName, isCountryCodeWord } from './countryName';

describe('countryOfName', () => {
  it.each([
    ['Deutschland', 'DE'],
    ['GERMANY', 'DE'],
    ['Allemagne', 'DE'],
    ['Brasil', 'BR'],
    ['España', 'ES'],
    ['Polska', 'PL'],
    ['P.R. China', 'CN'],
    ["People's Republic of China", 'CN'],
    ['中国', 'CN'],
    ['Россия', 'RU'],
    ['Türkiye', 'TR'],
    ['U.S.A.', 'US'],
    ['UK', 'GB'],
  ])('%j is %s', (name, code) => {
    expect(countryOfName(name)).toBe(code);
  });

  it.each(['Hamburg', 'Berlin', 'Futian District', '', '   ', 'European Union'])(
    '%j is not a country',
    (name) => {
      expect(countryOfName(name)).toBeUndefined();
    },
  );
});

describe('isCountryCodeWord', () => {
  it('accepts assigned codes in any case and refuses the rest', () => {
    expect(['DE', 'br', ' LU '].map(isCountryCodeWord)).toEqual([true, true, true]);
    expect(['ZZ', 'EU', 'XY', 'DEU', 'D'].map(isCountryCodeWord)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
