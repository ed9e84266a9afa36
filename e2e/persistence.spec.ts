import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { chromiumLaunchOptions, E2E_PORT } from './browser';
import { AppShell } from './pages/AppShell';
import { CasesPage } from './pages/CasesPage';

test('what is written survives closing and reopening the browser', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'casegraph-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions,
      baseURL: `http://127.0.0.1:${E2E_PORT}/`,
    });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    const shell = new AppShell(page);
    await shell.open();
    await shell.goTo('Cases');
    await new CasesPage(page).createCase('Réseau « Lunettes » 👓', 'DGDDI-2026-0042');
    await page.reload();
    await expect(page.getByRole('cell', { name: 'DGDDI-2026-0042' })).toBeVisible();
    await first.close();

    const second = await launch();
    const again = second.pages()[0] ?? (await second.newPage());
    const reopened = new AppShell(again);
    await reopened.open();
    await expect(again.getByRole('region', { name: 'Recent activity' })).toContainText(
      'Réseau « Lunettes » 👓',
    );
    await reopened.goTo('Cases');
    await expect(again.getByRole('cell', { name: 'Réseau « Lunettes » 👓' })).toBeVisible();
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
