import { describe, expect, it } from 'vitest';
import { INERT_PAGE_POLICY, inertHtmlDocument } from './inertHtml';

const META = `<meta http-equiv="Content-Security-Policy" content="${INERT_PAGE_POLICY}">`;

describe('an inert page for a sandboxed frame', () => {
  it('allows nothing to load but data: images and inline styles', () => {
    expect(INERT_PAGE_POLICY).toBe(
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'",
    );
    expect(INERT_PAGE_POLICY).not.toMatch(/script-src|https?:|\*/);
  });

  it('puts the policy right after the doctype, so the page stays in standards mode', () => {
    const page =
      '<!DOCTYPE html>\n<html><head><title>Shop</title></head><body><script>x()</script></body></html>';
    expect(inertHtmlDocument(page)).toBe(
      `<!DOCTYPE html>${META}\n<html><head><title>Shop</title></head><body><script>x()</script></body></html>`,
    );
  });

  it('finds a doctype after a BOM, whitespace and comments, and drops the BOM', () => {
    const page = '\uFEFF\n<!-- saved from url=(0027)https://shop.example/ -->\n<!doctype html><p>x</p>';
    expect(inertHtmlDocument(page)).toBe(
      `\n<!-- saved from url=(0027)https://shop.example/ -->\n<!doctype html>${META}<p>x</p>`,
    );
  });

  it('puts the policy first in a page without a doctype, and keeps the content otherwise untouched', () => {
    const page =
      '<html><head><meta http-equiv="refresh" content="0;url=https://evil.example"></head><body onload="steal()"><form action="https://evil.example"><input name="p"></form>';
    expect(inertHtmlDocument(page)).toBe(`${META}${page}`);
    expect(inertHtmlDocument('')).toBe(META);
  });

  it('does not treat a doctype later in the text as the leading one', () => {
    expect(inertHtmlDocument('<p>a</p><!DOCTYPE html>')).toBe(`${META}<p>a</p><!DOCTYPE html>`);
  });
});
