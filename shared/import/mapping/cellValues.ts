/** The non-empty values of a mapped column in one record, split when the mapping says a cell holds several. */
import type { FieldValue } from '../types';

export function cellValues(value: FieldValue | undefined, split?: string): string[] {
  if (value === undefined) return [];
  const raw = typeof value === 'string' ? [value] : value;
  const pieces = split === undefined || split === '' ? raw : raw.flatMap((v) => v.split(split));
  return pieces.map((v) => v.trim()).filter((v) => v !== '');
}
