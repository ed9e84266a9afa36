import { describe, expect, it } from 'vitest';
import { detectDecimalSeparator, parseNumber, type DecimalSetting } from './number';

describe('parseNumber', () => {
  it.each<[string, DecimalSetting, number]>([
    ['1906', 'auto', 1906],
    ["'1906", 'auto', 1906],
    ['  42  ', 'auto', 42],
    ['71,90', 'auto', 71.9],
    ['71.90', 'auto', 71.9],
    ['1.234,56', 'auto', 1234.56],
    ['1,234.56', 'auto', 1234.56],
    ['1 234,56', 'auto', 1234.56],
    ['1\u00a0234,56', 'auto', 1234.56],
    ['1\u202f234,56', 'auto', 1234.56],
    ["1'234.50", 'auto', 1234.5],
    ['1.234.567', 'auto', 1234567],
    ['1,234,567', 'auto', 1234567],
    ['1.234.567,89', 'auto', 1234567.89],
    ['0,906', 'auto', 0.906],
    ['1 234,567', 'auto', 1234.567],
    ['-12,5', 'auto', -12.5],
    ['−12,5', 'auto', -12.5],
    ['+3', 'auto', 3],
    [',5', 'auto', 0.5],
    ['1.23E+05', 'auto', 123000],
    ['1,906', ',', 1.906],
    ['1,906', '.', 1906],
    ['1.906', ',', 1906],
    ['1.906', '.', 1.906],
    ['1.234,56', ',', 1234.56],
    ['1,234.56', '.', 1234.56],
    ['12', ',', 12],
  ])('%j (decimal %s) -> %d', (raw, decimal, expected) => {
    expect(parseNumber(raw, decimal)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, DecimalSetting, string]>([
    ['', 'auto', 'empty'],
    ['   ', ',', 'empty'],
    ["'", 'auto', 'empty'],
    [
      '1,906',
      'auto',
      'ambiguous: "1,906" could be a whole number or a decimal one; set the decimal separator',
    ],
    [
      '1.906',
      'auto',
      'ambiguous: "1.906" could be a whole number or a decimal one; set the decimal separator',
    ],
    ['12,5%', 'auto', 'a percentage, not a plain number: "12,5%"'],
    ['71,90 €', 'auto', 'not a number: "71,90 €"'],
    ['ca. 12', 'auto', 'not a number: "ca. 12"'],
    ['zwölf', 'auto', 'not a number: "zwölf"'],
    ['12-15', 'auto', 'not a number: "12-15"'],
    ['5,', 'auto', 'not a number: "5,"'],
    ['🔥', 'auto', 'not a number: "🔥"'],
    ['71.90', ',', 'not a number with "," as decimal separator: "71.90"'],
    ['1,234.56', ',', 'not a number with "," as decimal separator: "1,234.56"'],
    ['1,00,000', '.', 'not a number with "." as decimal separator: "1,00,000"'],
  ])('%j (decimal %s) is rejected: %s', (raw, decimal, reason) => {
    expect(parseNumber(raw, decimal)).toEqual({ ok: false, reason });
  });

  it('defaults to auto', () => {
    expect(parseNumber('1.234,56')).toEqual({ ok: true, value: 1234.56 });
  });
});

describe('detectDecimalSeparator', () => {
  it.each<[readonly string[], ',' | '.' | undefined]>([
    [['71,90', '1.234,56'], ','],
    [['19.99', '1,299.00'], '.'],
    [['R$ 1.299,90', 'R$ 89,90'], ','],
    [['$19.99', 'US$ 5.00'], '.'],
    [['71,90 €', '', '   '], ','],
    [['1.234.567', '12'], ','],
    [['1,906', '2,500', '1906'], undefined],
    [['1906', '42'], undefined],
    [[], undefined],
    [['1,5', '2.5'], undefined],
    [['1,5', '2,25', '3.75'], ','],
    [['0.906'], '.'],
  ])('%j -> %s', (samples, expected) => {
    expect(detectDecimalSeparator(samples)).toBe(expected);
  });
});
