import { describe, expect, it } from 'vitest';
import { PairTable } from './pairTable';
import { UnionFind } from './unionFind';

describe('pair table', () => {
  it('sums scores per unordered pair and grows past its first size', () => {
    const table = new PairTable(2);
    for (let i = 0; i < 500; i++) table.add(i, i + 1, 0.5);
    table.add(2, 1, 0.25);
    expect(table.size).toBe(500);
    expect(table.get(1, 2)).toBeCloseTo(0.75);
    expect(table.get(2, 1)).toBeCloseTo(0.75);
    expect(table.get(3, 1)).toBe(0);
    let total = 0;
    table.forEach((low, high, score) => {
      expect(low).toBeLessThan(high);
      total += score;
    });
    expect(total).toBeCloseTo(250.25);
  });

  it('keeps the largest score with max, and ignores a pair of one entity with itself', () => {
    const table = new PairTable();
    table.max(4, 9, 0.5);
    table.max(9, 4, 0.3);
    table.add(7, 7, 1);
    expect(table.get(4, 9)).toBeCloseTo(0.5);
    expect(table.size).toBe(1);
  });
});

describe('union-find', () => {
  it('joins groups and reports their sizes', () => {
    const groups = new UnionFind(6);
    expect(groups.union(0, 1)).toBe(true);
    expect(groups.union(2, 1)).toBe(true);
    expect(groups.union(0, 2)).toBe(false);
    expect(groups.find(2)).toBe(groups.find(0));
    expect(groups.sizeOf(1)).toBe(3);
    expect(groups.sizeOf(5)).toBe(1);
  });
});
