import { describe, expect, it } from 'vitest';
import { WINDOWS_1252_NOTE, decodeChunks, detectEncoding, readTextHead } from './decode';
import { ParseError } from './errors';
import { fixtureBytes, fixtureSource, utf16le } from './fixtures/testSupport';
import { bytesSource } from './source';
import { decodeWindows1252 } from './windows1252';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function decodeAllChunks(
  pieces: Uint8Array[],
  encoding: Parameters<typeof decodeChunks>[1],
): Promise<string[]> {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (const piece of pieces) yield await Promise.resolve(piece);
  }
  const out: string[] = [];
  for await (const text of decodeChunks(chunks(), encoding)) out.push(text);
  return out;
}

describe('encoding detection', () => {
  it.each([
    ['UTF-8 BOM', [0xef, 0xbb, 0xbf, 0x61], 'utf-8'],
    ['UTF-16LE BOM', [0xff, 0xfe, 0x61, 0x00], 'utf-16le'],
    ['UTF-16BE BOM', [0xfe, 0xff, 0x00, 0x61], 'utf-16be'],
  ] as const)('honours a %s', (_, bytes, encoding) => {
    expect(detectEncoding('a.csv', Uint8Array.from(bytes), true)).toEqual({ encoding, bom: true, notes: [] });
  });

  it('takes valid UTF-8 as UTF-8, even when the sample ends inside a character', () => {
    const sample = utf8('Händler;Магазин;👟').subarray(0, -2); // the emoji is cut after two of its four bytes
    expect(detectEncoding('a.csv', sample, false)).toEqual({ encoding: 'utf-8', bom: false, notes: [] });
    // The same cut bytes as a whole file are not valid UTF-8.
    expect(detectEncoding('a.csv', sample, true).encoding).toBe('windows-1252');
  });

  it('falls back to Windows-1252 with a warning', async () => {
    const guess = detectEncoding(
      'latin1-accents.valid.csv',
      await fixtureBytes('latin1-accents.valid.csv'),
      true,
    );
    expect(guess).toEqual({ encoding: 'windows-1252', bom: false, notes: [WINDOWS_1252_NOTE] });
    expect(WINDOWS_1252_NOTE.message).toBe(
      'Not valid UTF-8: read as Windows-1252 (Western European). Check accented letters.',
    );
  });

  it('reads UTF-16 without a BOM instead of calling it binary', () => {
    const le = Uint8Array.from(utf16le('seller;email\n'));
    expect(detectEncoding('a.txt', le, true).encoding).toBe('utf-16le');
  });

  it('refuses a PNG named .csv, naming the file and what it is', async () => {
    const bytes = await fixtureBytes('binary-disguised.invalid.csv');
    expect(() => detectEncoding('binary-disguised.invalid.csv', bytes, true)).toThrow(
      new ParseError(
        'binary-disguised.invalid.csv is not a text file: it is a PNG image. Add it as evidence instead of importing it as data.',
        { file: 'binary-disguised.invalid.csv' },
      ),
    );
  });

  it.each([
    [
      'ZIP',
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
      'it is a ZIP archive (an Excel .xlsx workbook is one). If it is a workbook, give it the .xlsx ending and import it again.',
    ],
    [
      'PDF',
      [...utf8('%PDF-1.7\n')],
      'it is a PDF document. Add it as evidence instead of importing it as data.',
    ],
    [
      'JPEG',
      [0xff, 0xd8, 0xff, 0xe0],
      'it is a JPEG image. Add it as evidence instead of importing it as data.',
    ],
    ['GIF', [...utf8('GIF89a')], 'it is a GIF image. Add it as evidence instead of importing it as data.'],
    [
      'NUL bytes',
      [0x61, 0x00, 0x62, 0x63, 0x64, 0x65, 0x00, 0x00, 0x00, 0x00],
      'it holds binary data. Check that this is the export you meant to import.',
    ],
  ])('refuses %s', (_, bytes, tail) => {
    expect(() => detectEncoding('x.csv', Uint8Array.from(bytes), true)).toThrow(
      `x.csv is not a text file: ${tail}`,
    );
  });

  it('decodes the head of a source with the BOM dropped', async () => {
    const head = await readTextHead(await fixtureSource('bom-crlf-mixed.valid.csv'));
    expect(head.encoding).toBe('utf-8');
    expect(head.bom).toBe(true);
    expect(head.complete).toBe(true);
    expect(head.text.startsWith(' seller_id , email')).toBe(true);
  });

  it('uses an encoding the investigator chose', async () => {
    const head = await readTextHead(bytesSource('a.csv', utf8('Müller')), 'windows-1252');
    expect(head).toMatchObject({ encoding: 'windows-1252', notes: [], text: 'MÃ¼ller' });
  });
});

describe('streaming decode', () => {
  it('joins a character split between chunks and drops the BOM', async () => {
    const bytes = utf8('\ufeffMüller 👟');
    const pieces = [bytes.subarray(0, 5), bytes.subarray(5, 11), bytes.subarray(11)];
    expect((await decodeAllChunks(pieces, 'utf-8')).join('')).toBe('Müller 👟');
  });

  it('decodes UTF-16BE across an odd split', async () => {
    const bytes = Uint8Array.from([0xfe, 0xff, 0x00, 0x41, 0x04, 0x1c, 0x00, 0x42]);
    expect((await decodeAllChunks([bytes.subarray(0, 5), bytes.subarray(5)], 'utf-16be')).join('')).toBe(
      'AМB',
    );
  });

  it('maps Windows-1252 bytes 0x80-0x9F to their letters, not to control characters', () => {
    // Node's own windows-1252 decoder gets these wrong (nodejs/node#60888); ours must not.
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x84, 0x93, 0x96, 0x99, 0x8c, 0xe9, 0x81]))).toBe(
      '€„“–™Œé\u0081',
    );
  });
});
