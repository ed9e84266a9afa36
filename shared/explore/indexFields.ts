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
}>;

/** Names sort without regard to case or accents: `Ótica` among the o's, not after `z`. */
export function sortNameOf(name: string): string {
  return foldText(name);
}

export function indexFieldsOf(entity: Entity): IndexFields {
  return {
    sortName: sortNameOf(caption(entity)),
    sortTime: sortTimeOf(entity),
    sortNumber: sortNumberOf(entity),
    facets: facetsOf(entity),
    terms: searchTermsOf(entity).map((term) => termKey(entity.kind, term)),
  };
}

export function withIndexFields<T extends Entity>(entity: T): T {
  return { ...entity, ...indexFieldsOf(entity) };
}
