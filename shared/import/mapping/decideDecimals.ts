/**
 * When the decimal separator is left to the data, decide it per numeric column from the preview rows, once, so
 * every row of the file is read the same way (`1,906` must not be 1.906 in one row and 1906 in the next).
 */
import { detectDecimalSeparator } from '../../normalize';
import type { SourceRecord } from '../types';
import { cellValues } from './cellValues';
import { propertyType } from './propertyTypes';
import type { Mapping } from './types';

export function decideDecimals(mapping: Mapping, rows: readonly SourceRecord[]): Record<string, ',' | '.'> {
  if (mapping.options.decimal !== undefined && mapping.options.decimal !== 'auto') return {};
  const numeric = mapping.columns.filter((column) => {
    const type = propertyType(column.field);
    return type === 'number' || type === 'price';
  });
  const decided: Record<string, ',' | '.'> = {};
  for (const column of numeric) {
    const separator = detectDecimalSeparator(rows.flatMap((row) => cellValues(row.fields[column.column])));
    if (separator !== undefined) decided[column.column] = separator;
  }
  // A column of whole numbers (`2.315` reviews) says nothing by itself; the file's other columns do (`4,7` stars).
  const seen = new Set(Object.values(decided));
  const [only] = [...seen];
  if (seen.size === 1 && only !== undefined) {
    for (const column of numeric) decided[column.column] ??= only;
  }
  return decided;
}
