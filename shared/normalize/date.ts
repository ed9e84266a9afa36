/**
 * Dates and times as exports, scrapes and customs lists write them, to ISO 8601.
 *
 * - A date alone is a day: `iso` is `YYYY-MM-DD`, `precision` `'day'`, no offset.
 * - A time with an offset keeps it (`2026-03-04T10:15:00+01:00` stays that instant and records `+01:00`); UTC is
 *   written `Z`. A time without one takes `options.defaultOffset`, or stays local wall time: `iso` has no offset
 *   and `offset` is `undefined`. We never assume the investigator's own time zone: a seizure list from Santos and
 *   a scrape made in Frankfurt are not in it.
 * - Unix timestamps (10 digits: seconds, 13: milliseconds) are UTC instants. Spreadsheet day numbers (`45720`)
 *   are read only with `excelSerial: true`; otherwise a bare number is rejected rather than taken for a date.
 * - Fractions of a second are cut to milliseconds.
 * - How `4/3/2026` is read: see calendarDay.ts.
 */
import { cleanCell } from './cell';
import { readCalendarDay, type CalendarDay, type DateOrder } from './calendarDay';
import { parseOffset } from './offset';
import { reject, type Rejected } from './result';

export type { DateOrder } from './calendarDay';

export type DateOptions = Readonly<{
  /** How to read numeric dates like `04/03/2026`; see calendarDay.ts for the default. */
  order?: DateOrder;
  /** Offset for times written without one (`+01:00`, `Z`, `-03:00`). */
  defaultOffset?: string;
  /** Read bare numbers as spreadsheet day numbers (1900 date system). */
  excelSerial?: boolean;
}>;

/** How much of the moment the value says: a day, or a time to the minute, second or millisecond. */
export type DatePrecision = 'day' | 'minute' | 'second' | 'millisecond';

export type ParsedDate =
  Readonly<{ ok: true; iso: string; precision: DatePrecision; offset: string | undefined }> | Rejected;

type TimeOfDay = Readonly<{
  hour: number;
  minute: number;
  second: number;
  millisecond: string;
  precision: DatePrecision;
}>;

/** A time at the end of the value: `10:15`, `10:15:30.123`, `10h15`, `10:15 PM`, `10:15 Uhr`, with a zone after. */
const TIME =
  /(?:^|[\sT,])(?:(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,9}))?)?|(?<hh>\d{1,2})h(?<mm>\d{2}))\s*(?:(?<ampm>[ap])\.?\s?m\.?)?(?:\s*(?:uhr|h))?\s*(?<zone>z|[+\-−]\d{2}(?::?\d{2})?|(?:utc|gmt)(?:\s?[+\-−]\d{1,2}(?::?\d{2})?)?|[a-z]{3,4})?$/iu;
/** Words between a date and its time: `um` (DE), `at`, `às` (PT), `a las` (ES), `à` (FR), `в` (RU). */
const CONNECTOR = /(?:[\s,]+(?:um|at|às|as|a las|à|a|em|в))?[\s,T]*$/iu;
const UNIX = /^(\d{10}|\d{13})$/;
const SERIAL = /^\d{1,7}(?:[.,]\d+)?$/;
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

const dayIso = ({ year, month, day }: CalendarDay): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

function timeIso(time: TimeOfDay): string {
  const seconds = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
  return time.precision === 'millisecond' ? `${seconds}.${time.millisecond}` : seconds;
}

