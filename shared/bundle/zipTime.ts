/**
 * The modification time written into every entry of a bundle. A ZIP stores it as MS-DOS local date and time, which
 * cannot say a year before 1980 and has no time zone; fflate reads the date's *local* fields. A bundle must come
 * out byte-identical on an investigator's laptop in Berlin and a reviewer's in São Paulo, so the time handed over
 * is built so that its local fields are the UTC fields of the case's last change.
 */
const DOS_EPOCH = Date.UTC(1980, 0, 1);
/** The last moment a DOS date can hold (year 1980 + 119). */
const DOS_END = Date.UTC(2099, 11, 31, 23, 59, 58);

/** The UTC fields of `iso`, clamped to what a ZIP can store, as a Date whose local fields are those. */
export function zipEntryTime(iso: string): Date {
  const parsed = Date.parse(iso);
  const utc = Number.isNaN(parsed) ? DOS_EPOCH : Math.min(Math.max(parsed, DOS_EPOCH), DOS_END);
  const d = new Date(utc);
  const local = new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );
  // A time inside a daylight-saving gap of the local zone (02:30 on the night clocks go forward) does not exist
  // locally and would shift by an hour, differently from one zone to the next: 03:00 UTC-fields is the same answer
  // everywhere, and a bundle's times are to the minute of the case's last change, not evidence themselves.
  if (local.getHours() !== d.getUTCHours()) {
    return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours() + 1, 0, 0);
  }
  return local;
}
