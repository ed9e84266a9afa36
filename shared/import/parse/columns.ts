/**
 * Column names of a table. The names become the keys of `SourceRecord.fields` and what the mapping screen shows, so
 * they must be unique and readable: a second `email` column becomes `email (2)`, an unnamed fifth column
 * `column 5`, and cells beyond the header are kept under such names rather than dropped.
 */

/** The columns of one table, fixed by its header row. */
export type Columns = Readonly<{
  /** Names of the header cells, trimmed and made unique, in file order. */
  headers: readonly string[];
  /** The name of the column at a 0-based index, including columns to the right of the header. */
  nameOf(index: number): string;
}>;

/** How an unnamed column is called: `column 5` in a CSV, `column E` in a workbook, as each program shows it. */
export type UnnamedColumn = (index: number) => string;

/** `column 5`: the 1-based position, as a text editor or a CSV reader counts. */
export const numberedColumn: UnnamedColumn = (index) => `column ${index + 1}`;

/** `column E`: the worksheet's column letter, as Excel shows it. */
export const letteredColumn: UnnamedColumn = (index) => `column ${columnLetter(index)}`;

/** Columns from the header row's cells. */
export function columnsFromHeader(
  cells: readonly string[],
  unnamed: UnnamedColumn = numberedColumn,
): Columns {
  const used = new Set<string>();
  const claim = (wanted: string): string => {
    let name = wanted;
    for (let n = 2; used.has(name); n++) name = `${wanted} (${n})`;
    used.add(name);
    return name;
  };
  const headers = cells.map((cell, index) => {
    const trimmed = cell.trim();
    return claim(trimmed === '' ? unnamed(index) : trimmed);
  });
  const extra = new Map<number, string>();
  return {
    headers,
    nameOf: (index) => {
      const header = headers[index];
      if (header !== undefined) return header;
      let name = extra.get(index);
      if (name === undefined) {
        name = claim(unnamed(index));
        extra.set(index, name);
      }
      return name;
    },
  };
}

/**
 * A row's cells as fields: every header present (a short row is padded with `''`), and cells beyond the header
 * kept under their column's name when they hold something. Empty cells past the header add nothing but noise (a
 * trailing `;` on every line), so they are left out.
 */
export function rowFields(columns: Columns, cells: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  columns.headers.forEach((header, index) => {
    fields[header] = cells[index] ?? '';
  });
  for (let index = columns.headers.length; index < cells.length; index++) {
    const cell = cells[index] ?? '';
    if (cell.trim() !== '') fields[columns.nameOf(index)] = cell;
  }
  return fields;
}

/** True for a row with nothing in it but whitespace: such rows are skipped, never turned into empty records. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** `A`, `Z`, `AA`: the spreadsheet letter of a 0-based column index. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
