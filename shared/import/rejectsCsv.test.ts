import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ImportId, RejectRecord } from '../model';
import { rejectsToCsv } from './rejectsCsv';

const importId = 'imp-1' as ImportId;

describe('rejects as CSV', () => {
  it('writes one line per reject, quoting what needs quoting, and reads back the same', () => {
    const rejects: RejectRecord[] = [
      {
        importId,
        file: 'verkäufer.csv',
        location: 'row 17',
        row: 17,
        field: 'E-Mail',
        value: 'kein; gültiger "Wert"',
        reason: 'not an e-mail address: no @',
      },
      {
        importId,
        file: 'verkäufer.csv',
        location: 'row 18',
        row: 18,
        field: 'Telefon',
        value: 'zeile eins\nzeile zwei',
        reason: 'not a phone number',
      },
    ];
    const csv = rejectsToCsv(rejects);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[0]).toEqual(['file', 'location', 'row', 'field', 'value', 'reason']);
    expect(parsed[1]).toEqual([
      'verkäufer.csv',
      'row 17',
      '17',
      'E-Mail',
      'kein; gültiger "Wert"',
      'not an e-mail address: no @',
    ]);
    expect(parsed[2]?.[4]).toBe('zeile eins\nzeile zwei');
  });

  it('neutralizes values a spreadsheet would run as formulas', () => {
    const csv = rejectsToCsv([
      {
        importId,
        file: 'x.csv',
        location: 'row 2',
        row: 2,
        field: 'Telefon',
        value: '=HYPERLINK("http://evil.example","click")',
        reason: 'not a phone number',
      },
      {
        importId,
        file: 'x.csv',
        location: 'row 3',
        row: 3,
        field: 'Preis',
        value: '-12+3',
        reason: 'not a price',
      },
    ]);
    const parsed = Papa.parse<string[]>(csv.trim()).data;
    expect(parsed[1]?.[4]?.startsWith("'=")).toBe(true);
    expect(parsed[2]?.[4]?.startsWith("'-")).toBe(true);
  });
});
