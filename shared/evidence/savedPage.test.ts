import { describe, expect, it } from 'vitest';
import { asciiBytes, fixtureBytes } from './fixtures/testSupport';
import { INERT_PAGE_POLICY } from './inertHtml';
import { savedPageFromBytes } from './savedPage';

describe('a saved page made ready to look at', () => {
  it('wraps an HTML file in the inert policy and keeps its source as received', () => {
    const html =
      '<!doctype html><meta charset="windows-1251"><title>x</title><script>top.location="https://evil.example"</script><p>\xcc\xe0\xe3\xe0\xe7\xe8\xed</p>';
    const result = savedPageFromBytes('html', asciiBytes(html), 'text/html');
    expect(result).toMatchObject({ ok: true, page: { charset: 'windows-1251', warnings: [] } });
    if (!result.ok) return;
    expect(
      result.page.frameDocument.startsWith(
        `<!doctype html><meta http-equiv="Content-Security-Policy" content="${INERT_PAGE_POLICY}">`,
      ),
    ).toBe(true);
    expect(result.page.source).toContain(
      '<script>top.location="https://evil.example"</script><p>Магазин</p>',
    );
  });

  it('opens an MHTML archive with its photo and stylesheet, and says where it was saved from', async () => {
    const result = savedPageFromBytes(
      'mhtml',
      await fixtureBytes('blink-listing.valid.mhtml'),
      'multipart/related',
    );
    expect(result).toMatchObject({
      ok: true,
      page: {
        charset: 'utf-8',
        savedFrom: 'https://shop.example/item/am90-42',
        title: 'Nike Air Max 90 – Sneaker Paradies',
        savedAt: 'Tue, 3 Mar 2026 10:12:01 -0000',
        warnings: [],
      },
    });
    if (!result.ok) return;
    expect(result.page.frameDocument).toContain('src="data:image/png;base64,');
    expect(result.page.frameDocument).toContain(INERT_PAGE_POLICY);
    expect(result.page.source).toContain(
      'src="https://cdn.sneaker-paradies.example/img/am90-1.png?w=480&amp;h=320"',
    );
  });

  it('passes on why a broken archive cannot be shown', () => {
    expect(savedPageFromBytes('mhtml', asciiBytes('<html>not MIME</html>'), 'multipart/related')).toEqual({
      ok: false,
      message: expect.stringContaining('This is not an MHTML archive') as unknown,
    });
  });
});
