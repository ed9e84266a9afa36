/** Writing delimited text the way spreadsheet exports do: quote a cell only when it must be quoted. */

export function csvCell(value: string, delimiter: string): string {
  if (value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r')) {
    return `"${value.replace(/"/g, '""')}"`;
  }
  return value;
}

export function csvLine(cells: readonly string[], delimiter: string): string {
  return cells.map((cell) => csvCell(cell, delimiter)).join(delimiter);
}

/** A TSV cell cannot hold a tab or a line break, and TSV exports do not quote: they replace them. */
export function tsvCell(value: string): string {
  return value.replace(/[\t\r\n]+/g, ' ');
}

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** German number formatting by hand: `toLocaleString` depends on the ICU data of the machine. */
export function germanNumber(value: number, decimals: number): string {
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${decimals > 0 ? `,${fraction}` : ''}`;
}

/** English number formatting: thousands with commas, a decimal point. */
export function englishNumber(value: number, decimals: number): string {
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${value < 0 ? '-' : ''}${grouped}${decimals > 0 ? `.${fraction}` : ''}`;
}
