/**
 * Look-alike suggestions: pairs of accounts that may be one actor, with a score and a reason. They are never links
 * until an analyst confirms them (see decision.ts); the store's `similar` links are left out of analysis for the
 * same reason.
 */
import type { EntityId } from '../../model';

export const SUGGESTION_KINDS = ['name', 'photo', 'listingText', 'emailLocalPart'] as const;
/** Why the pair was suggested: a near-identical name, a reused product photo, copied listing text, one mailbox name. */
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** One thing behind a suggestion: the name, photo, listing or e-mail on each side. */
export type SuggestionEvidence = Readonly<{
  /** The item on side a (the name's account for names). */
  a: EntityId;
  b: EntityId;
  /** What the two have in common, in words (`"NlKE Outlet" and "N1KE Outlet"`, `pHash 3 bits apart`). */
  detail: string;
}>;

export type Suggestion = Readonly<{
  /** The two accounts, a < b. */
  a: EntityId;
  b: EntityId;
  /** What to call the two accounts in a list. */
  aCaption: string;
  bCaption: string;
  /** Stable across re-imports: the two ids (see decision.ts). */
  pairKey: string;
  kind: SuggestionKind;
  /** 0..1: how sure the evidence makes it. */
  score: number;
  reason: string;
  evidence: readonly SuggestionEvidence[];
}>;
