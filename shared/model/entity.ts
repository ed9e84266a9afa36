/**
 * Entities: typed records with a `kind` discriminant, a deterministic id, multi-valued properties and provenance.
 *
 * Properties are lists because two sources may disagree (two ratings, two business names) and both must stay
 * visible with where they came from; the UI shows the first value and the entity page shows them all.
 */
import type { EntityId, ImportId } from './ids';
import { KINDS, type EntityKind, type KindGroup, type PropOf } from './kinds';
import { addSource, type SourceRef } from './provenance';

/** One value of one property, with every source that gave it. */
export type PropertyValue = Readonly<{
  value: string | number;
  sources: readonly SourceRef[];
}>;

export type Properties<K extends EntityKind> = Readonly<Partial<Record<PropOf<K>, readonly PropertyValue[]>>>;

export type EntityOf<K extends EntityKind> = Readonly<{
  id: EntityId;
  kind: K;
  /**
   * The normalized value that identifies it within its kind: an identifier's normalized value, a seller's
   * platform id. Indexed, so "who else uses +4961552302" is one lookup.
   */
  key: string;
  properties: Properties<K>;
  /** Every place this entity itself was seen (a row that produced it). */
  sources: readonly SourceRef[];
  /** The imports that brought it; undoing an import removes the entity only when this becomes empty. */
  importIds: readonly ImportId[];
  /**
   * Index fields, computed from the rest whenever the record is written (`shared/explore/indexFields.ts`):
   * lower-cased caption, the kind's date and number sort keys, `kind|facet=value` keys and `kind:term` search
   * terms (alone and with the sort name). They let tables sort, filter and search a million records with IndexedDB indexes.
   */
  sortName: string;
  sortTime: string;
  sortNumber: number;
  facets: readonly string[];
  terms: readonly string[];
  /** `[kind:term, sortName]` per word term: the records holding a word, in name order. */
  termsByName: readonly (readonly [string, string])[];
  /** Analyst's tags. */
  tags: readonly string[];
  /** Analyst's note on this entity (Markdown-free plain text), searched with the rest. */
  note?: string;
  /** ISO 8601 timestamps of this record in the store. */
  createdAt: string;
  updatedAt: string;
}>;

/** Every entity: a union on `kind`, so `switch (entity.kind)` narrows its properties. */
export type Entity = { [K in EntityKind]: EntityOf<K> }[EntityKind];

export type Seller = EntityOf<'seller'>;
export type SocialAccount = EntityOf<'socialAccount'>;
export type Listing = EntityOf<'listing'>;
export type Shipment = EntityOf<'shipment'>;

/** The kinds in a group, as a type: `KindIn<'identifier'>` is `'email' | 'phone' | …`. */
export type KindIn<G extends KindGroup> = {
  [K in EntityKind]: (typeof KINDS)[K]['group'] extends G ? K : never;
}[EntityKind];

export type IdentifierKind = KindIn<'identifier'>;
export type AccountKind = KindIn<'account'> | KindIn<'party'>;

/** The first value of a property, or undefined. */
export function firstValue<K extends EntityKind>(
  entity: EntityOf<K>,
  prop: PropOf<K>,
): string | number | undefined {
  return entity.properties[prop]?.[0]?.value;
}

/** The name to show for an entity: the first caption property that has a value, else its id's key. */
export function caption(entity: Entity): string {
  const spec = KINDS[entity.kind];
  const props = entity.properties as Readonly<Record<string, readonly PropertyValue[] | undefined>>;
  for (const prop of spec.caption) {
    const value = props[prop]?.[0]?.value;
    if (value !== undefined && String(value).trim() !== '') return String(value);
  }
  return entity.id.slice(entity.kind.length + 1);
}

/**
 * Adds a value to a property list: a value already present gains the new source, a new value is appended.
 * Numbers and strings compare by their string form so "4.5" from a CSV and 4.5 from JSON are one value.
 */
export function addPropertyValue(
  values: readonly PropertyValue[] | undefined,
  value: string | number,
  source: SourceRef,
): readonly PropertyValue[] {
  const list = values ?? [];
  const index = list.findIndex((existing) => String(existing.value) === String(value));
  if (index === -1) return [...list, { value, sources: [source] }];
  return list.map((existing, i) =>
    i === index ? { value: existing.value, sources: addSource(existing.sources, source) } : existing,
  );
}
