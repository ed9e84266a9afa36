import { describe, expect, it } from 'vitest';
import { charsetParameter, decodeHtmlBytes, metaCharset } from './charset';

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('the charset of a page', () => {
  it('reads the media type parameter, quoted or not', () => {
    expect(charsetParameter('text/html; charset=utf-8')).toBe('utf-8');
    expect(charsetParameter('text/html;charset="ISO-8859-1"')).toBe('ISO-8859-1');
    expect(charsetParameter('text/html')).toBeUndefined();
  });

  it('finds <meta charset> and the http-equiv form in the first 1024 bytes, not in comments', () => {
    expect(metaCharset(ascii('<!doctype html><meta charset="windows-1251"><title>x</title>'))).toBe(
      'windows-1251',
    );
    expect(
      metaCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')),
    ).toBe('Shift_JIS');
    expect(metaCharset(ascii('<!-- <meta charset="koi8-r"> --><p>x</p>'))).toBeUndefined();
    expect(metaCharset(ascii(`${' '.repeat(1100)}<meta charset="koi8-r">`))).toBeUndefined();
  });

  it('decodes a Windows-1251 page its <meta> declares', () => {
    const page = ascii('<meta charset="windows-1251"><p>\xcc\xe0\xe3\xe0\xe7\xe8\xed \x88 49</p>');
    expect(decodeHtmlBytes(page)).toMatchObject({
      text: expect.stringContaining('Магазин € 49') as unknown,
      charset: 'windows-1251',
    });
  });

  it('prefers a BOM over everything, then the media type over the <meta>', () => {
    const utf8 = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<meta charset="koi8-r">Größe'),
    ]);
    expect(decodeHtmlBytes(utf8, 'text/html; charset=windows-1252')).toEqual({
      text: '<meta charset="koi8-r">Größe',
      charset: 'utf-8',
    });
    expect(
      decodeHtmlBytes(ascii('<meta charset="koi8-r">\xe4'), 'text/html; charset=windows-1252').text,
    ).toContain('ä');
  });

  it('falls back to UTF-8, with a warning, for a charset nobody knows', () => {
    const decoded = decodeHtmlBytes(new TextEncoder().encode('<meta charset="x-klingon">ü'));
    expect(decoded.charset).toBe('utf-8');
    expect(decoded.text).toContain('ü');
    expect(decoded.warning).toMatch(/unknown charset “x-klingon”/);
  });

  it('defaults to UTF-8 and ignores a <meta> that claims UTF-16 in an ASCII-readable file', () => {
    expect(decodeHtmlBytes(new TextEncoder().encode('<p>€</p>')).charset).toBe('utf-8');
    expect(decodeHtmlBytes(new TextEncoder().encode('<meta charset="utf-16"><p>€</p>'))).toMatchObject({
      charset: 'utf-8',
      text: expect.stringContaining('€') as unknown,
    });
  });
});
