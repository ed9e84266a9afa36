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

test('networks of the demo investigation @screenshots', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  const shell = new AppShell(page);
  await shell.open();
  await page.getByRole('button', { name: 'Load demo investigation' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^Loaded \d+ demo files$/ })
    .waitFor({ timeout: 150_000 });
  await shell.goTo('Networks');
  await page.getByRole('button', { name: 'Run analysis' }).click();
  await page.getByRole('tab', { name: /^Networks \(/ }).waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Open network 1' }).click();
  await page.getByRole('region', { name: 'Network 1 in detail' }).waitFor();
  await page.getByRole('tablist', { name: 'Analysis results' }).evaluate((tabs) => {
    tabs.scrollIntoView({ block: 'start', inline: 'nearest' });
  });
  await page.screenshot({ path: 'docs/screenshot-networks-light.png' });
});
