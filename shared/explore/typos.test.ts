import { describe, expect, it } from 'vitest';
import { typoVariants } from './typos';

describe('typo variants', () => {
  it.each([
    ['nkie', 'nike'],
    ['adidsa', 'adidas'],
    ['rolx', 'rolex'],
    ['guccci', 'gucci'],
    ['braun', 'brain'],
    ['кросовки', 'кроссовки'],
  ])('reaches %s -> %s in one edit', (typed, meant) => {
    expect(typoVariants(typed)).toContain(meant);
  });

  it('does not guess for short words or numbers, and never returns the word itself', () => {
    expect(typoVariants('air')).toEqual([]);
    expect(typoVariants('4961552302')).toEqual([]);
    expect(typoVariants('am100000777')).toEqual([]);
    expect(typoVariants('nike')).not.toContain('nike');
    expect(typoVariants('nike')).not.toContain('nikes2');
  });
});
