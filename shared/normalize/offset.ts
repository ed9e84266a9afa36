/**
 * UTC offsets as dates write them (`Z`, `+01:00`, `+0100`, `+01`, `UTC`, `GMT-3`, `MSK`), in the one form the
 * ISO strings of this folder use: `Z` for UTC, `±HH:MM` otherwise.
 */

/** Zone abbreviations with one fixed offset. Ambiguous ones (`CST`, `IST`, `BST`) are not read. */
const NAMED: Readonly<Record<string, string>> = {
  z: 'Z',
  utc: 'Z',
  gmt: 'Z',
  wet: 'Z',
  west: '+01:00',
  cet: '+01:00',
  cest: '+02:00',
  mez: '+01:00',
  mesz: '+02:00',
  eet: '+02:00',
  eest: '+03:00',
  msk: '+03:00',
  brt: '-03:00',
  est: '-05:00',
  edt: '-04:00',
  pst: '-08:00',
  pdt: '-07:00',
};

const NUMERIC = /^(?:utc|gmt)?([+\-−])(\d{1,2})(?::?(\d{2}))?$/i;

/** The canonical form of an offset, or `undefined` when the text is not one (or is out of range). */
export function parseOffset(text: string): string | undefined {
  const key = text.trim().toLowerCase();
  const named = NAMED[key];
  if (named !== undefined) return named;
  const match = NUMERIC.exec(key);
  if (match === null) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 14 || minutes > 59) return undefined;
  if (hours === 0 && minutes === 0) return 'Z';
  const sign = match[1] === '+' ? '+' : '-';
  return `${sign}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
