/**
 * `data/entities.csv` and `data/links.csv`: the case for a spreadsheet. One row per entity with one column per
 * property (several values of one property joined by ` | `), one row per link with both ends named. Values come
 * from sellers and scraped pages, so cells go through the project's one formula-safe CSV writer; a UTF-8 BOM makes
 * Excel read Cyrillic as Cyrillic instead of guessing a Windows code page.
 */
import { toSafeCsv } from '../explore/selectionCsv';
import { caption, KINDS, type Entity, type Link, type PropertyValue } from '../model';
import type { BundleContent } from './content';

const BOM = '\uFEFF';
const VALUE_SEPARATOR = ' | ';

/** Every property name of every kind, in the order the kinds table lists them, each once. */
const PROPERTY_COLUMNS: readonly string[] = [...new Set(Object.values(KINDS).flatMap((spec) => spec.props))];

function valuesOf(entity: Entity, prop: string): string {
  const list =
    (entity.properties as Readonly<Record<string, readonly PropertyValue[] | undefined>>)[prop] ?? [];
  return list.map((item) => String(item.value)).join(VALUE_SEPARATOR);
}

export function rolesOf(content: BundleContent): ReadonlyMap<string, string> {
  const roles = new Map<string, string>();
  for (const item of content.items) if (item.type === 'entity') roles.set(item.targetId, item.role);
  return roles;
}

export function entitiesCsv(content: BundleContent): string {
  const roles = rolesOf(content);
  const rows = content.entities.map((entity) => [
    entity.id,
    entity.kind,
    caption(entity),
    roles.get(entity.id) ?? '',
    entity.key,
    entity.tags.join(VALUE_SEPARATOR),
    entity.note ?? '',
    ...PROPERTY_COLUMNS.map((prop) => valuesOf(entity, prop)),
  ]);
  return (
    BOM +
    toSafeCsv(['id', 'kind', 'label', 'role', 'key', 'tags', 'note', ...PROPERTY_COLUMNS], rows) +
    '\r\n'
  );
}

export function linksCsv(content: BundleContent): string {
  const labels = new Map(content.entities.map((entity) => [entity.id as string, caption(entity)]));
  const rows = content.links.map((link: Link) => [
    link.id,
    link.kind,
    link.from,
    labels.get(link.from) ?? '',
    link.to,
    labels.get(link.to) ?? '',
    link.role ?? '',
    link.score === undefined ? '' : String(link.score),
    link.reason ?? '',
    link.createdAt,
    link.updatedAt,
  ]);
  return (
    BOM +
    toSafeCsv(
      [
        'id',
        'kind',
        'from',
        'from_label',
        'to',
        'to_label',
        'role',
        'score',
        'reason',
        'created_at',
        'updated_at',
      ],
      rows,
    ) +
    '\r\n'
  );
}
