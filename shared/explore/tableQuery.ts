/**
 * What an entity table asks for, and how a record is checked against it. The data layer picks the fastest way to
 * answer (an index in sort order, a small candidate set sorted in memory, or a scan in sort order); the meaning is
 * defined here once, so every way gives the same rows.
 */
import type { EntityKind } from '../model/kinds';
import type { Entity } from '../model/entity';
import type { SignalKind } from '../analysis/signals';
import { cellText } from './columns';
import { parseFacetKey } from './facets';
import { foldText, isPhoneLike, queryParts, wholeValue, words, type QueryPart } from './searchTokens';
import { termKey } from './entityTerms';
import type { SortSlot } from './sortKeys';

export type TableSort = Readonly<{ slot: SortSlot; desc: boolean }>;
export type TextFilter = Readonly<{ column: string; text: string }>;

export type TableQuery = Readonly<{
  kind: EntityKind;
  sort: TableSort;
  /** Facet keys (`listing|platform=ebay.de`): any value of one facet, and every facet. */
  facets: readonly string[];
  /**
   * Per column, words that must each start a word of the column's text (case and accents ignored), or for an
   * e-mail, host or URL typed whole, appear in it: `velo 42` finds `Velora Sneaker 42`.
   */
  text: readonly TextFilter[];
  /** Members of this network of the latest analysis. */
  network?: string;
  /** Accounts with this signal in the latest analysis. */
  signal?: SignalKind;
  /** The search box's words, each the start of one of the record's search terms ("all 1,204 matches"). */
  search?: string;
}>;

/** A stable key of the query: equal queries share cached results. */
export function queryKey(query: TableQuery): string {
  return JSON.stringify([
    query.kind,
    query.sort.slot,
    query.sort.desc,
    [...query.facets].sort(),
    query.text.filter((f) => f.text.trim() !== '').map((f) => [f.column, foldText(f.text.trim())]),
    query.network ?? '',
    query.signal ?? '',
    searchTermsOfQuery(query),
  ]);
}

/** Facet keys grouped by facet: values of one facet are alternatives, facets narrow each other. */
export function facetGroups(facets: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const key of facets) {
    const facet = parseFacetKey(key)?.facet ?? key;
    groups.set(facet, [...(groups.get(facet) ?? []), key]);
  }
  return [...groups.values()];
}

export function hasFilters(query: TableQuery): boolean {
  return (
    query.facets.length > 0 ||
    query.text.some((f) => f.text.trim() !== '') ||
    query.network !== undefined ||
    query.signal !== undefined ||
    searchTermsOfQuery(query).length > 0
  );
}

/**
 * The record test for facets and text (network and signal membership are id sets, applied by the caller).
 * Built once per query so a scan over a million records does not re-fold the filter text each time.
 */
export function recordFilter(query: TableQuery): (entity: Entity) => boolean {
  const groups = facetGroups(query.facets);
  const texts = query.text
    .map((f) => ({ column: f.column, parts: queryParts(f.text) }))
    .filter((f) => f.parts.length > 0);
  const prefixes = searchTermsOfQuery(query).map((term) => termKey(query.kind, term));
  return (entity) => {
    if (entity.kind !== query.kind) return false;
    for (const prefix of prefixes) if (!entity.terms.some((t) => t.startsWith(prefix))) return false;
    for (const group of groups) if (!group.some((key) => entity.facets.includes(key))) return false;
    for (const { column, parts } of texts) if (!cellMatches(cellText(entity, column), parts)) return false;
    return true;
  };
}

function cellMatches(text: string, parts: readonly QueryPart[]): boolean {
  const folded = foldText(text);
  const cellWords = words(text);
  return parts.every((part) =>
    /[@./]/.test(part.term)
      ? folded.includes(part.term) || wholeValue(text).includes(part.term)
      : isPhoneLike(part.typed)
        ? folded.replace(/\D/g, '').includes(part.term)
        : cellWords.some((w) => w.startsWith(part.term)),
  );
}

/** A column filter's words, the longest (most selective) first, for a look-up in the term index. */
export function filterTerms(filter: TextFilter): string[] {
  return queryParts(filter.text)
    .map((p) => p.term)
    .sort((a, b) => b.length - a.length);
}

/** The terms the query's search words look up, the most selective (longest) first. */
export function searchTermsOfQuery(query: TableQuery): string[] {
  return queryParts(query.search ?? '')
    .map((p) => p.term)
    .sort((a, b) => b.length - a.length);
}

/** The key a record has in the sort index of a slot. */
export function sortValue(entity: Entity, slot: SortSlot): string | number {
  switch (slot) {
    case 'name':
      return entity.sortName;
    case 'time':
      return entity.sortTime;
    case 'number':
      return entity.sortNumber;
    case 'updated':
      return entity.updatedAt;
  }
}

/** The same order the `[kind+sort…]` index gives: by key, then by id (both reversed when descending). */
export function compareForSort(sort: TableSort): (a: Entity, b: Entity) => number {
  const sign = sort.desc ? -1 : 1;
  return (a, b) => {
    const x = sortValue(a, sort.slot);
    const y = sortValue(b, sort.slot);
    if (x !== y) return (x < y ? -1 : 1) * sign;
    return (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) * sign;
  };
}

/** The index that orders a kind's records by a slot. */
export function sortIndexOf(slot: SortSlot): string {
  switch (slot) {
    case 'name':
      return '[kind+sortName]';
    case 'time':
      return '[kind+sortTime]';
    case 'number':
      return '[kind+sortNumber]';
    case 'updated':
      return '[kind+updatedAt]';
  }
}
