/**
 * The rejects of an import as CSV, for the investigator to fix and send back to the data provider. Cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) are neutralized: rejected values are untrusted.
 */
import Papa from 'papaparse';
import type { RejectRecord } from '../model';

export const REJECTS_CSV_HEADER = ['file', 'location', 'row', 'field', 'value', 'reason'] as const;

export function rejectsToCsv(rejects: readonly RejectRecord[]): string {
  const rows = rejects.map((r) => [
    r.file,
    r.location,
    r.row === undefined ? '' : String(r.row),
    r.field,
    r.value,
    r.reason,
  ]);
  return Papa.unparse(
    { fields: [...REJECTS_CSV_HEADER], data: rows },
    { escapeFormulae: true, newline: '\r\n' },
  );
}
