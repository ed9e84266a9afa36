/**
 * The columns of an entity table: the name, every property of the kind, and bookkeeping (sources, imports, tags,
 * updated). A column that an index can order by names its sort slot; the others can be shown and filtered.
 */
import { KINDS, type EntityKind } from '../model/kinds';
import { caption, type Entity, type PropertyValue } from '../model/entity';
import { propertyLabel } from '../model/propertyLabel';
import { SORT_PROPS, type SortSlot } from './sortKeys';

export type Column = Readonly<{
  id: string;
  label: string;
  sortSlot?: SortSlot;
  /** Shown when the investigator has not chosen columns for this kind yet. */
  visibleByDefault: boolean;
  numeric?: boolean;
}>;

const BOOKKEEPING: readonly Column[] = [
  { id: 'tags', label: 'Tags', visibleByDefault: true },
  { id: 'sources', label: 'Sources', visibleByDefault: false, numeric: true },
  { id: 'imports', label: 'Imports', visibleByDefault: false, numeric: true },
  { id: 'updated', label: 'Updated', sortSlot: 'updated', visibleByDefault: false },
];

/** How many properties a table shows before the investigator chooses: enough to tell rows apart. */
const DEFAULT_PROPS = 5;

export function columnsOf(kind: EntityKind): Column[] {
  const spec = KINDS[kind];
  const sorts = SORT_PROPS[kind];
  const props = (spec.props as readonly string[]).filter((p) => p !== spec.caption[0]);
  const propColumns = props.map((prop, index): Column => {
    const slot: SortSlot | undefined =
      sorts?.time?.[0] === prop ? 'time' : sorts?.number?.[0] === prop ? 'number' : undefined;
    return {
      id: prop,
      label: propertyLabel(prop),
      ...(slot ? { sortSlot: slot } : {}),
      visibleByDefault: index < DEFAULT_PROPS || slot !== undefined,
      ...(slot === 'number' ? { numeric: true } : {}),
    };
  });
  return [
    { id: 'name', label: 'Name', sortSlot: 'name', visibleByDefault: true },
    ...propColumns,
    ...BOOKKEEPING,
  ];
}

/** What a cell shows: the property's values joined (first value first), or the bookkeeping figure. */
export function cellText(entity: Entity, columnId: string): string {
  switch (columnId) {
    case 'name':
      return caption(entity);
    case 'tags':
      return entity.tags.join(', ');
    case 'sources':
      return String(entity.sources.length);
    case 'imports':
      return String(entity.importIds.length);
    case 'updated':
      return entity.updatedAt.slice(0, 10);
    default: {
      const values = (entity.properties as Readonly<Record<string, readonly PropertyValue[] | undefined>>)[
        columnId
      ];
      return (values ?? []).map((v) => String(v.value)).join(' · ');
    }
  }
}
