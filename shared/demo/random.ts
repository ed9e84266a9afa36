/**
 * The demo's only source of chance: a seeded PRNG (mulberry32), so the same seed and options give byte-identical
 * files in Node, a Worker and the page. `Math.random` and the clock are never used.
 *
 * Streams are named: `createRandom(seed, 'listing', 3, 0)` does not depend on how much any other stream was used,
 * so adding a column to one file never shifts the contents of another, and one listing row can be produced on its
 * own (the million-row CSV is streamed without building the rows before it).
 */

/** A seeded random stream with the helpers the generator needs. */
export type Random = Readonly<{
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /**
   * An integer in [min, max] skewed towards `min` (a cubed uniform): most shops have few ratings, a few have
   * thousands. Multiplication only — `Math.pow` may round differently from one JavaScript engine to another.
   */
  skewed(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; `weights` lines up with `items`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  /** Lower-case hex digits. */
  hex(length: number): string;
  /** Decimal digits; the first is never 0 unless `leadingZero`. */
  digits(length: number, leadingZero?: boolean): string;
  /** Characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string;
  /** A new stream named below this one, independent of how far this one has run. */
  fork(...labels: readonly (string | number)[]): Random;
}>;

/** The seed of a named stream: murmur-style mixing of the seed and the labels. */
export function streamSeed(seed: number, labels: readonly (string | number)[]): number {
  const text = [String(seed), ...labels.map(String)].join('\u001f');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function createRandom(seed: number, ...labels: readonly (string | number)[]): Random {
  let state = streamSeed(seed, labels);

  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)];
    if (item === undefined) throw new Error('Cannot pick from an empty list');
    return item;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy;
  };
  const chars = (alphabet: string, length: number): string => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet.charAt(int(0, alphabet.length - 1));
    return out;
  };

  return {
    next,
    int,
    skewed: (min, max) => {
      const u = next();
      return min + Math.floor((max - min + 1) * u * u * u);
    },
    chance: (p) => next() < p,
    pick,
    weighted: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let roll = next() * total;
      for (let i = 0; i < items.length; i++) {
        roll -= weights[i] ?? 0;
        if (roll < 0) return items[i] as (typeof items)[number];
      }
      return pick(items);
    },
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, count),
    hex: (length) => chars('0123456789abcdef', length),
    digits: (length, leadingZero = false) =>
      length === 0
        ? ''
        : (leadingZero ? chars('0123456789', 1) : chars('123456789', 1)) + chars('0123456789', length - 1),
    chars,
    fork: (...more) => createRandom(seed, ...labels, ...more),
  };
}
