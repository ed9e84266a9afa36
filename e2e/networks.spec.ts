import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/consoleErrors';
import { AppShell } from './pages/AppShell';
import { expectedDemoAnalysis } from './support/demoAnalysis';

test('link analysis finds the demo networks, folds the hubs, explains a path and records a decision', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const expected = await expectedDemoAnalysis();
  const shell = new AppShell(page);
  await shell.open();
  await shell.loadDemo();

  await shell.goTo('Networks');
  await expect(page.getByRole('heading', { name: 'No analysis yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Run analysis' }).click();
  const tabs = page.getByRole('tablist', { name: 'Analysis results' });
  await expect(tabs.getByRole('tab', { name: `Networks (${expected.networks.length})` })).toBeVisible({
    timeout: 60_000,
  });

  // The same networks, in the same order, as the headless analysis of the same files.
  const rows = page.getByRole('row', { name: /^Network \d+$/ });
  await expect(rows).toHaveCount(expected.networks.length);
  for (const [i, network] of expected.networks.entries()) {
    await expect(rows.nth(i)).toContainText(`${network.size} accounts`);
  }

  // The first network: its members, what holds them together, and who bridges its communities.
  await page.getByRole('button', { name: 'Open network 1' }).click();
  const detail = page.getByRole('region', { name: 'Network 1 in detail' });
  const first = expected.networks[0];
  if (!first) throw new Error('the demo has no network');
  await expect(detail.getByRole('heading', { name: `Accounts (${first.size})` })).toBeVisible();
  await expect(detail.getByText(first.ties[0]?.value ?? '', { exact: true }).first()).toBeVisible();
  await detail.getByRole('button', { name: 'Find central accounts and communities' }).click();
  await expect(detail.getByRole('heading', { name: /^Communities \(\d+\)$/ })).toBeVisible();
  await expect(detail.getByRole('columnheader', { name: 'Betweenness' })).toBeVisible();

  // Hubs are listed, not used: the marketplace's support address joins no network.
  await tabs.getByRole('tab', { name: /^Hubs/ }).click();
  for (const hub of expected.hubs) {
    await expect(page.getByRole('rowheader', { name: hub.value, exact: true })).toBeVisible();
  }

  // A path between two accounts of the first network, each hop naming the identifier and the file and row.
  await tabs.getByRole('tab', { name: 'Paths' }).click();
  const [a, b] = [first.members[0], first.members[first.members.length - 1]];
  if (!a || !b) throw new Error('the first network has fewer than two members');
  await pick(page, 'From', a.caption);
  await pick(page, 'To', b.caption);
  await page.getByRole('button', { name: 'Find paths' }).click();
  const found = page.getByRole('status', { name: 'Paths found' });
  await expect(found.getByRole('heading', { name: /^Path 1: \d+ links?$/ })).toBeVisible({ timeout: 60_000 });
  await expect(
    found
      .getByRole('listitem')
      .filter({ hasText: /— from .+, (row \d+|\$)/ })
      .first(),
  ).toBeVisible();

  // Look-alikes: confirming one hides it at once, and the run is marked out of date.
  await tabs.getByRole('tab', { name: /^Look-alikes/ }).click();
  const suggestion = expected.suggestions[0];
  if (suggestion) {
    const card = page
      .getByRole('listitem', { name: `${suggestion.aCaption} and ${suggestion.bCaption}` })
      .first();
    await card.getByLabel('Your reasoning (optional)').fill('Same imprint on both storefronts');
    await card.getByRole('button', { name: 'Confirm same actor' }).click();
    await expect(
      page.getByText(/^Suggestions are not links until you confirm them\. \d+ decided/),
    ).toBeVisible();
    await expect(page.getByText('The store has changed since this run')).toBeVisible();
  }
});

async function pick(page: Page, label: string, caption: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(caption);
  await page
    .getByRole('list', { name: `Matches for ${label}` })
    .getByRole('button', { name: new RegExp(`^${caption.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`) })
    .first()
    .click();
}
