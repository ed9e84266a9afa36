import { describe, expect, it } from 'vitest';
import { parseDelimited, previewDelimited } from './csv';
import { WINDOWS_1252_NOTE } from './decode';
import { ParseError } from './errors';
import { collect, fixtureSource, textSource, trickleSource } from './fixtures/testSupport';
import type { ByteSource } from './source';

describe('parseDelimited on fixtures', () => {
  it('reads a German seller export: semicolons, a multi-line quoted Impressum, Cyrillic, emoji, blank rows', async () => {
    const { records, errors, error } = await collect(
      parseDelimited(await fixtureSource('multiline-quoted.valid.csv')),
    );
    expect(error).toBeUndefined();
    expect(errors).toEqual([]);
    expect(records).toEqual([
      {
        locator: { row: 2 },
        fields: {
          'Verkäufer-ID': 'A1B2C3',
          Shopname: 'Markenschnäppchen24',
          'E-Mail': 'info@schnaeppchen24.de',
          Telefon: '+49 30 1234567',
          Preis: '71,90',
          Impressum: 'Schnäppchen24 GmbH\nMusterstraße 12\n10115 Berlin\nGeschäftsführer: Max "Maxi" Müller',
          Bewertung: '4,7',
        },
      },
      {
        // Row 3 although it starts on line 6: the Impressum above spans four lines but is one row.
        locator: { row: 3 },
        fields: {
          'Verkäufer-ID': 'D4E5F6',
          Shopname: 'Магазин Люкс',
          'E-Mail': 'lux-shop@mail.ru',
          Telefon: '+7 495 123-45-67',
          Preis: '1.299,00',
          Impressum: 'ООО «Люкс»; Москва',
          Bewertung: '   ',
        },
      },
      {
        // Rows 4 (empty) and 5 (whitespace only) are skipped but counted, as a spreadsheet shows them.
        locator: { row: 6 },
        fields: {
          'Verkäufer-ID': 'G7H8I9',
          Shopname: '👟 Sneaker Outlet 🔥',
          'E-Mail': '',
          Telefon: '+49 176 9876543',
          Preis: '49,95',
          Impressum: '',
          Bewertung: '4,1',
        },
      },
    ]);
  });

  it('reads Windows-1252 text, including the euro sign and typographic quotes', async () => {
    const source = await fixtureSource('latin1-accents.valid.csv');
    const { records } = await collect(parseDelimited(source));
    expect(records.map((r) => r.fields)).toEqual([
      {
        Händler: 'Café Müller',
        Straße: "Rue de l'Église 5",
        Preis: '12,50 €',
        Hinweis: '„Original“ – garantiert™',
      },
      { Händler: 'Señor Ñandú', Straße: 'Calle Año 3', Preis: '9,99 €', Hinweis: 'Œuvre naïve' },
    ]);
    const preview = await previewDelimited(source);
    expect(preview).toMatchObject({ delimiter: ';', encoding: 'windows-1252', notes: [WINDOWS_1252_NOTE] });
  });

  it('handles a BOM, mixed CRLF/LF/CR, duplicate and empty headers, short and long rows, trailing blank lines', async () => {
    const { records } = await collect(parseDelimited(await fixtureSource('bom-crlf-mixed.valid.csv')));
    expect(records).toEqual([
      {
        locator: { row: 2 },
        fields: {
          seller_id: 'S-001',
          email: 'a@example.com',
          'email (2)': 'b@example.com',
          'column 4': 'x',
          phone: '+1 555 0100',
        },
      },
      {
        locator: { row: 3 },
        fields: { seller_id: 'S-002', email: 'c@example.com', 'email (2)': '', 'column 4': '', phone: '' },
      },
      {
        locator: { row: 4 },
        fields: {
          seller_id: 'S-003',
          email: 'd@example.com',
          'email (2)': 'e@example.com',
          'column 4': 'y',
          phone: '+1 555 0102',
          'column 6': 'EXTRA',
        },
      },
      {
        locator: { row: 5 },
        fields: {
          seller_id: 'S-004',
          email: 'f@example.com',
          'email (2)': '',
          'column 4': 'z',
          phone: '+1 555 0103',
        },
      },
    ]);
  });

  it('reads the same records when every chunk is a single byte', async () => {
    for (const name of [
      'bom-crlf-mixed.valid.csv',
      'multiline-quoted.valid.csv',
      'latin1-accents.valid.csv',
    ]) {
      const source = await fixtureSource(name);
      const whole = await collect(parseDelimited(source));
      const trickled = await collect(parseDelimited(trickleSource(source, 1)));
      expect(trickled.records).toEqual(whole.records);
    }
  });

  it('reads tab-separated text, where commas and inner quotes are plain text', async () => {
    const { records } = await collect(parseDelimited(await fixtureSource('tab-separated.valid.tsv')));
    expect(records.map((r) => r.fields)).toEqual([
      {
        listing_id: 'B0C1234567',
        title: 'Nike Air Max 90 "Infrared"',
        price: '59.99',
        currency: 'USD',
        seller: 'SneakerKing88',
      },
      {
        listing_id: 'MLB3456789012',
        title: 'Tênis Nike, Original',
        price: '249,90',
        currency: 'BRL',
        seller: 'loja_esportes',
      },
    ]);
  });

  it('yields the rows before an unclosed quote, then names the row in a ParseError', async () => {
    const { records, error } = await collect(
      parseDelimited(await fixtureSource('unterminated-quote.invalid.csv')),
    );
    expect(records).toEqual([
      { locator: { row: 2 }, fields: { seller: 'S1', email: 'a@example.com', note: 'fine' } },
    ]);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({
      file: 'unterminated-quote.invalid.csv',
      row: 3,
      message:
        'unterminated-quote.invalid.csv, row 3: a quoted cell never closes (a " is missing or extra), so the rest of the ' +
        'file cannot be split into rows. The rows before row 3 were read; fix the quote in row 3 and import the file ' +
        'again for the rest.',
    });
  });

  it('refuses an empty file', async () => {
    const { records, error } = await collect(parseDelimited(await fixtureSource('empty.invalid.csv')));
    expect(records).toEqual([]);
    expect(error).toMatchObject({
      message:
        'empty.invalid.csv is empty: there is no header row and no data. Check that the export finished.',
    });
    await expect(previewDelimited(textSource('seller-export.csv', '\n \r\n'))).rejects.toThrow(
      'seller-export.csv is empty: there is no header row and no data. Check that the export finished.',
    );
  });

  it('accepts a file with only a header', async () => {
    const source = await fixtureSource('only-header.valid.csv');
    expect(await collect(parseDelimited(source))).toEqual({ records: [], errors: [], batchSizes: [] });
    expect(await previewDelimited(source)).toEqual({
      headers: ['seller_id', 'storefront', 'email'],
      rows: [],
      delimiter: ',',
      encoding: 'utf-8',
      notes: [{ level: 'info', message: 'The file has a header row but no records.' }],
    });
  });

  it('refuses a PNG named .csv', async () => {
    const { error } = await collect(parseDelimited(await fixtureSource('binary-disguised.invalid.csv')));
    expect(error).toMatchObject({
      message:
        'binary-disguised.invalid.csv is not a text file: it is a PNG image. Add it as evidence instead of importing it as data.',
    });
  });
});

