/**
 * Gathers the evidence for suggested pairs as the blocking passes find it: one entry per pair of accounts, its
 * evidence items (the first few, enough to judge), and the score they add up to. Pairs already in one network are
 * skipped here, once, for every kind: there is nothing left to decide about them.
 */
import type { EntityId } from '../../model';
import { orderPair, pairKey } from '../decision';
import { captionAt, idAt, type GraphIndex } from '../graphIndex';
import type { Suggestion, SuggestionEvidence, SuggestionKind } from './types';

/** Evidence kept per suggestion: enough to judge, not a dump of every matching listing. */
export const MAX_EVIDENCE = 10;

type Entry = {
  a: EntityId;
  b: EntityId;
  aCaption: string;
  bCaption: string;
  scores: number[];
  evidence: SuggestionEvidence[];
  count: number;
};

export type PairCollector = Readonly<{
  /** Records one piece of evidence for accounts `x` and `y` (entity indices); `score` is what it alone says. */
  add(x: number, y: number, score: number, evidence: SuggestionEvidence): void;
  /** The suggestions, scored by `combine` from the evidence scores, worded by `reason`. */
  finish(
    combine: (scores: readonly number[]) => number,
    reason: (entry: Readonly<{ count: number; evidence: readonly SuggestionEvidence[] }>) => string,
  ): Suggestion[];
}>;

export function createPairCollector(
  index: GraphIndex,
  kind: SuggestionKind,
  networkOf: Int32Array,
): PairCollector {
  const entries = new Map<string, Entry>();
  return {
    add(x, y, score, evidence) {
      if (x === y) return;
      const network = networkOf[x] ?? -1;
      if (network >= 0 && network === networkOf[y]) return;
      const [a, b] = orderPair(idAt(index, x), idAt(index, y));
      const key = pairKey(a, b);
      let entry = entries.get(key);
      if (!entry) {
        const [first, second] = a === idAt(index, x) ? [x, y] : [y, x];
        entry = {
          a,
          b,
          aCaption: captionAt(index, first),
          bCaption: captionAt(index, second),
          scores: [],
          evidence: [],
          count: 0,
        };
        entries.set(key, entry);
      }
      entry.count += 1;
      entry.scores.push(score);
      // Keep evidence oriented to the ordered pair: `a` is the side of account a.
      const flipped = a !== idAt(index, x);
      if (entry.evidence.length < MAX_EVIDENCE) {
        entry.evidence.push(flipped ? { a: evidence.b, b: evidence.a, detail: evidence.detail } : evidence);
      }
    },
    finish(combine, reason) {
      return [...entries.entries()].map(([key, entry]) => ({
        a: entry.a,
        b: entry.b,
        aCaption: entry.aCaption,
        bCaption: entry.bCaption,
        pairKey: key,
        kind,
        score: Math.round(combine(entry.scores) * 1000) / 1000,
        reason: reason(entry),
        evidence: entry.evidence,
      }));
    },
  };
}

/** Several independent pieces of evidence: 1 - Π(1 - s), kept under 1 because look-alikes are never proof. */
export function combineIndependent(scores: readonly number[], cap = 0.99): number {
  let miss = 1;
  for (const score of scores) miss *= 1 - Math.max(0, Math.min(1, score));
  return Math.min(cap, 1 - miss);
}
