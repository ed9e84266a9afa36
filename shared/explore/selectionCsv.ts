/**
 * A table selection as CSV, with the columns the table shows plus each entity's id and kind (so a colleague's
 * spreadsheet can be matched back). Values are untrusted: cells a spreadsheet would run as a formula are
 * neutralized.
 */
import Papa from 'papaparse';
import type { Entity } from '../model/entity';
import { cellText, type Column } from './columns';

export function selectionToCsv(entities: readonly Entity[], columns: readonly Column[]): string {
  return Papa.unparse(
    {
      fields: ['id', 'kind', ...columns.map((c) => c.label)],
      data: entities.map((entity) => [entity.id, entity.kind, ...columns.map((c) => cellText(entity, c.id))]),
    },
    { escapeFormulae: true, newline: '\r\n' },
  );
}
