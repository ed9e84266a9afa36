import { describe, expect, it } from 'vitest';
import { foldHomoglyphs } from './homoglyphs';

describe('foldHomoglyphs', () => {
  it.each([
    ['NIKE', 'nlke'],
    ['NlKE', 'nlke'],
    ['N1KE', 'nlke'],
    ['N|KE', 'nlke'],
    ['nike', 'nlke'],
    ['NІKЕ', 'nlke'],
    ['ΝΙΚΕ', 'nlke'],
    ['Nikе Оutlеt', 'nlke outlet'],
    ['R0LEX', 'rolex'],
    ['ROLEX', 'rolex'],
    ['rnicrosoft', 'mlcrosoft'],
    ['vvatches', 'watches'],
    ['GUCC1', 'guccl'],
    ['Gucci', 'guccl'],
    ['Adidaѕ', 'adldas'],
    ['ADIDA5', 'adldas'],
    ['Hermès', 'hermes'],
    ['Ｌｏｕｉｓ　Ｖｕｉｔｔｏｎ', 'louls vultton'],
    ['  PRADA   store ', 'prada store'],
    ['', ''],
  ])('%j -> %j', (text, expected) => {
    expect(foldHomoglyphs(text)).toBe(expected);
  });

  it('folds the three spellings of the brief to one skeleton', () => {
    expect(new Set(['NlKE', 'N1KE', 'NIKE'].map(foldHomoglyphs)).size).toBe(1);
  });
});
