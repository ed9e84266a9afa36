/**
 * An analyst's decision on a suggested pair: confirmed (the two records are one actor: merged in every view while
 * both records stay), or rejected (the suggestion stays hidden). Keyed by the two entity ids, not by an import, so
 * a decision survives re-importing the same files: ids are deterministic.
 */
import { z } from 'zod';
import type { EntityId } from '../model';
import { SUGGESTION_KINDS, type SuggestionKind } from './suggestions/types';

export type Verdict = 'confirmed' | 'rejected';

export type Decision = Readonly<{
  pairKey: string;
  /** The two accounts, a < b. */
  a: EntityId;
  b: EntityId;
  verdict: Verdict;
  suggestionKind: SuggestionKind;
  /** The analyst's reasoning, kept for the case file. */
  reason: string;
  examiner: string;
  /** ISO 8601. */
  decidedAt: string;
}>;

/** Separates the two ids of a pair key; entity ids never contain it. */
const PAIR_SEP = '\u001e';

/** The two ids in a fixed order, so a pair has one key whichever side it was found from. */
export function orderPair(x: EntityId, y: EntityId): readonly [EntityId, EntityId] {
  return x < y ? [x, y] : [y, x];
}

export function pairKey(x: EntityId, y: EntityId): string {
  const [a, b] = orderPair(x, y);
  return `${a}${PAIR_SEP}${b}`;
}

export type DecisionInput = Omit<Decision, 'pairKey' | 'a' | 'b'> & Readonly<{ a: EntityId; b: EntityId }>;

/** A decision with its pair ordered and keyed. */
export function makeDecision(input: DecisionInput): Decision {
  if (input.a === input.b) throw new Error('A decision needs two different records');
  const [a, b] = orderPair(input.a, input.b);
  return { ...input, a, b, pairKey: pairKey(a, b) };
}

/** Decisions as they arrive from the store or over a worker message: checked once, then trusted. */
export const decisionSchema = z
  .object({
    pairKey: z.string(),
    a: z.string().min(1),
    b: z.string().min(1),
    verdict: z.enum(['confirmed', 'rejected']),
    suggestionKind: z.enum(SUGGESTION_KINDS),
    reason: z.string(),
    examiner: z.string(),
    decidedAt: z.string(),
  })
  .refine((d) => d.pairKey === pairKey(d.a as EntityId, d.b as EntityId), {
    message: 'pairKey does not match the two ids',
  })
  .transform((d) => d as Decision);

/** What the decisions say now: the latest decision per pair and kind wins, so an analyst can change her mind. */
export type DecisionBook = Readonly<{
  /** Pairs whose latest decision of some kind is "confirmed": they act as `sameAs`. */
  confirmed: readonly Decision[];
  isRejected(key: string, kind: SuggestionKind): boolean;
  isConfirmed(key: string): boolean;
}>;

export function readDecisions(decisions: readonly Decision[]): DecisionBook {
  const latest = new Map<string, Decision>();
  for (const decision of decisions) {
    const slot = `${decision.pairKey}${PAIR_SEP}${decision.suggestionKind}`;
    const current = latest.get(slot);
    if (current === undefined || current.decidedAt <= decision.decidedAt) latest.set(slot, decision);
  }
  const confirmed = [...latest.values()].filter((d) => d.verdict === 'confirmed');
  const confirmedKeys = new Set(confirmed.map((d) => d.pairKey));
  return {
    confirmed,
    isRejected: (key, kind) => latest.get(`${key}${PAIR_SEP}${kind}`)?.verdict === 'rejected',
    isConfirmed: (key) => confirmedKeys.has(key),
  };
}
