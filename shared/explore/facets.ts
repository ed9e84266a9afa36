/**
 * Facets: the few properties a table of one kind is narrowed by (platform, country, brand, carrier, import),
 * stored on each entity as `kind|facet=value` keys of a multi-entry index. The kind is in the key so "listings on
 * amazon.de" is one index lookup even with sellers on amazon.de beside them.
 */
import type { EntityKind } from '../model/kinds';
import type { Entity, PropertyValue } from '../model/entity';

export type FacetName =
  'platform' | 'country' | 'brand' | 'carrier' | 'origin' | 'destination' | 'status' | 'import';

export const FACET_LABELS: Readonly<Record<FacetName, string>> = {
  platform: 'Platform',
  country: 'Country',
  brand: 'Brand',
  carrier: 'Carrier',
  origin: 'Origin',
  destination: 'Destination',
  status: 'Status',
  import: 'Import',
};

/** Which property each facet of a kind reads. `import` is every kind's and `status` is computed. */
const FACET_PROPS: Readonly<Partial<Record<EntityKind, Readonly<Partial<Record<FacetName, string>>>>>> = {
  seller: { platform: 'platform', country: 'country' },
  socialAccount: { platform: 'platform' },
  person: { country: 'country' },
  organization: { country: 'country' },
  listing: { platform: 'platform', brand: 'brand' },
  product: { brand: 'brand' },
  shipment: {
    carrier: 'carrier',
    origin: 'originCountry',
    destination: 'destinationCountry',
    brand: 'brandInfringed',
  },
  phone: { country: 'country' },
  address: { country: 'country' },
  username: { platform: 'platform' },
};

const COUNTRY_FACETS: ReadonlySet<FacetName> = new Set(['country', 'origin', 'destination']);
/** A property with more values than this is not a facet of that entity (a seller on 3 platforms is fine). */
const MAX_VALUES_PER_FACET = 3;

/** The facets a table of this kind offers, in the order the panel shows them. */
export function facetNamesOf(kind: EntityKind): FacetName[] {
  const names = Object.keys(FACET_PROPS[kind] ?? {}) as FacetName[];
  if (kind === 'shipment') names.push('status');
  names.push('import');
  return names;
}

export function facetKey(kind: EntityKind, facet: FacetName, value: string): string {
  return `${kind}|${facet}=${value}`;
}

/** `listing|platform=amazon.de` -> its parts, or undefined for anything else. */
export function parseFacetKey(
  key: string,
): Readonly<{ kind: EntityKind; facet: FacetName; value: string }> | undefined {
  const match = /^([a-zA-Z]+)\|([a-z]+)=(.*)$/s.exec(key);
  if (!match) return undefined;
  return { kind: match[1] as EntityKind, facet: match[2] as FacetName, value: match[3] ?? '' };
}

/** How a value is grouped: countries as upper-case codes, everything else folded to lower case and trimmed. */
export function facetValue(facet: FacetName, raw: string | number): string {
  const text = String(raw).trim().replace(/\s+/g, ' ');
  return COUNTRY_FACETS.has(facet) ? text.toUpperCase() : text.toLocaleLowerCase();
}

export function facetsOf(entity: Entity): string[] {
  const keys = new Set<string>();
  const props = entity.properties as Readonly<Record<string, readonly PropertyValue[] | undefined>>;
  for (const [facet, prop] of Object.entries(FACET_PROPS[entity.kind] ?? {}) as [FacetName, string][]) {
    for (const { value } of (props[prop] ?? []).slice(0, MAX_VALUES_PER_FACET)) {
      const folded = facetValue(facet, value);
      if (folded !== '') keys.add(facetKey(entity.kind, facet, folded));
    }
  }
  if (entity.kind === 'shipment') {
    const seized = (props.seizureId?.length ?? 0) > 0 || (props.seizedAt?.length ?? 0) > 0;
    keys.add(facetKey('shipment', 'status', seized ? 'seized' : 'not seized'));
  }
  for (const importId of entity.importIds) keys.add(facetKey(entity.kind, 'import', importId));
  return [...keys];
}
