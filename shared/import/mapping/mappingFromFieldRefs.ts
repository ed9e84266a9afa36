/** A mapping from the compact `column -> slot.field` form (demo files, fixtures, exported notes). */
import { SLOT_KINDS, buildMapping, isIdentifierField } from './guessMapping';
import type { ColumnMapping, FieldRef, ImportOptions, Mapping } from './types';

export function mappingFromFieldRefs(
  refs: Readonly<Record<string, FieldRef | 'ignore'>>,
  platform: string | undefined,
  options: ImportOptions,
): Mapping {
  const columns: ColumnMapping[] = Object.entries(refs)
    .filter((entry): entry is [string, FieldRef] => entry[1] !== 'ignore')
    .map(([column, ref]) => {
      const slot = ref.slice(0, ref.indexOf('.'));
      const field = ref.slice(ref.indexOf('.') + 1);
      return {
        column,
        slot,
        field,
        ...(isIdentifierField(field, SLOT_KINDS[slot]) ? { role: column } : {}),
        ...(field === 'bio' ? { scanText: true } : {}),
      };
    });
  const platforms: Record<string, string> =
    platform === undefined
      ? {}
      : Object.fromEntries(['seller', 'listing', 'social'].map((slot) => [slot, platform]));
  return buildMapping(columns, platforms, options);
}
