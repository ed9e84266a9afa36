/**
 * The fields kept beside each entity record only so tables and search can use indexes instead of reading every
 * record: sort keys, facet keys and search terms. Computed from the entity whenever it is written (import, undo,
 * an analyst's edit), so they can never disagree with it.
 */
import { caption, type Entity } from '../model/entity';
import { termKey, searchTermsOf } from './entityTerms';
import { facetsOf } from './facets';
import { foldText } from './searchTokens';
import { sortNumberOf, sortTimeOf } from './sortKeys';

export type IndexFields = Readonly<{
  sortName: string;
  sortTime: string;
  sortNumber: number;
  facets: readonly string[];
  terms: readonly string[];
  termsByName: readonly TermByName[];
}>;

/**
 * A search term with the record's sort name: `[kind:term, sortName]`. As a multi-entry index it lists the records
 * holding a word in name order, so a table filtered by a word every tenth listing holds ("velora") reads its first
 * page straight from the index instead of passing every name that sorts before the first "Velora…".
 */
export type TermByName = readonly [term: string, sortName: string];

/** Whole e-mails, hosts and URLs are never a filter's lead word (tableQuery), so they need no name order. */
function isWordTerm(term: string): boolean {
  return !/[@./]/.test(term);
}

/** Names sort without regard to case or accents: `Ótica` among the o's, not after `z`. */
export function sortNameOf(name: string): string {
  return foldText(name);
}

export function indexFieldsOf(entity: Entity): IndexFields {
  const sortName = sortNameOf(caption(entity));
  const terms = searchTermsOf(entity).map((term) => termKey(entity.kind, term));
  return {
    sortName,
    sortTime: sortTimeOf(entity),
    sortNumber: sortNumberOf(entity),
    facets: facetsOf(entity),
    terms,
    termsByName: termsByNameOf(terms, sortName),
  };
}

export function termsByNameOf(terms: readonly string[], sortName: string): TermByName[] {
  return terms.filter(isWordTerm).map((term) => [term, sortName] as const);
}

/**
 * The record without what only the store's name order needs (it repeats the terms and the sort name), for files
 * people read: an evidence bundle's `entities.jsonl`. `withStoreOrder` puts it back.
 */
export function withoutStoreOrder<T extends Entity>(entity: T): Omit<T, 'termsByName'> {
  const { termsByName: _storeOnly, ...rest } = entity;
  return rest;
}

export function withStoreOrder<T extends Readonly<{ terms: readonly string[]; sortName: string }>>(
  entity: T,
): T & Pick<Entity, 'termsByName'> {
  return { ...entity, termsByName: termsByNameOf(entity.terms, entity.sortName) };
}

export function withIndexFields<T extends Entity>(entity: T): T {
  return { ...entity, ...indexFieldsOf(entity) };
}
