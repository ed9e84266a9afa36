/** Calendar arithmetic in UTC only, so a date never shifts with the time zone of the machine that runs the demo. */
import type { Random } from './random';

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function parse(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return format(parse(iso) + days * DAY_MS);
}

/** A day between `from` and `to`, both included (YYYY-MM-DD). */
export function randomDay(random: Random, from: string, to: string): string {
  const span = Math.round((parse(to) - parse(from)) / DAY_MS);
  return addDays(from, random.int(0, span));
}

/** `04.03.2026`, as German exports write dates. */
export function dottedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d ?? ''}.${m ?? ''}.${y ?? ''}`;
}

/** `04/03/2026`. */
export function slashedDate(iso: string): string {
  return dottedDate(iso).replace(/\./g, '/');
}

/** The serial number Excel stores for a date. */
export function excelSerial(iso: string): number {
  return Math.round((parse(iso) - EXCEL_EPOCH_MS) / DAY_MS);
}

/** Unix seconds at `hour`:`minute` UTC of the day. */
export function unixSeconds(iso: string, hour = 0, minute = 0): number {
  return Math.floor(parse(iso) / 1000) + hour * 3600 + minute * 60;
}
