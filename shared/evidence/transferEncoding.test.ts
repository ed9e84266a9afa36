import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeQuotedPrintable, encodeBase64 } from './transferEncoding';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('quoted-printable', () => {
  it('decodes escapes and joins soft line breaks, CRLF and LF alike', () => {
    const crlf = '<p class=3D"price">=E2=82=AC 49,90</p><p>Gr=C3=B6=C3=9F=\r\ne 42</p>';
    expect(text(decodeQuotedPrintable(bytes(crlf)))).toBe('<p class="price">€ 49,90</p><p>Größe 42</p>');
    expect(text(decodeQuotedPrintable(bytes(crlf.replace(/\r\n/g, '\n'))))).toBe(
      '<p class="price">€ 49,90</p><p>Größe 42</p>',
    );
  });

  it('keeps hard line breaks and drops whitespace a transport added before them', () => {
    expect(text(decodeQuotedPrintable(bytes('a  \r\nb\t\nc =20\nd')))).toBe('a\r\nb\nc  \nd');
  });

  it('treats "=" followed only by whitespace before the line end as a soft break', () => {
    expect(text(decodeQuotedPrintable(bytes('ab= \r\ncd')))).toBe('abcd');
  });

  it('keeps malformed escapes as they are instead of failing', () => {
    expect(text(decodeQuotedPrintable(bytes('100=% sure, =G1 and a lone =')))).toBe(
      '100=% sure, =G1 and a lone ',
    );
    expect(text(decodeQuotedPrintable(bytes('lower =c3=a9')))).toBe('lower é');
  });
});

describe('base64', () => {
  it('round-trips bytes of every length, ignoring line breaks', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 100]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 0xff);
      const encoded = encodeBase64(data);
      expect(encoded).toBe(Buffer.from(data).toString('base64'));
      const wrapped = encoded.replace(/(.{10})/g, '$1\r\n');
      expect(decodeBase64(bytes(wrapped))).toEqual({ ok: true, bytes: data });
    }
  });

  it('says where a byte outside the alphabet is', () => {
    expect(decodeBase64(bytes('iVBORw0K\r\nGgo*AAAA'))).toEqual({
      ok: false,
      error: { offset: 13, byte: 0x2a },
    });
  });
});
