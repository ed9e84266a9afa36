import { describe, expect, it } from 'vitest';
import { asciiBytes, fixtureBytes } from './fixtures/testSupport';
import { parseMhtml, type MhtmlDocument, type MhtmlResult } from './mhtml';

function documentOf(result: MhtmlResult): MhtmlDocument {
  if (!result.ok) throw new Error(`expected a document, got ${result.error.code}: ${result.error.message}`);
  return result.document;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('an MHTML page saved by Chrome ("Save as single file")', async () => {
  const file = await fixtureBytes('blink-listing.valid.mhtml');

  it('yields the page as HTML, decoded from quoted-printable and UTF-8', () => {
    const document = documentOf(parseMhtml(file));
    expect(document.charset).toBe('utf-8');
    expect(document.html).toMatch(/^<!DOCTYPE html><html lang="de"><head><meta http-equiv="Content-Type"/);
    expect(document.html).toContain(
      '<h1 class="product-title">Nike Air Max 90 – Größe 42, originalverpackt</h1>',
    );
    expect(document.html).toContain('<p class="price" data-currency="EUR">€ 49,90');
    expect(document.html).not.toMatch(/=\r?\n|=3D/);
    expect(document.warnings).toEqual([]);
  });

  it('reads where and when it was saved', () => {
    const document = documentOf(parseMhtml(file));
    expect(document).toMatchObject({
      savedFrom: 'https://shop.example/item/am90-42',
      subject: 'Nike Air Max 90 – Sneaker Paradies',
      date: 'Tue, 3 Mar 2026 10:12:01 -0000',
      savedBy: '<Saved by Blink>',
    });
  });

  it('decodes every part: the page, its stylesheet and the base64 product photo', () => {
    const document = documentOf(parseMhtml(file));
    expect(document.parts.map((part) => part.mediaType)).toEqual(['text/html', 'text/css', 'image/png']);
    expect(document.page.contentId).toBe('frame-4D1E5B2C8A9F03E7B6C1D2A4F5E6B7C8@mhtml.blink');
    const photo = document.parts[2]!;
    expect(photo.contentLocation).toBe('https://cdn.sneaker-paradies.example/img/am90-1.png?w=480&h=320');
    expect([...photo.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(new TextDecoder().decode(document.parts[1]!.bytes)).toContain(
      '.product-title { color: rgb(180, 30, 30); }',
    );
  });

  it('reads the same archive with LF line endings', () => {
    const lf = asciiBytes(String.fromCharCode(...file).replace(/\r\n/g, '\n'));
    const document = documentOf(parseMhtml(lf));
    expect(document.html).toContain('Nike Air Max 90 – Größe 42');
    expect([...document.parts[2]!.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(document.parts[2]!.bytes).toEqual(documentOf(parseMhtml(file)).parts[2]!.bytes);
  });

  it('still shows the page of a file cut off in the image, and says it is truncated', () => {
    const cut = file.subarray(0, file.length - 200);
    const document = documentOf(parseMhtml(cut));
    expect(document.html).toContain('Nike Air Max 90 – Größe 42');
    expect(document.warnings).toEqual([expect.stringMatching(/probably truncated/) as unknown]);
  });

  it('gives a typed error, not an exception, for a file cut off in its headers', () => {
    expect(parseMhtml(file.subarray(0, 120))).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'not-mime' }) as unknown,
    });
    const beforeAnyPart = String.fromCharCode(...file).indexOf('------MultipartBoundary');
    expect(parseMhtml(file.subarray(0, beforeAnyPart))).toMatchObject({
      ok: false,
      error: { code: 'no-parts' },
    });
  });
});

const archive = (lines: readonly string[]) => asciiBytes(lines.join('\r\n'));

describe('other archives and broken files', () => {
  it('follows the `start` parameter to the root part and its declared charset', () => {
    const result = parseMhtml(
      archive([
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; boundary=----=_NextPart_01D9; type="text/html"; start="<root@x>"',
        '',
        'This is a multi-part message in MIME format.',
        '',
        '------=_NextPart_01D9',
        'Content-Type: text/html; charset="windows-1251"',
        'Content-Location: file:///C:/frame.htm',
        '',
        '<p>frame</p>',
        '------=_NextPart_01D9',
        'Content-Type: text/html; charset="windows-1251"',
        'Content-ID: <root@x>',
        '',
        '<p>\xcc\xe0\xe3\xe0\xe7\xe8\xed</p>',
        '------=_NextPart_01D9--',
        '',
      ]),
    );
    const document = documentOf(result);
    expect(document.html).toBe('<p>Магазин</p>');
    expect(document.charset).toBe('windows-1251');
    expect(document.savedFrom).toBeUndefined();
  });

  it('names the error for each kind of broken file', () => {
    expect(parseMhtml(new Uint8Array())).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseMhtml(asciiBytes('<html><body>not an archive</body></html>'))).toMatchObject({
      ok: false,
      error: { code: 'not-mime' },
    });
    expect(parseMhtml(archive(['Content-Type: text/html', '', '<p>x</p>']))).toMatchObject({
      ok: false,
      error: { code: 'not-multipart', message: expect.stringContaining('“text/html”') as unknown },
    });
    expect(parseMhtml(archive(['Content-Type: multipart/related', '', '--x', '', 'y']))).toMatchObject({
      ok: false,
      error: { code: 'no-boundary' },
    });
    expect(
      parseMhtml(
        archive([
          'Content-Type: multipart/related; boundary="b"',
          '',
          '--b',
          'Content-Type: image/png',
          '',
          'x',
          '--b--',
        ]),
      ),
    ).toMatchObject({ ok: false, error: { code: 'no-page' } });
    expect(
      parseMhtml(
        archive([
          'Content-Type: multipart/related; boundary="b"',
          '',
          '--b',
          'Content-Type: text/html',
          'Content-Transfer-Encoding: base64',
          '',
          'PHA+*broken',
          '--b--',
        ]),
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-page', message: expect.stringContaining('not base64') as unknown },
    });
  });

  it('skips an undecodable image with a warning and still shows the page', () => {
    const document = documentOf(
      parseMhtml(
        archive([
          'Content-Type: multipart/related; boundary="b"',
          '',
          '--b',
          'Content-Type: text/html',
          '',
          '<p>page</p>',
          '--b',
          'Content-Type: image/png',
          'Content-Transfer-Encoding: base64',
          '',
          'iVBOR!!',
          '--b',
          'Content-Type: image/gif',
          'Content-Transfer-Encoding: x-uuencode',
          '',
          'begin 644',
          '--b--',
        ]),
      ),
    );
    expect(document.html).toBe('<p>page</p>');
    expect(document.parts).toHaveLength(1);
    expect(document.warnings).toEqual([
      expect.stringContaining('part 2 has a byte that is not base64') as unknown,
      expect.stringContaining('part 3 uses the unknown transfer encoding “x-uuencode”') as unknown,
    ]);
  });

  it('does not mistake a line that merely starts with the boundary for a delimiter', () => {
    const document = documentOf(
      parseMhtml(
        archive([
          'Content-Type: multipart/related; boundary="b"',
          '',
          '--b',
          'Content-Type: text/html',
          '',
          '--bx is text',
          '--b--',
        ]),
      ),
    );
    expect(document.html).toBe('--bx is text');
  });
});
