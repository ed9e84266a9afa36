/**
 * The README's pictures of the shell, light and dark: `npm run screenshots` writes them into docs/.
 * Tagged @screenshots so the normal test run skips it.
 */
import { test } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { CasesPage } from './pages/CasesPage';

for (const scheme of ['light', 'dark'] as const) {
  test(`shell in ${scheme} @screenshots`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 760 });
    await page.emulateMedia({ colorScheme: scheme });
    const shell = new AppShell(page);
    await shell.open();
    await page.getByRole('heading', { name: 'Your workbench is empty' }).waitFor();
    await page.getByText('Unnamed examiner').waitFor();
    await page.screenshot({ path: `docs/screenshot-overview-${scheme}.png` });
    await shell.goTo('Cases');
    await new CasesPage(page).createCase('Counterfeit sneakers — DE/ES storefronts', 'BPA-2026-114');
    await page.screenshot({ path: `docs/screenshot-cases-${scheme}.png` });
  });
}
