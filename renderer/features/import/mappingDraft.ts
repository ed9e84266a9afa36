/**
 * The mapping being edited in the mapping step, in the form a person edits it (column -> meaning), and the
 * conversions to and from the store's `Mapping`.
 */
import { SLOT_KINDS, buildMapping, isIdentifierField } from '@shared/import/mapping/guessMapping';
import type { ImportOptions, Mapping } from '@shared/import/mapping/types';

export type MappingDraft = Readonly<{
  columns: Readonly<Record<string, `${string}.${string}` | 'ignore'>>;
  platforms: Readonly<Record<string, string>>;
  options: ImportOptions;
}>;

export function draftFromMapping(mapping: Mapping, headers: readonly string[]): MappingDraft {
  const columns: Record<string, `${string}.${string}` | 'ignore'> = Object.fromEntries(
    headers.map((h) => [h, 'ignore']),
  );
  for (const column of mapping.columns) columns[column.column] = `${column.slot}.${column.field}`;
  const platforms: Record<string, string> = {};
  for (const slot of mapping.slots) if (slot.platform !== undefined) platforms[slot.slot] = slot.platform;
  return { columns, platforms, options: mapping.options };
}

export function mappingFromDraft(draft: MappingDraft, previous?: Mapping): Mapping {
  const columns = Object.entries(draft.columns)
    .filter((entry): entry is [string, `${string}.${string}`] => entry[1] !== 'ignore')
    .map(([column, target]) => {
      const slot = target.slice(0, target.indexOf('.'));
      const field = target.slice(target.indexOf('.') + 1);
      const before = previous?.columns.find(
        (c) => c.column === column && c.slot === slot && c.field === field,
      );
      return {
        column,
        slot,
        field,
        ...(isIdentifierField(field, SLOT_KINDS[slot]) ? { role: before?.role ?? column } : {}),
        ...(before?.split === undefined ? {} : { split: before.split }),
        ...(field === 'bio' || before?.scanText ? { scanText: true } : {}),
      };
    });
  return buildMapping(columns, draft.platforms, draft.options);
}
