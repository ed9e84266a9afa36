import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { PRODUCTS } from '../vocab/products';
import { gtinCheckDigit, isValidGtin, madeUpGtin } from './gtin';

describe('GTINs', () => {
  it('computes the GS1 check digit', () => {
    expect(gtinCheckDigit('400638133393')).toBe(1);
    expect(isValidGtin('4006381333931')).toBe(true);
    expect(isValidGtin('4006381333932')).toBe(false);
  });

  it('gives every catalog product a valid GTIN-13, each its own', () => {
    for (const product of PRODUCTS) expect(isValidGtin(product.gtin), product.name).toBe(true);
    expect(new Set(PRODUCTS.map((product) => product.gtin)).size).toBe(PRODUCTS.length);
  });

  it('makes up valid EANs that belong to no catalog product', () => {
    const random = createRandom(1, 'gtin-test');
    for (let n = 0; n < 50; n++) {
      const gtin = madeUpGtin(random);
      expect(isValidGtin(gtin), gtin).toBe(true);
      expect(gtin).toMatch(/^69\d{11}$/);
      expect(PRODUCTS.some((product) => product.gtin === gtin)).toBe(false);
    }
  });
});
