import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, parseContentType, parseHeaders } from './mime';

describe('MIME headers', () => {
  it('unfolds continuation lines and lower-cases names, keeping the first of a repeated header', () => {
    const headers = parseHeaders(
      'From: <Saved by Blink>\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="b"\r\nFrom: other',
    );
    expect(headers.get('from')).toBe('<Saved by Blink>');
    expect(headers.get('content-type')).toBe('multipart/related; type="text/html"; boundary="b"');
  });

  it('parses a content type with quoted, unquoted and escaped parameters', () => {
    const type = parseContentType(
      'Multipart/Related; TYPE="text/html"; boundary="----=_NextPart_000_0000;x"; start=<root@x>',
    );
    expect(type.essence).toBe('multipart/related');
    expect(Object.fromEntries(type.params)).toEqual({
      type: 'text/html',
      boundary: '----=_NextPart_000_0000;x',
      start: '<root@x>',
    });
    expect(parseContentType('text/plain').params.size).toBe(0);
    expect(parseContentType('text/x; name="a \\"b\\""').params.get('name')).toBe('a "b"');
  });

  it('decodes encoded words in Q and B form, joining adjacent ones', () => {
    expect(decodeEncodedWords('=?utf-8?Q?Nike=20Air=20Max=2090=20=E2=80=93_Shop?=')).toBe(
      'Nike Air Max 90 – Shop',
    );
    expect(decodeEncodedWords('=?UTF-8?B?0JzQsNCz0LDQt9C40L0=?= =?UTF-8?Q?_=C2=AB1=C2=BB?=')).toBe(
      'Магазин «1»',
    );
    expect(decodeEncodedWords('plain subject')).toBe('plain subject');
    expect(decodeEncodedWords('=?x-unknown?Q?a?=')).toBe('=?x-unknown?Q?a?=');
  });
});
