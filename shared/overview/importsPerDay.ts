/**
 * Rows imported per calendar day over the last weeks, for the overview's small chart. Days are the investigator's
 * local days (an import at half past midnight belongs to the day it was made on the clock on the wall), so this takes
 * `Date`s and reads their local fields; undone imports are left out because their rows are no longer in the store.
 */
import type { ImportRecord } from '../model';

export type DayRows = Readonly<{
  /** The local calendar day, YYYY-MM-DD. */
  day: string;
  rows: number;
  imports: number;
}>;

export type ImportsPerDay = Readonly<{
  /** One entry per day of the span, oldest first, ending today; days without imports have zeros. */
  days: readonly DayRows[];
  rows: number;
  imports: number;
  /** Days of the span with at least one import. */
  activeDays: number;
  /** The day with the most rows (the latest of equals), when any row was imported. */
  busiest?: DayRows;
}>;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local calendar day of a moment, YYYY-MM-DD. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function importsPerDay(
  imports: readonly Pick<ImportRecord, 'startedAt' | 'rowsRead' | 'status'>[],
  today: Date,
  span = 30,
): ImportsPerDay {
  // Stepping with the Date constructor (not by 24 hours) keeps daylight-saving days whole.
  const days = Array.from({ length: span }, (_, i) =>
    localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - (span - 1 - i))),
  );
  const byDay = new Map(days.map((day) => [day, { day, rows: 0, imports: 0 }]));
  for (const record of imports) {
    if (record.status === 'undone') continue;
    const bucket = byDay.get(localDay(new Date(record.startedAt)));
    if (!bucket) continue;
    bucket.rows += record.rowsRead;
    bucket.imports += 1;
  }
  const perDay = [...byDay.values()];
  let busiest: DayRows | undefined;
  for (const entry of perDay) if (entry.rows > 0 && entry.rows >= (busiest?.rows ?? 0)) busiest = entry;
  return {
    days: perDay,
    rows: perDay.reduce((sum, d) => sum + d.rows, 0),
    imports: perDay.reduce((sum, d) => sum + d.imports, 0),
    activeDays: perDay.filter((d) => d.imports > 0).length,
    ...(busiest ? { busiest } : {}),
  };
}
