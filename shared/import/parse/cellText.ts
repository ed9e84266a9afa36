/**
 * A worksheet cell as text. The rule is "what the investigator sees in Excel, unless that loses information":
 *
 * - text cells: the text itself (`00123` keeps its leading zero);
 * - dates: ISO 8601 (`2024-03-05`, `2024-03-05T14:30:00`, `14:30:00`), never the display format, because
 *   `3/5/24` means 5 March in Berlin and 3 May in Chicago and the import must not guess;
 * - numbers with an explicit format: the formatted text (`71.90 €`, `01234` for a zero-padded postcode, `12%`),
 *   because the format is the author's meaning;
 * - whole numbers in the General format: all digits (`4006381333931`), because Excel's General display turns a
 *   GTIN or an account id into `4.00638E+12`; other General numbers use the formatted text (`0.3`, not
 *   `0.30000000000000004`);
 * - booleans `TRUE`/`FALSE` and errors `#N/A` as Excel shows them.
 */
import { SSF, type CellObject } from '@e965/xlsx';

/** The part of SheetJS's number-format library we use; its typings declare it `any`. */
const formats = SSF as { is_date(format: string): boolean };

const DAY_MS = 86_400_000;
/** Excel's day 0 in the 1900 date system is 1899-12-30 (its fictitious 1900-02-29 is day 60). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** The text of one cell; `''` for a missing or empty cell. `date1904` is the workbook's date system. */
export function cellText(cell: CellObject | undefined, date1904: boolean): string {
  if (cell === undefined) return '';
  switch (cell.t) {
    case 's':
      return typeof cell.v === 'string' ? cell.v : (cell.w ?? '');
    case 'b':
      return cell.v === true ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#ERROR';
    case 'z':
      return '';
    case 'd':
      return cell.v instanceof Date ? isoFromUtcDate(cell.v) : String(cell.v ?? '');
    case 'n':
      return numberText(cell, date1904);
  }
}

function numberText(cell: CellObject, date1904: boolean): string {
  const value = typeof cell.v === 'number' ? cell.v : Number(cell.v);
  if (!Number.isFinite(value)) return cell.w ?? '';
  const format = typeof cell.z === 'string' ? cell.z : 'General';
  if (format !== 'General' && isDateFormat(format)) return isoFromSerial(value, date1904);
  if (format === 'General' && Number.isInteger(value)) return String(value);
  return cell.w ?? String(value);
}

/** A date or time format, but not an elapsed-time one (`[h]:mm` totals hours; it is not a time of day). */
function isDateFormat(format: string): boolean {
  return !/\[(h+|m+|s+)\]/i.test(format) && formats.is_date(format);
}

/**
 * An Excel serial date as ISO 8601 wall-clock time, with no time zone: Excel stores none, and converting through
 * the machine's zone would shift dates by a day for anyone west of Greenwich. Times are rounded to the second.
 */
export function isoFromSerial(serial: number, date1904: boolean): string {
  const totalSeconds = Math.round(serial * 86_400);
  const days = Math.floor(totalSeconds / 86_400);
  const seconds = totalSeconds - days * 86_400;
  const time = seconds === 0 ? '' : clock(seconds);
  if (days === 0 && !date1904) return time === '' ? '00:00:00' : time;
  // Serials below 60 come before Excel's fictitious 1900-02-29, so they are one day further from the epoch.
  const shift = !date1904 && days < 60 ? 1 : 0;
  const date =
    !date1904 && days === 60
      ? '1900-02-29'
      : new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + (days + shift) * DAY_MS).toISOString().slice(0, 10);
  return time === '' ? date : `${date}T${time}`;
}

function clock(seconds: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
}

/** A date cell SheetJS already turned into a `Date` (its readers treat the serial as UTC). */
function isoFromUtcDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}
