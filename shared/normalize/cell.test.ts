import { describe, expect, it } from 'vitest';
import { cleanCell, isBlank } from './cell';

describe('cleanCell', () => {
  it.each([
    ['  Hauptstr. 5  ', 'Hauptstr. 5'],
    ['\ufeffseller_id', 'seller_id'],
    ['1\u00a0234,56', '1 234,56'],
    ['1\u202f234,56', '1 234,56'],
    ['shop\u200b.best', 'shop.best'],
    ['line one\r\nline two', 'line one line two'],
    ["'0049 6155 2302", '0049 6155 2302'],
    ["  ' 1906", '1906'],
    ["O'Neil", "O'Neil"],
    ['\u3000東京\u3000', '東京'],
    ['', ''],
  ])('%j -> %j', (raw, expected) => {
    expect(cleanCell(raw)).toBe(expected);
  });

  it.each([
    ['', true],
    [' \u00a0\u200b\t', true],
    ["'", true],
    ['0', false],
  ])('isBlank(%j) is %s', (raw, expected) => {
    expect(isBlank(raw)).toBe(expected);
  });
});
