import { describe, expect, it } from 'vitest';
import { readCalendarDay, type DateOrder } from './calendarDay';

describe('readCalendarDay', () => {
  it.each<[string, DateOrder | undefined, string]>([
    ['2026-03-04', undefined, '2026-3-4'],
    ['2026.3.4', 'MDY', '2026-3-4'],
    ['4.3.2026', 'MDY', '2026-4-3'],
    ['4/3/2026', undefined, '2026-3-4'],
    ['3/25/2026', undefined, '2026-3-25'],
    ['13/12/2026', undefined, '2026-12-13'],
    ['04.03.69', undefined, '2069-3-4'],
    ['04.03.70', undefined, '1970-3-4'],
    ['4 de março de 2026', undefined, '2026-3-4'],
    ['the 4th of March 2026', undefined, '2026-3-4'],
    ['4 Mar 26', undefined, '2026-3-4'],
    ['2026 4 de marzo', undefined, '2026-3-4'],
  ])('%j (%s) -> %s', (text, order, expected) => {
    const reading = readCalendarDay(text, order);
    expect(reading?.ok && `${reading.day.year}-${reading.day.month}-${reading.day.day}`).toBe(expected);
  });

  it.each([['4 5 2026'], ['March April 2026'], ['4 March'], ['Q1 2026'], ['']])('%j is no day', (text) => {
    expect(readCalendarDay(text)).toBeUndefined();
  });
});
