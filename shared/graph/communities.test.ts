import { describe, expect, it } from 'vitest';
import { alignCommunities } from './communities';

describe('alignCommunities', () => {
  it('keeps each community’s colour when the chart grows and Louvain renumbers', () => {
    const before = { topLager: 0, topLagr: 0, phone: 0, honest: 1, support: 1 };
    // after expanding: the big new operation is now community 0, the old ones 1 and 2
    const after = {
      a: 0,
      b: 0,
      c: 0,
      d: 0,
      topLager: 1,
      topLagr: 1,
      phone: 1,
      insta: 1,
      honest: 2,
      support: 2,
      lone: -1,
    };
    expect(alignCommunities(before, after)).toEqual({
      a: 2,
      b: 2,
      c: 2,
      d: 2,
      topLager: 0,
      topLagr: 0,
      phone: 0,
      insta: 0,
      honest: 1,
      support: 1,
      lone: -1,
    });
  });

  it('gives the bigger share the old number when one community splits in two', () => {
    const before = { a: 0, b: 0, c: 0, d: 0, e: 0 };
    const after = { a: 0, b: 0, c: 1, d: 1, e: 1 };
    expect(alignCommunities(before, after)).toEqual({ a: 1, b: 1, c: 0, d: 0, e: 0 });
  });
});
