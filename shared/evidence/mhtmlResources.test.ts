import { describe, expect, it } from 'vitest';
import { asciiBytes, fixtureBytes } from './fixtures/testSupport';
import { parseMhtml, type MhtmlDocument } from './mhtml';
import { pageWithResources } from './mhtmlResources';

function parsed(bytes: Uint8Array): MhtmlDocument {
  const result = parseMhtml(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.document;
}

describe('an MHTML page with its own images and stylesheets', async () => {
  const document = parsed(await fixtureBytes('blink-listing.valid.mhtml'));

  it('shows the captured photo from a data: URL, matching the HTML-escaped URL in the page', () => {
    const { html, images } = pageWithResources(document);
    expect(images).toBe(1);
    expect(html).toMatch(
      /<img class="photo" src="data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/=]+" alt="Produktfoto/,
    );
    expect(html).not.toContain('cdn.sneaker-paradies.example');
  });

  it('replaces the cid: stylesheet link with a <style> block', () => {
    const { html, stylesheets } = pageWithResources(document);
    expect(stylesheets).toBe(1);
    expect(html).toContain('<style>.listing { font-family: sans-serif; max-width: 40em; }');
    expect(html).not.toContain('<link rel="stylesheet"');
  });

  it('leaves what the archive did not capture, scripts included, exactly as it was', () => {
    const { html } = pageWithResources(document);
    expect(html).toContain('<script src="https://cdn.tracker.example/collect.js"></script>');
    expect(html).toContain('<a href="https://shop.example/seller/A1X">');
  });

  it('leaves images over the size limit out', () => {
    expect(pageWithResources(document, { maxImageBytes: 10 }).images).toBe(0);
  });
});

describe('resource references', () => {
  const archive = (html: string, ...parts: string[][]) =>
    parsed(
      asciiBytes(
        [
          'Content-Type: multipart/related; boundary="b"',
          '',
          '--b',
          'Content-Type: text/html',
          '',
          html,
          ...parts.flatMap((part) => ['--b', ...part]),
          '--b--',
        ].join('\r\n'),
      ),
    );
  const gif = [
    'Content-Type: image/gif',
    'Content-Location: https://x.example/a.gif',
    'Content-ID: <img1@x>',
    '',
    'GIF89a',
  ];

  it('replaces src, srcset candidates, cid: URLs and url() in styles and inlined CSS', () => {
    const css = [
      'Content-Type: text/css',
      'Content-Location: https://x.example/s.css',
      '',
      'b { background: url("https://x.example/a.gif") }</style><script>',
    ];
    const document = archive(
      [
        '<img src=https://x.example/a.gif>',
        '<img srcset="https://x.example/big.gif 2x, https://x.example/a.gif 1x">',
        '<img src="cid:img1@x">',
        '<div style="background-image: url(\'https://x.example/a.gif\')"></div>',
        '<link media="print" href="https://x.example/s.css" rel="stylesheet">',
        '<img src="https://x.example/missing.gif">',
      ].join(''),
      gif,
      css,
    );
    const { html, images, stylesheets } = pageWithResources(document);
    const data = 'data:image/gif;base64,R0lGODlh';
    expect(html).toBe(
      [
        `<img src="${data}">`,
        `<img srcset="https://x.example/big.gif 2x, ${data} 1x">`,
        `<img src="${data}">`,
        `<div style="background-image: url('${data}')"></div>`,
        `<style media="print">b { background: url("${data}") }<\\/style><script></style>`,
        '<img src="https://x.example/missing.gif">',
      ].join(''),
    );
    expect(images).toBe(1);
    expect(stylesheets).toBe(1);
  });
});