describe('parseDelimited options', () => {
  const text = 'id,name\n1,a\n2,b\n3,c\n4,d\n5,e\n';

  it('yields batches of the requested size', async () => {
    const { batchSizes, records } = await collect(
      parseDelimited(textSource('a.csv', text), { batchSize: 2 }),
    );
    expect(batchSizes).toEqual([2, 2, 1]);
    expect(records.map((r) => r.locator.row)).toEqual([2, 3, 4, 5, 6]);
  });

  it('uses a delimiter the investigator chose', async () => {
    const { records } = await collect(
      parseDelimited(textSource('a.csv', 'a;b,c\n1;2,3\n'), { delimiter: ',' }),
    );
    expect(records.map((r) => r.fields)).toEqual([{ 'a;b': '1;2', c: '3' }]);
    await expect(
      collect(parseDelimited(textSource('a.csv', text), { delimiter: '"' })),
    ).resolves.toMatchObject({
      error: new RangeError('A delimiter is one character other than a quote or a line break, not "\\"".'),
    });
  });

  it('keeps stray quotes inside cells as text', async () => {
    const text = 'title,size\nTV 55" screen,L\n"Monitor 27" IPS",M\n';
    const { records } = await collect(parseDelimited(textSource('listings.csv', text)));
    expect(records.map((r) => r.fields)).toEqual([
      { title: 'TV 55" screen', size: 'L' },
      { title: 'Monitor 27" IPS', size: 'M' },
    ]);
  });

  it('reads a single-column list and says so', async () => {
    const source = textSource('emails.csv', 'email\na@x.com\nb@y.com\n');
    const preview = await previewDelimited(source);
    expect(preview.headers).toEqual(['email']);
    expect(preview.rows.map((r) => r.fields)).toEqual([{ email: 'a@x.com' }, { email: 'b@y.com' }]);
    expect(preview.notes).toEqual([
      {
        level: 'info',
        message: 'No comma, semicolon, tab, pipe separates columns: read as a single column.',
      },
    ]);
  });

  it('previews only the first rows and lists extra columns among the headers', async () => {
    const preview = await previewDelimited(textSource('a.csv', 'id,name\n1,a,surplus\n2,b\n3,c\n'), 2);
    expect(preview.rows.map((r) => r.locator.row)).toEqual([2, 3]);
    expect(preview.headers).toEqual(['id', 'name', 'column 3']);
    expect(preview.notes).toEqual([
      {
        level: 'warning',
        message: 'Some rows have more cells than the header; the extra cells are kept as column 3.',
      },
    ]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const batches = parseDelimited(textSource('a.csv', text), { batchSize: 2, signal: controller.signal });
    const first = await batches.next();
    expect(first.done).toBe(false);
    controller.abort();
    await expect(batches.next()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('gives up on a record that runs past the limit instead of carrying it to the end of memory', async () => {
    // A quote opened in row 2 and never closed, followed by 5 MB: found after ~4 MB, not at the end of the file.
    const head = new TextEncoder().encode('id,note\n1,ok\n2,"never closed ');
    const size = head.byteLength + 5 * 1024 * 1024;
    let furthest = 0;
    const source: ByteSource = {
      name: 'runaway.csv',
      size,
      read: (offset, length) => {
        const end = Math.min(size, offset + length);
        furthest = Math.max(furthest, end);
        const out = new Uint8Array(end - offset).fill(0x78);
        out.set(head.subarray(offset, end), 0);
        return Promise.resolve(out);
      },
    };
    const { records, error } = await collect(parseDelimited(source));
    expect(records.map((r) => r.fields)).toEqual([{ id: '1', note: 'ok' }]);
    expect(error).toMatchObject({
      row: 3,
      message:
        'runaway.csv, row 3: the row runs on for more than 4 million characters. A quote (") that opens a cell is ' +
        'probably never closed, or the file is not a table. The rows before row 3 were read.',
    });
    expect(furthest).toBeLessThan(size);
  });
});

/**
 * A CSV of `rows` records that exists only as a function: every record has the same byte length, so any range can
 * be produced on demand and the file is never one string, in the test or in the parser.
 */
function generatedCsv(rows: number): {
  source: ByteSource;
  furthestRead: () => number;
  record: (i: number) => string;
} {
  const header = 'seller_id,storefront,email,note,price\n';
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const record = (i: number): string =>
    `S${pad(i, 7)},"Shop ${pad(i, 7)}, Berlin",s${pad(i, 7)}@example.com,"Zeile 1\nZeile ""2""",${pad(i % 1000, 3)}.99\n`;
  const width = record(0).length;
  const size = header.length + rows * width;
  let furthest = 0;
  const encoder = new TextEncoder();
  const source: ByteSource = {
    name: 'generated.csv',
    size,
    read: (offset, length) => {
      const end = Math.min(size, offset + length);
      furthest = Math.max(furthest, end);
      let text = offset < header.length ? header : '';
      const from = Math.max(0, Math.floor((offset - header.length) / width));
      const to = Math.min(rows, Math.ceil((end - header.length) / width));
      const parts: string[] = [];
      for (let i = from; i < to; i++) parts.push(record(i));
      text += parts.join('');
      const textStart = offset < header.length ? 0 : header.length + from * width;
      return Promise.resolve(encoder.encode(text).subarray(offset - textStart, end - textStart));
    },
  };
  return { source, furthestRead: () => furthest, record };
}

describe('streaming', () => {
  it('parses 200,000 generated rows with multi-line cells, reading the file piece by piece', async () => {
    const rows = 200_000;
    const { source, furthestRead } = generatedCsv(rows);
    const batches = parseDelimited(source, { batchSize: 5000 });
    let count = 0;
    let last: unknown;
    let readWhenFirstBatchArrived: number | undefined;
    for await (const batch of batches) {
      readWhenFirstBatchArrived ??= furthestRead();
      count += batch.records.length;
      last = batch.records.at(-1);
    }
    expect(count).toBe(rows);
    expect(last).toEqual({
      // Record-based numbering: each record spans two lines, yet the last one is row 200,001.
      locator: { row: rows + 1 },
      fields: {
        seller_id: 'S0199999',
        storefront: 'Shop 0199999, Berlin',
        email: 's0199999@example.com',
        note: 'Zeile 1\nZeile "2"',
        price: '999.99',
      },
    });
    // The first records came out after a megabyte or two had been read, not after the whole file.
    expect(source.size).toBeGreaterThan(15_000_000);
    expect(readWhenFirstBatchArrived).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});
