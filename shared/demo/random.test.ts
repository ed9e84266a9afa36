import { describe, expect, it } from 'vitest';
import { createRandom, streamSeed } from './random';

const draw = (seed: number, ...labels: string[]): number[] => {
  const random = createRandom(seed, ...labels);
  return Array.from({ length: 8 }, () => random.next());
};

describe('seeded random streams', () => {
  it('repeats exactly for the same seed and name', () => {
    expect(draw(7, 'a')).toEqual(draw(7, 'a'));
  });

  it('differs by seed and by stream name', () => {
    expect(draw(7, 'a')).not.toEqual(draw(8, 'a'));
    expect(draw(7, 'a')).not.toEqual(draw(7, 'b'));
    expect(streamSeed(7, ['a', 'b'])).not.toBe(streamSeed(7, ['ab']));
  });

  it('gives a forked stream that does not depend on how far its parent ran', () => {
    const fresh = createRandom(1, 'files');
    const used = createRandom(1, 'files');
    for (let i = 0; i < 100; i++) used.next();
    expect(used.fork('x').hex(16)).toBe(fresh.fork('x').hex(16));
  });

  it('keeps helpers inside their bounds', () => {
    const random = createRandom(3);
    for (let i = 0; i < 1000; i++) {
      const n = random.int(3, 9);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(9);
      expect(random.next()).toBeLessThan(1);
    }
    expect(random.digits(12)).toMatch(/^[1-9]\d{11}$/);
    expect(random.hex(40)).toMatch(/^[0-9a-f]{40}$/);
    expect([...random.shuffle([1, 2, 3, 4, 5])].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(random.sample([1, 2, 3, 4, 5], 3)).size).toBe(3);
    expect(() => random.pick([])).toThrow(/empty/);
  });
});

describe('skewed counts', () => {
  it('stays in range and leans towards the minimum', () => {
    const random = createRandom(4);
    const values = Array.from({ length: 2000 }, () => random.skewed(10, 4000));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...values)).toBeLessThanOrEqual(4000);
    expect(values.filter((v) => v < 1000).length).toBeGreaterThan(values.length / 2);
  });
});
