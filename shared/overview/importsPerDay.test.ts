import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../model';
import { importsPerDay, localDay } from './importsPerDay';

type Row = Pick<ImportRecord, 'startedAt' | 'rowsRead' | 'status'>;

// Local times, so the test reads the same in every time zone.
const at = (month: number, day: number, hour = 12): string =>
  new Date(2026, month - 1, day, hour).toISOString();
const imported = (startedAt: string, rowsRead: number, status: Row['status'] = 'done'): Row => ({
  startedAt,
  rowsRead,
  status,
});
const today = new Date(2026, 2, 10, 9, 30);

describe('localDay', () => {
  it('reads the local calendar day, zero-padded', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

describe('importsPerDay', () => {
  it('lists every day of the span, oldest first, ending today', () => {
    const result = importsPerDay([], today);
    expect(result.days).toHaveLength(30);
    expect(result.days[0]?.day).toBe('2026-02-09');
    expect(result.days[29]?.day).toBe('2026-03-10');
    expect(result).toMatchObject({ rows: 0, imports: 0, activeDays: 0 });
    expect(result.busiest).toBeUndefined();
  });

  it('sums rows and imports per local day', () => {
    const result = importsPerDay(
      [
        imported(at(3, 10, 0), 100),
        imported(at(3, 10, 23), 50),
        imported(at(3, 2), 400),
        imported(at(3, 9), 20, 'cancelled'),
      ],
      today,
    );
    const byDay = Object.fromEntries(result.days.filter((d) => d.imports > 0).map((d) => [d.day, d]));
    expect(byDay).toEqual({
      '2026-03-02': { day: '2026-03-02', rows: 400, imports: 1 },
      '2026-03-09': { day: '2026-03-09', rows: 20, imports: 1 },
      '2026-03-10': { day: '2026-03-10', rows: 150, imports: 2 },
    });
    expect(result).toMatchObject({ rows: 570, imports: 4, activeDays: 3 });
    expect(result.busiest?.day).toBe('2026-03-02');
  });

  it('leaves out undone imports and imports outside the span', () => {
    const result = importsPerDay(
      [
        imported(at(3, 5), 999, 'undone'),
        imported(at(2, 8), 10),
        imported(at(3, 11), 10),
        imported(at(2, 9), 7),
      ],
      today,
    );
    expect(result).toMatchObject({ rows: 7, imports: 1, activeDays: 1 });
    expect(result.days[0]).toEqual({ day: '2026-02-09', rows: 7, imports: 1 });
  });

  it('takes the latest of equally busy days, and a shorter span on request', () => {
    const result = importsPerDay([imported(at(3, 8), 5), imported(at(3, 9), 5)], today, 7);
    expect(result.days).toHaveLength(7);
    expect(result.busiest?.day).toBe('2026-03-09');
  });

  it('keeps a day whole across a change of clocks', () => {
    // Whatever the zone's rules, stepping by calendar days never skips or repeats a day.
    const days = importsPerDay([], new Date(2026, 3, 5), 60).days.map((d) => d.day);
    expect(new Set(days).size).toBe(60);
    expect(days[0]).toBe('2026-02-05');
  });
});
