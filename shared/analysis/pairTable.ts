/**
 * Scores of pairs of entity indices, summed, in an open-addressing hash table over typed arrays. Projecting a million
 * accounts gives millions of pairs; a `Map<string, number>` of them would need gigabytes and spend most of its time
 * building key strings.
 */

/** Indices up to 2^26 (67 million) make `low * 2^26 + high` an exact double. */
const SHIFT = 2 ** 26;
export const MAX_PAIR_INDEX = SHIFT;
const EMPTY = -1;

export class PairTable {
  private keys: Float64Array;
  private scores: Float32Array;
  private mask: number;
  size = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.scores = new Float32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Adds `score` to the pair {a, b} (order does not matter). */
  add(a: number, b: number, score: number): void {
    const slot = this.claim(a, b);
    if (slot !== undefined) this.scores[slot] = (this.scores[slot] ?? 0) + score;
  }

  /** Raises the pair's score to `score` if it is lower. */
  max(a: number, b: number, score: number): void {
    const slot = this.claim(a, b);
    if (slot !== undefined) this.scores[slot] = Math.max(this.scores[slot] ?? 0, score);
  }

  /** The slot of the pair, inserting it with score 0 when new; undefined for a pair of one entity with itself. */
  private claim(a: number, b: number): number | undefined {
    if (a === b) return undefined;
    if (a >= SHIFT || b >= SHIFT) throw new RangeError('Pair index out of range');
    const key = a < b ? a * SHIFT + b : b * SHIFT + a;
    let slot = this.slotOf(key);
    if (this.keys[slot] === EMPTY) {
      if ((this.size + 1) * 2 > this.keys.length) {
        this.grow();
        slot = this.slotOf(key);
      }
      this.keys[slot] = key;
      this.size += 1;
    }
    return slot;
  }

  get(a: number, b: number): number {
    const key = a < b ? a * SHIFT + b : b * SHIFT + a;
    const slot = this.slotOf(key);
    return this.keys[slot] === key ? (this.scores[slot] ?? 0) : 0;
  }

  /** Calls `visit(low, high, score)` for every pair, in no particular order. */
  forEach(visit: (low: number, high: number, score: number) => void): void {
    const keys = this.keys;
    for (let slot = 0; slot < keys.length; slot++) {
      const key = keys[slot] ?? EMPTY;
      if (key === EMPTY) continue;
      const low = Math.floor(key / SHIFT);
      visit(low, key - low * SHIFT, this.scores[slot] ?? 0);
    }
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private slotOf(key: number): number {
    // A multiplicative hash of both halves spreads neighbouring indices over the table.
    const low = Math.floor(key / SHIFT);
    let slot = (Math.imul(low, 0x9e3779b1) ^ Math.imul(key - low * SHIFT, 0x85ebca6b)) & this.mask;
    for (;;) {
      const at = this.keys[slot];
      if (at === EMPTY || at === key) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldScores = this.scores;
    this.keys = new Float64Array(oldKeys.length * 2).fill(EMPTY);
    this.scores = new Float32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    for (let slot = 0; slot < oldKeys.length; slot++) {
      const key = oldKeys[slot] ?? EMPTY;
      if (key === EMPTY) continue;
      const to = this.slotOf(key);
      this.keys[to] = key;
      this.scores[to] = oldScores[slot] ?? 0;
    }
  }
}
