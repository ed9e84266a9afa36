import { describe, expect, it } from 'vitest';
import { decodeTextPreview } from './textPreview';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('the start of a text file', () => {
  it('shows a small file whole', () => {
    expect(decodeTextPreview(utf8('seller_id;shop\nA1X;Sneaker Paradies 👟\n'))).toEqual({
      text: 'seller_id;shop\nA1X;Sneaker Paradies 👟\n',
      charset: 'utf-8',
      shownBytes: 41,
      truncated: false,
    });
  });

  it('cuts at the limit without leaving half a character behind', () => {
    const bytes = utf8('ab€cd'); // € is three bytes: 2..4
    expect(decodeTextPreview(bytes, bytes.length, 4)).toMatchObject({
      text: 'ab',
      shownBytes: 4,
      truncated: true,
    });
    expect(decodeTextPreview(bytes, bytes.length, 5)).toMatchObject({ text: 'ab€', truncated: true });
  });

  it('knows it was cut when given only the start of a larger file', () => {
    expect(decodeTextPreview(utf8('abc'), 10_000_000)).toMatchObject({ text: 'abc', truncated: true });
  });

  it('reads UTF-16 with a byte order mark, and replaces invalid UTF-8 instead of failing', () => {
    expect(decodeTextPreview(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x1c, 0x04])).text).toBe('AМ');
    expect(decodeTextPreview(new Uint8Array([0x41, 0xff, 0x42])).text).toBe('A\uFFFDB');
  });
});
