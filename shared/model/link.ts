/** Links: typed, directed, explained. */
import type { EntityId, ImportId, LinkId } from './ids';
import type { SourceRef } from './provenance';

export const LINK_KINDS = {
  /** seller -> listing */
  sells: { label: 'sells', strength: 'strong' },
  /** account -> identifier it uses (its e-mail, phone, payment account…) */
  uses: { label: 'uses', strength: 'strong' },
  /** identifier found in free text (a bio, a description): weaker than a field that names it */
  mentions: { label: 'mentions', strength: 'weak' },
  /** party -> account it operates */
  operates: { label: 'operates', strength: 'strong' },
  /** party or account -> shipment it sent or received */
  ships: { label: 'ships', strength: 'strong' },
  /** an analyst's decision that two records are one actor */
  sameAs: { label: 'same as', strength: 'strong' },
  /** a suggestion (look-alike name, reused photo) with a score and a reason, not a fact until confirmed */
  similar: { label: 'similar to', strength: 'suggestion' },
} as const satisfies Record<string, Readonly<{ label: string; strength: LinkStrength }>>;

export type LinkStrength = 'strong' | 'weak' | 'suggestion';
export type LinkKind = keyof typeof LINK_KINDS;

export type Link = Readonly<{
  id: LinkId;
  kind: LinkKind;
  from: EntityId;
  to: EntityId;
  /** The role of the link when a kind covers several (`ships`: "shipper" | "consignee"; `uses`: the field name). */
  role?: string;
  /** For `similar`: 0..1, and why the pair was suggested. */
  score?: number;
  reason?: string;
  sources: readonly SourceRef[];
  importIds: readonly ImportId[];
  createdAt: string;
  updatedAt: string;
}>;
