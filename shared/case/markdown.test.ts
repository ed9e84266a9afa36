import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from './markdown';

describe('markdownToSafeHtml', () => {
  it('renders the Markdown an investigator writes', () => {
    const html = markdownToSafeHtml(
      '## Findings\n\n**Same IBAN** on *three* storefronts:\n\n- shop-a\n- shop-b\n\n`DE89 3704`',
    );
    expect(html).toContain('<h2>Findings</h2>');
    expect(html).toContain('<strong>Same IBAN</strong>');
    expect(html).toContain('<em>three</em>');
    expect(html).toContain('<li>shop-a</li>');
    expect(html).toContain('<code>DE89 3704</code>');
  });

  it('escapes raw HTML instead of rendering it', () => {
    const html = markdownToSafeHtml('<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> <b>bold</b>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps only web, e-mail and in-app links', () => {
    const html = markdownToSafeHtml(
      [
        '[web](https://shop.example/item?id=1)',
        '[mail](mailto:legal@brand.example)',
        '[entity](#/entity/seller%3Aamazon.de)',
        '[js](javascript:alert(1))',
        '[vb](vbscript:msgbox)',
        '[data](data:text/html;base64,PHNjcmlwdD4=)',
        '[file](file:///etc/passwd)',
        '[rel](../secret)',
      ].join('\n\n'),
    );
    expect(html).toContain(
      '<a href="https://shop.example/item?id=1" target="_blank" rel="noopener noreferrer">web</a>',
    );
    expect(html).toContain('href="mailto:legal@brand.example"');
    expect(html).toContain('<a href="#/entity/seller%3Aamazon.de">entity</a>');
    expect(html).not.toMatch(/href="(?:javascript|vbscript|data|file):/i);
    expect(html).not.toContain('href="../secret"');
    expect(html).toContain('[js](javascript:alert(1))');
  });

  it('shows images as text, never loads them', () => {
    const html = markdownToSafeHtml('![logo](https://tracker.example/pixel.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('logo');
  });

  it('escapes attribute breakouts in link targets', () => {
    const html = markdownToSafeHtml('[x](https://a.example/"onmouseover="alert(1))');
    expect(html).not.toContain('"onmouseover="');
  });
});
