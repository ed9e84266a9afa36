/**
 * The calendar day in the date part of a value (the time of day is split off first, see date.ts): numeric forms
 * in any order (`2026-03-04`, `04.03.2026`, `4/3/26`, `20260304`) and written ones in six languages
 * (`4. März 2026`, `4 de março de 2026`, `Mar 4, 2026`, `4 марта 2026 г.`).
 *
 * Order of numeric dates: a four-digit first part is always year-month-day. Otherwise `options.order` decides
 * when given (strictly: `25/03/2026` read as MDY is rejected, not silently swapped). Without it, dotted dates are
 * DMY (nobody writes MDY with dots), and slashed or dashed ones are DMY unless only MDY is possible (`03/25/2026`).
 * Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (the POSIX rule).
 */
import { assertNever } from '../assertNever';
import { DATE_FILLERS, foldWord, MONTHS, WEEKDAYS } from './dateWords';

/** The order of day, month and year in a numeric date. */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';

export type CalendarDay = Readonly<{ year: number; month: number; day: number }>;

export type DayReading = Readonly<{ ok: true; day: CalendarDay }> | Readonly<{ ok: false; reason: string }>;

const MONTH_NAMES_EN =
  'January February March April May June July August September October November December'.split(' ');

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})[-/.](\d{2}|\d{4})$/;
/** `4th`, `1st`, `1er`, `1º` (NFKC makes it `1o`), `4.`: a day with its ordinal mark. */
const ORDINAL_DAY = /^(\d{1,2})(?:st|nd|rd|th|er|re|e|o|a)?$/;

const fullYear = (digits: string): number => {
  const value = Number(digits);
  if (digits.length !== 2) return value;
  return value < 70 ? 2000 + value : 1900 + value;
};

/** Checks that a year, month and day make a real date (`31.02.2026` does not). */
function calendarDay(year: number, month: number, day: number): DayReading {
  if (month < 1 || month > 12) return { ok: false, reason: `impossible date: there is no month ${month}` };
  if (year < 1000 || year > 9999) return { ok: false, reason: `impossible date: year ${year}` };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return {
      ok: false,
      reason: `impossible date: there is no ${day} ${MONTH_NAMES_EN[month - 1] ?? ''} ${year}`,
    };
  }
  return { ok: true, day: { year, month, day } };
}

function numericDay(
  first: string,
  separator: string,
  second: string,
  last: string,
  order?: DateOrder,
): DayReading {
  const a = Number(first);
  const b = Number(second);
  const chosen: DateOrder = order ?? (separator !== '.' && b > 12 && a <= 12 ? 'MDY' : 'DMY');
  switch (chosen) {
    case 'DMY':
      return calendarDay(fullYear(last), b, a);
    case 'MDY':
      return calendarDay(fullYear(last), a, b);
    case 'YMD':
      return calendarDay(fullYear(first), b, Number(last));
    default:
      return assertNever(chosen, 'date order');
  }
}

/** `4 March 2026`, `4. März 2026`, `Mar 4, 2026`, `le 4 mars 2026`, `4 марта 2026 г.` */
function writtenDay(text: string): DayReading | undefined {
  const words = text
    .split(/[^\p{L}\p{N}]+/u)
    .map(foldWord)
    .filter((word) => word !== '' && !WEEKDAYS.has(word) && !DATE_FILLERS.has(word));
  const months = words.filter((word) => MONTHS.has(word));
  if (months.length !== 1) return undefined;
  const numbers = words.filter((word) => !MONTHS.has(word));
  const year = numbers.find((word) => /^\d{4}$/.test(word));
  const rest = numbers.filter((word) => word !== year);
  const days = rest.map((word) => ORDINAL_DAY.exec(word)?.[1]);
  if (days.some((day) => day === undefined)) return undefined;
  const month = MONTHS.get(months[0] ?? '') ?? 0;
  // `4 Mar 26`: without a four-digit year the day comes first and the year second.
  if (year !== undefined && days.length === 1) return calendarDay(Number(year), month, Number(days[0]));
  if (year === undefined && days.length === 2)
    return calendarDay(fullYear(days[1] ?? ''), month, Number(days[0]));
  return undefined;
}

/** The calendar day of a date part, or `undefined` when it is in no form we read. */
export function readCalendarDay(text: string, order?: DateOrder): DayReading | undefined {
  const yearFirst = YEAR_FIRST.exec(text) ?? COMPACT.exec(text);
  if (yearFirst !== null)
    return calendarDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const numeric = NUMERIC.exec(text);
  if (numeric !== null) {
    const [, first = '', separator = '', second = '', last = ''] = numeric;
    return numericDay(first, separator, second, last, order);
  }
  return writtenDay(text);
}
