/**
 * Reading a bundle's case the way Review shows it: entity rows with their telling values, a filter, an entity's
 * links to others in the bundle, and the name of the annotations file. A bundle holds one case (hundreds of
 * entities, not millions), so everything here works on the arrays `readData()` returns, in memory.
 */
import {
  caption,
  KINDS,
  LINK_KINDS,
  propertyLabel,
  type Entity,
  type EntityId,
  type Link,
  type PropertyValue,
} from '../model';

export type EntityRow = Readonly<{
  id: EntityId;
  kind: Entity['kind'];
  kindLabel: string;
  name: string;
  /** A few properties besides the name, "Platform: amazon.de", so rows can be told apart. */
  keyValues: readonly string[];
  /** Everything a filter may match, folded to lower case once. */
  haystack: string;
}>;

const KEY_VALUES = 3;

function propertiesOf(entity: Entity): [string, readonly PropertyValue[]][] {
  return Object.entries(entity.properties as Readonly<Record<string, readonly PropertyValue[] | undefined>>)
    .filter((entry): entry is [string, readonly PropertyValue[]] => (entry[1]?.length ?? 0) > 0)
    .map(([prop, values]) => [prop, values]);
}

export function entityRow(entity: Entity): EntityRow {
  const name = caption(entity);
  const captionProps = new Set<string>(KINDS[entity.kind].caption);
  const properties = propertiesOf(entity);
  const keyValues = properties
    .filter(([prop]) => !captionProps.has(prop))
    .slice(0, KEY_VALUES)
    .map(([prop, values]) => `${propertyLabel(prop)}: ${values.map((v) => String(v.value)).join(', ')}`);
  const everything = [
    name,
    KINDS[entity.kind].label,
    ...properties.flatMap(([, vs]) => vs.map((v) => v.value)),
  ];
  return {
    id: entity.id,
    kind: entity.kind,
    kindLabel: KINDS[entity.kind].label,
    name,
    keyValues,
    haystack: everything.map(String).join('\n').toLocaleLowerCase(),
  };
}

/** Rows sorted by kind (in the order of the kinds table) then name. */
export function entityRows(entities: readonly Entity[]): EntityRow[] {
  const order = Object.keys(KINDS);
  return entities
    .map(entityRow)
    .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name));
}

/** Rows whose name, kind or any value holds every word typed, in any order and case. */
export function filterRows(rows: readonly EntityRow[], text: string): readonly EntityRow[] {
  const words = text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => words.every((word) => row.haystack.includes(word)));
}

export type Neighbour = Readonly<{
  link: Link;
  /** "sells", "uses (email)", read from the entity's side: outgoing as is, incoming with "by". */
  relation: string;
  direction: 'out' | 'in';
  otherId: EntityId;
  /** The other entity when the bundle holds it (links may point one step beyond what was exported). */
  other?: Entity;
}>;

/** An entity's links to others, outgoing first, each with the other end when the bundle has it. */
export function neighboursOf(
  id: EntityId,
  links: readonly Link[],
  byId: ReadonlyMap<EntityId, Entity>,
): readonly Neighbour[] {
  const result: Neighbour[] = [];
  for (const link of links) {
    const direction = link.from === id ? 'out' : link.to === id ? 'in' : undefined;
    if (direction === undefined || link.from === link.to) continue;
    const otherId = direction === 'out' ? link.to : link.from;
    const label = LINK_KINDS[link.kind].label;
    const relation = `${direction === 'out' ? label : `${label} by`}${link.role ? ` (${link.role})` : ''}`;
    const other = byId.get(otherId);
    result.push({ link, relation, direction, otherId, ...(other ? { other } : {}) });
  }
  return result.sort((a, b) =>
    a.direction === b.direction ? a.relation.localeCompare(b.relation) : a.direction === 'out' ? -1 : 1,
  );
}

/**
 * `<case reference>-review-<date>.json`, with anything a file system might refuse replaced, so "BPA/2026:114"
 * still saves.
 */
export function annotationsFileName(reference: string, at: Date): string {
  const safe = reference
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${safe === '' ? 'case' : safe}-review-${at.toISOString().slice(0, 10)}.json`;
}
