/**
 * The sort keys a table can order a million rows by with an index: besides the name, one date and one number per
 * kind (when a listing was first seen, its price; when a seller's account was made, its feedback count).
 * Entities without the value still need a key, or IndexedDB would leave them out of the index and so out of the
 * sorted table: dates sort as '' and numbers as -1, first when ascending.
 */
import type { EntityKind } from '../model/kinds';
import type { Entity, PropertyValue } from '../model/entity';

export type SortSlot = 'name' | 'time' | 'number' | 'updated';

/** The property (first that has a value) behind the time and number slot of each kind. */
export const SORT_PROPS: Readonly<
  Partial<Record<EntityKind, Readonly<{ time?: readonly string[]; number?: readonly string[] }>>>
> = {
  seller: { time: ['createdAt'], number: ['feedbackCount', 'rating'] },
  socialAccount: { time: ['createdAt'], number: ['followers'] },
  organization: { time: ['incorporationDate'] },
  person: { time: ['birthDate'] },
  listing: { time: ['firstSeen', 'capturedAt'], number: ['price'] },
  product: { number: ['msrp'] },
  shipment: { time: ['shippedAt', 'seizedAt'], number: ['declaredValue'] },
};

export const NO_TIME = '';
export const NO_NUMBER = -1;

function first(entity: Entity, props: readonly string[] | undefined): string | number | undefined {
  const all = entity.properties as Readonly<Record<string, readonly PropertyValue[] | undefined>>;
  for (const prop of props ?? []) {
    const value = all[prop]?.[0]?.value;
    if (value !== undefined && String(value).trim() !== '') return value;
  }
  return undefined;
}

export function sortTimeOf(entity: Entity): string {
  const value = first(entity, SORT_PROPS[entity.kind]?.time);
  return value === undefined ? NO_TIME : String(value);
}

export function sortNumberOf(entity: Entity): number {
  const value = first(entity, SORT_PROPS[entity.kind]?.number);
  if (value === undefined) return NO_NUMBER;
  const number = typeof value === 'number' ? value : Number(value.replace(',', '.'));
  return Number.isFinite(number) ? number : NO_NUMBER;
}

/** The slots a kind can be sorted by: name and updated always, time and number when the kind has them. */
export function sortSlotsOf(kind: EntityKind): SortSlot[] {
  const props = SORT_PROPS[kind];
  return [
    'name',
    ...(props?.time ? (['time'] as const) : []),
    ...(props?.number ? (['number'] as const) : []),
    'updated',
  ];
}
