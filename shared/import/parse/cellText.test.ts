import type { CellObject } from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { cellText, isoFromSerial } from './cellText';

describe('Excel serial dates', () => {
  it.each([
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [60, false, '1900-02-29'],
    [61, false, '1900-03-01'],
    [45356, false, '2024-03-05'],
    [45356.6041666667, false, '2024-03-05T14:30:00'],
    [45356.99999999, false, '2024-03-06'],
    [0.5, false, '12:00:00'],
    [0, true, '1904-01-01'],
    [43894.25, true, '2024-03-05T06:00:00'],
  ])('%f (1904: %s) is %s', (serial, date1904, iso) => {
    expect(isoFromSerial(serial, date1904)).toBe(iso);
  });
});

describe('cell text', () => {
  it.each<[string, CellObject | undefined, string]>([
    ['a missing cell', undefined, ''],
    ['text with a leading zero', { t: 's', v: '00123', w: '00123' }, '00123'],
    [
      'a General whole number, in full',
      { t: 'n', v: 4006381333931, z: 'General', w: '4.00638E+12' },
      '4006381333931',
    ],
    ['a General fraction, as shown', { t: 'n', v: 0.30000000000000004, z: 'General', w: '0.3' }, '0.3'],
    ['a zero-padded postcode', { t: 'n', v: 1234, z: '00000', w: '01234' }, '01234'],
    ['a price', { t: 'n', v: 71.9, z: '#,##0.00 "€"', w: '71.90 €' }, '71.90 €'],
    ['a date, as ISO not as shown', { t: 'n', v: 45356, z: 'm/d/yy', w: '3/5/24' }, '2024-03-05'],
    ['an elapsed time, as shown', { t: 'n', v: 1.5, z: '[h]:mm', w: '36:00' }, '36:00'],
    ['a boolean', { t: 'b', v: false }, 'FALSE'],
    ['an error', { t: 'e', v: 42, w: '#N/A' }, '#N/A'],
    ['a stub', { t: 'z' }, ''],
    ['a Date object', { t: 'd', v: new Date(Date.UTC(2024, 2, 5)) }, '2024-03-05'],
  ])('%s', (_, cell, text) => {
    expect(cellText(cell, false)).toBe(text);
  });
});
