/**
 * The accounts graph of strong pairs, in CSR form: what networks, the hub check and centrality walk. Pairs joined
 * unconditionally (`sameAs`, confirmed decisions) carry an infinite score so no adjustment can undo them.
 */
import type { PairTable } from './pairTable';

export type StrongGraph = Readonly<{
  offsets: Uint32Array;
  adjacent: Uint32Array;
  score: Float32Array;
}>;

/** Float32 sums of weights like 0.6 + 0.4 can land a hair under 1: compare with this much slack. */
const SLACK = 1e-4;

export function isStrong(score: number, threshold: number): boolean {
  return score >= threshold - SLACK;
}

export function buildStrongGraph(
  size: number,
  pairs: PairTable,
  joins: Uint32Array,
  threshold: number,
): StrongGraph {
  const offsets = new Uint32Array(size + 1);
  const count = (a: number, b: number): void => {
    offsets[a + 1] = (offsets[a + 1] ?? 0) + 1;
    offsets[b + 1] = (offsets[b + 1] ?? 0) + 1;
  };
  pairs.forEach((a, b, score) => {
    if (isStrong(score, threshold)) count(a, b);
  });
  for (let j = 0; j + 1 < joins.length; j += 2) count(joins[j] ?? 0, joins[j + 1] ?? 0);
  for (let i = 0; i < size; i++) offsets[i + 1] = (offsets[i + 1] ?? 0) + (offsets[i] ?? 0);
  const adjacent = new Uint32Array(offsets[size] ?? 0);
  const score = new Float32Array(adjacent.length);
  const fill = offsets.slice(0, size);
  const put = (a: number, b: number, s: number): void => {
    const at = fill[a] ?? 0;
    adjacent[at] = b;
    score[at] = s;
    fill[a] = at + 1;
  };
  pairs.forEach((a, b, s) => {
    if (!isStrong(s, threshold)) return;
    put(a, b, s);
    put(b, a, s);
  });
  for (let j = 0; j + 1 < joins.length; j += 2) {
    put(joins[j] ?? 0, joins[j + 1] ?? 0, Number.POSITIVE_INFINITY);
    put(joins[j + 1] ?? 0, joins[j] ?? 0, Number.POSITIVE_INFINITY);
  }
  return { offsets, adjacent, score };
}
