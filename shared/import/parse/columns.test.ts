import { describe, expect, it } from 'vitest';
import { columnLetter, columnsFromHeader, isBlankRow, letteredColumn, rowFields } from './columns';

describe('column names', () => {
  it('trims, numbers duplicates and names empty headers', () => {
    const columns = columnsFromHeader([' email ', 'email', 'phone', 'email', '', 'column 5']);
    expect(columns.headers).toEqual(['email', 'email (2)', 'phone', 'email (3)', 'column 5', 'column 5 (2)']);
  });

  it('names cells beyond the header by position, unique among the headers', () => {
    const columns = columnsFromHeader(['id', 'column 3']);
    expect(columns.nameOf(2)).toBe('column 3 (2)');
    expect(columns.nameOf(3)).toBe('column 4');
    expect(columns.nameOf(2)).toBe('column 3 (2)');
  });

  it('names unnamed workbook columns by letter', () => {
    expect(columnsFromHeader(['id', ''], letteredColumn).headers).toEqual(['id', 'column B']);
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

describe('row fields', () => {
  const columns = columnsFromHeader(['id', 'email', 'phone']);

  it('pads a short row with empty cells', () => {
    expect(rowFields(columns, ['A1'])).toEqual({ id: 'A1', email: '', phone: '' });
  });

  it('keeps extra cells with content, drops empty ones', () => {
    expect(rowFields(columns, ['A1', 'a@x.com', '', 'extra', '', ' '])).toEqual({
      id: 'A1',
      email: 'a@x.com',
      phone: '',
      'column 4': 'extra',
    });
  });

  it('keeps cells exactly as written', () => {
    expect(rowFields(columns, [' A1 ', '  ', '\t'])).toEqual({ id: ' A1 ', email: '  ', phone: '\t' });
  });

  it('knows a blank row', () => {
    expect(isBlankRow(['', ' ', '\t'])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });
});
