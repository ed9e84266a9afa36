/**
 * Numbers as spreadsheets from five countries write them: `1.234,56` (DE, ES, PT, BR), `1,234.56` (EN),
 * `1 234,56` (FR, RU; with a space, a no-break space or a narrow no-break space), `1'234.56` (CH).
 *
 * The ambiguity rule: one `,` or `.` followed by exactly three digits (`1,906`, `1.906`) is either a thousands
 * separator or a decimal one, and nothing in the value says which. With `decimal` known, it is read accordingly;
 * with `'auto'` it is rejected as ambiguous, never guessed — a price of 1.906 read as 1906 would be a thousandfold
 * error. Import decides the separator once per column from a sample (`detectDecimalSeparator`), so in practice
 * `'auto'` only meets such values when the whole column is ambiguous. Unambiguous cases are read in `'auto'`:
 * both separators present (the last one is the decimal one), a separator repeated (`1.234.567`: thousands), a
 * separator not followed by exactly three digits (`71,90`), a leading zero (`0,906`), or digits grouped by spaces
 * before it (`1 234,567`).
 */
import { cleanCell } from './cell';
import { reject, type Rejected } from './result';

/** The character between the whole and the fractional part of a number. */
export type DecimalSeparator = ',' | '.';

/** A known decimal separator, or `'auto'` to read it from the value when the value is unambiguous. */
export type DecimalSetting = DecimalSeparator | 'auto';

export type ParsedNumber = Readonly<{ ok: true; value: number }> | Rejected;

const SIGN = /^([-−+]?)\s*/;
const NUMBER_CHARS = /^[\d.,' ’]+$/;
const EXPONENT = /^\d+(?:\.\d+)?e[+-]?\d+$/i;
/** Separators that only ever group thousands. */
const SPACE_GROUPS = /[ '’]/;

const count = (text: string, char: string): number => text.split(char).length - 1;

/** The decimal separator a single value proves on its own, if any (see the file comment). */
function decimalOf(body: string): DecimalSeparator | 'ambiguous' | undefined {
  const commas = count(body, ',');
  const dots = count(body, '.');
  if (commas > 0 && dots > 0) return body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  if (commas + dots === 0) return undefined;
  const separator: DecimalSeparator = commas > 0 ? ',' : '.';
  if (commas + dots > 1) return separator === ',' ? '.' : ',';
  const [before = '', after = ''] = body.split(separator);
  if (after.length !== 3) return separator;
  if (/^0*$/.test(before) || SPACE_GROUPS.test(before)) return separator;
  return 'ambiguous';
}

/** The whole digits of an integer part, if its grouping is thousands (`1.234.567`, `12 345`) or there is none. */
function ungroup(integerPart: string, group: string): string | undefined {
  const groups = integerPart.split(new RegExp(`[${group === '.' ? '.' : ','} '’]`));
  if (groups.length === 1) return integerPart;
  const [first = '', ...rest] = groups;
  const valid = /^\d{1,3}$/.test(first) && rest.every((part) => /^\d{3}$/.test(part));
  return valid ? groups.join('') : undefined;
}

/** Reads a number; `decimal` says which separator is the decimal one (see the file comment for `'auto'`). */
export function parseNumber(raw: string, decimal: DecimalSetting = 'auto'): ParsedNumber {
  const text = cleanCell(raw);
  if (text === '') return reject('empty');
  if (text.includes('%')) return reject(`a percentage, not a plain number: "${text}"`);
  const sign = SIGN.exec(text)?.[1] ?? '';
  const body = text.slice(SIGN.exec(text)?.[0].length ?? 0);
  const negative = sign === '-' || sign === '−';
  if (decimal !== ',' && EXPONENT.test(body)) {
    const value = Number(body);
    return Number.isFinite(value)
      ? { ok: true, value: negative ? -value : value }
      : reject(`not a number: "${text}"`);
  }
  if (!NUMBER_CHARS.test(body) || !/\d/.test(body) || !/\d$/.test(body))
    return reject(`not a number: "${text}"`);

  const found = decimalOf(body);
  if (decimal === 'auto' && found === 'ambiguous') {
    return reject(`ambiguous: "${text}" could be a whole number or a decimal one; set the decimal separator`);
  }
  const separator: DecimalSeparator = decimal !== 'auto' ? decimal : found === ',' ? ',' : '.';
  const cut = body.lastIndexOf(separator);
  const integerPart = cut === -1 ? body : body.slice(0, cut);
  const fraction = cut === -1 ? '' : body.slice(cut + 1);
  const whole = ungroup(integerPart, separator === ',' ? '.' : ',');
  if (whole === undefined || !/^\d*$/.test(whole) || !/^\d*$/.test(fraction)) {
    return reject(`not a number with "${separator}" as decimal separator: "${text}"`);
  }
  const value = Number(`${whole === '' ? '0' : whole}.${fraction === '' ? '0' : fraction}`);
  return { ok: true, value: negative ? -value : value };
}

/** The part of a cell that is a number, so prices (`R$ 1.299,90`) can be sampled too. */
const NUMERIC_CORE = /\d[\d.,' ’]*\d|\d/;

/**
 * The decimal separator a column uses, from a sample of its cells (`71,90` and `1.234,56` -> `,`), or `undefined`
 * when no value proves one or the sample is split evenly. Values that prove nothing (`1906`, `1,906`) do not vote.
 */
export function detectDecimalSeparator(samples: readonly string[]): DecimalSeparator | undefined {
  let commas = 0;
  let dots = 0;
  for (const sample of samples) {
    const core = NUMERIC_CORE.exec(cleanCell(sample))?.[0];
    const vote = core === undefined ? undefined : decimalOf(core);
    if (vote === ',') commas++;
    if (vote === '.') dots++;
  }
  if (commas === dots) return undefined;
  return commas > dots ? ',' : '.';
}