function readTime(groups: Readonly<Record<string, string | undefined>>): TimeOfDay | string {
  let hour = Number(groups.h ?? groups.hh);
  const minute = Number(groups.m ?? groups.mm);
  const second = Number(groups.s ?? '0');
  const ampm = groups.ampm?.toLowerCase();
  if (ampm !== undefined) {
    if (hour < 1 || hour > 12) return `impossible time: ${hour} ${ampm}m`;
    hour = (hour % 12) + (ampm === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59)
    return `impossible time: ${pad(hour)}:${pad(minute)}:${pad(second)}`;
  const fraction = groups.f;
  const precision: DatePrecision =
    fraction !== undefined ? 'millisecond' : groups.s !== undefined ? 'second' : 'minute';
  return { hour, minute, second, millisecond: (fraction ?? '').slice(0, 3).padEnd(3, '0'), precision };
}

/** A Unix timestamp as an ISO instant in UTC. */
function fromUnix(digits: string): ParsedDate {
  const milliseconds = digits.length === 13;
  const iso = new Date(Number(digits) * (milliseconds ? 1 : 1000)).toISOString();
  return {
    ok: true,
    iso: milliseconds ? iso : iso.replace('.000Z', 'Z'),
    precision: milliseconds ? 'millisecond' : 'second',
    offset: 'Z',
  };
}

/** A spreadsheet day number (1900 date system, with Lotus's phantom 29 February 1900) as wall time. */
function fromSerial(text: string, offset: string | undefined): ParsedDate {
  const serial = Number(text.replace(',', '.'));
  if (serial < 1 || serial >= 2958466) return reject(`not a spreadsheet day number: ${text}`);
  if (Math.floor(serial) === 60)
    return reject('day 60 of spreadsheets is 29 February 1900, which did not exist');
  // Up to day 59 count from 31 December 1899; after the phantom day, from 30 December 1899.
  const epoch = Date.UTC(1899, 11, serial < 60 ? 31 : 30);
  const totalSeconds = Math.round(serial * 86400);
  const moment = new Date(epoch + totalSeconds * 1000);
  const day = dayIso({
    year: moment.getUTCFullYear(),
    month: moment.getUTCMonth() + 1,
    day: moment.getUTCDate(),
  });
  if (Number.isInteger(serial)) return { ok: true, iso: day, precision: 'day', offset: undefined };
  const time: TimeOfDay = {
    hour: moment.getUTCHours(),
    minute: moment.getUTCMinutes(),
    second: moment.getUTCSeconds(),
    millisecond: '000',
    precision: totalSeconds % 60 === 0 ? 'minute' : 'second',
  };
  return { ok: true, iso: `${day}T${timeIso(time)}${offset ?? ''}`, precision: time.precision, offset };
}

/** Reads a date or a date and time; see the file comment for the rules. */
export function parseDate(raw: string, options: DateOptions = {}): ParsedDate {
  const text = cleanCell(raw).normalize('NFKC');
  if (text === '') return reject('empty');
  const defaultOffset = options.defaultOffset === undefined ? undefined : parseOffset(options.defaultOffset);
  if (options.defaultOffset !== undefined && defaultOffset === undefined) {
    return reject(`invalid default offset "${options.defaultOffset}"`);
  }

  if (UNIX.test(text)) return fromUnix(text);
  if (SERIAL.test(text) && !/^\d{8}$/.test(text)) {
    return options.excelSerial === true
      ? fromSerial(text, defaultOffset)
      : reject('a number, not a date: set excelSerial to read spreadsheet day numbers');
  }

  const timeMatch = TIME.exec(text);
  const datePart = (timeMatch === null ? text : text.slice(0, timeMatch.index)).replace(CONNECTOR, '');
  const day = readCalendarDay(datePart, options.order);
  if (day === undefined) return reject(`not a date: "${text}"`);
  if (!day.ok) return day;
  if (timeMatch?.groups === undefined)
    return { ok: true, iso: dayIso(day.day), precision: 'day', offset: undefined };

  const time = readTime(timeMatch.groups);
  if (typeof time === 'string') return reject(time);
  const zone = timeMatch.groups.zone;
  const written = zone === undefined ? undefined : parseOffset(zone.replace(/\s/g, ''));
  if (zone !== undefined && written === undefined) return reject(`unknown time zone "${zone}"`);
  const offset = written ?? defaultOffset;
  return {
    ok: true,
    iso: `${dayIso(day.day)}T${timeIso(time)}${offset ?? ''}`,
    precision: time.precision,
    offset,
  };
}
