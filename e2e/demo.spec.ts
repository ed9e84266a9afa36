import { test, expect } from './fixtures/consoleErrors';
import { AppShell } from './pages/AppShell';

test('the empty overview loads the demo investigation, every file imported and traced', async ({ page }) => {
  test.setTimeout(180_000);
  const shell = new AppShell(page);
  await shell.open();
  await shell.loadDemo();
  const stored = page.getByRole('region', { name: 'Stored' });
  await expect(stored.getByRole('rowheader', { name: 'Sellers' })).toBeVisible();
  await expect(stored.getByRole('rowheader', { name: 'Payment accounts' })).toBeVisible();
  await shell.goTo('Import');
  const imports = page.getByRole('region', { name: /^Imports/ });
  await expect(imports.getByRole('row').filter({ hasText: 'Done' })).toHaveCount(12);
  await expect(page.getByRole('region', { name: /^Evidence \(19\)/ })).toBeVisible();
});
