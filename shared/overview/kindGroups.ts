/**
 * Entities per kind, grouped by the kind's family (accounts, parties, commerce, logistics, identifiers) for the
 * overview's bar chart. Every bar shares one scale, so a thousand e-mails visibly outweigh forty sellers.
 */
import { ENTITY_KINDS, KINDS, type EntityKind, type KindGroup } from '../model';

/** The order the overview lists the families in: who, what they sell, how it travels, what ties them. */
export const KIND_GROUP_ORDER: readonly KindGroup[] = [
  'account',
  'party',
  'commerce',
  'logistics',
  'identifier',
];

export const KIND_GROUP_LABEL: Readonly<Record<KindGroup, string>> = {
  account: 'Accounts',
  party: 'People and organizations',
  commerce: 'Commerce',
  logistics: 'Logistics',
  identifier: 'Identifiers',
};

export type KindBar = Readonly<{
  kind: EntityKind;
  plural: string;
  count: number;
  /** The bar's length as a share of the longest bar across all groups, in (0, 1]. */
  share: number;
}>;

export type KindGroupCounts = Readonly<{
  group: KindGroup;
  label: string;
  total: number;
  /** Most numerous first; kinds with no entity are left out. */
  bars: readonly KindBar[];
}>;

/** Groups with at least one entity, in `KIND_GROUP_ORDER`. */
export function groupKindCounts(counts: Readonly<Record<EntityKind, number>>): KindGroupCounts[] {
  const present = ENTITY_KINDS.filter((kind) => counts[kind] > 0);
  const max = Math.max(0, ...present.map((kind) => counts[kind]));
  return KIND_GROUP_ORDER.flatMap((group) => {
    const kinds = present.filter((kind) => KINDS[kind].group === group);
    if (kinds.length === 0) return [];
    // A stable sort keeps the model's order between kinds of equal count.
    const bars = kinds
      .map((kind) => ({ kind, plural: KINDS[kind].plural, count: counts[kind], share: counts[kind] / max }))
      .sort((a, b) => b.count - a.count);
    return [
      {
        group,
        label: KIND_GROUP_LABEL[group],
        total: bars.reduce((sum, bar) => sum + bar.count, 0),
        bars,
      },
    ];
  });
}
