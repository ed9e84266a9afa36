/**
 * A table selection as CSV, with the columns the table shows plus each entity's id and kind (so a colleague's
 * spreadsheet can be matched back). Values are untrusted: cells a spreadsheet would run as a formula are
 * neutralized. `toSafeCsv` is the one CSV writer for untrusted values (the evidence bundle's tables use it too).
 */
import Papa from 'papaparse';
import type { Entity } from '../model/entity';
import { cellText, type Column } from './columns';

/**
 * A cell a spreadsheet may run as a formula (or that Excel shifts into one): it starts with `=`, `+`, `-`, `@`, a tab
 * or a carriage return. Papa Parse's own default (`/^[=+\-@\t\r].*$/`) misses such a cell when it also holds a line
 * break (`.` stops at `\n` and `$` needs the end of the text), and `=CMD(…)\nmore` is exactly what an attacker writes.
 */
export const SPREADSHEET_FORMULA = /^[=+\-@\t\r]/;

/** RFC 4180 CSV (CRLF, quotes doubled) with formula-like cells prefixed with `'` so they show as text. */
export function toSafeCsv(
  fields: readonly string[],
  data: readonly (readonly (string | number)[])[],
): string {
  return Papa.unparse(
    { fields: [...fields], data: data.map((row) => [...row]) },
    { escapeFormulae: SPREADSHEET_FORMULA, newline: '\r\n' },
  );
}

export function selectionToCsv(entities: readonly Entity[], columns: readonly Column[]): string {
  return toSafeCsv(
    ['id', 'kind', ...columns.map((c) => c.label)],
    entities.map((entity) => [entity.id, entity.kind, ...columns.map((c) => cellText(entity, c.id))]),
  );
}
