import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, KINDS, type EntityKind } from '../model';
import { groupKindCounts, KIND_GROUP_ORDER } from './kindGroups';

const countsOf = (some: Partial<Record<EntityKind, number>>): Record<EntityKind, number> =>
  Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, some[kind] ?? 0])) as Record<EntityKind, number>;

describe('groupKindCounts', () => {
  it('gives nothing for an empty store', () => {
    expect(groupKindCounts(countsOf({}))).toEqual([]);
  });

  it('groups kinds by family in overview order, leaving out empty kinds and groups', () => {
    const groups = groupKindCounts(countsOf({ email: 30, seller: 10, listing: 50, phone: 30, url: 5 }));
    expect(groups.map((g) => g.group)).toEqual(['account', 'commerce', 'identifier']);
    expect(groups.map((g) => g.label)).toEqual(['Accounts', 'Commerce', 'Identifiers']);
    const identifiers = groups[2];
    expect(identifiers?.total).toBe(65);
    // Most numerous first; e-mail before phone on a tie because the model lists it first.
    expect(identifiers?.bars.map((b) => b.kind)).toEqual(['email', 'phone', 'url']);
    expect(identifiers?.bars[0]?.plural).toBe('E-mails');
  });

  it('scales every bar against the longest one across all groups', () => {
    const groups = groupKindCounts(countsOf({ seller: 10, listing: 40 }));
    expect(groups[0]?.bars[0]?.share).toBe(0.25);
    expect(groups[1]?.bars[0]?.share).toBe(1);
  });

  it('covers every kind of the model in some group', () => {
    const all = countsOf(Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, 1])));
    const listed = groupKindCounts(all).flatMap((g) => g.bars.map((b) => b.kind));
    expect(listed.sort()).toEqual([...ENTITY_KINDS].sort());
    expect(new Set(ENTITY_KINDS.map((kind) => KINDS[kind].group))).toEqual(new Set(KIND_GROUP_ORDER));
  });
});
