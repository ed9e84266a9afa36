import { describe, expect, it } from 'vitest';
import { zipEntryTime } from './zipTime';

const fields = (d: Date): number[] => [
  d.getFullYear(),
  d.getMonth() + 1,
  d.getDate(),
  d.getHours(),
  d.getMinutes(),
];

describe('zip entry time', () => {
  it('carries the UTC fields of the case’s last change as local fields, clamped to what a ZIP can hold', () => {
    expect(fields(zipEntryTime('2026-11-25T16:45:30.000Z'))).toEqual([2026, 11, 25, 16, 45]);
    expect(fields(zipEntryTime('2026-11-25T18:45:30+02:00'))).toEqual([2026, 11, 25, 16, 45]);
    expect(fields(zipEntryTime('1975-06-01T00:00:00Z'))).toEqual([1980, 1, 1, 0, 0]);
    expect(fields(zipEntryTime('2150-01-01T00:00:00Z'))).toEqual([2099, 12, 31, 23, 59]);
    expect(fields(zipEntryTime('not a date'))).toEqual([1980, 1, 1, 0, 0]);
  });
});
