/**
 * The Overview as a dashboard over the demo investigation: the kind chart says what the store holds, the cards show
 * the recent imports, the networks of the last analysis (and when the store moved on since) and the cases.
 */
import type { Page } from '@playwright/test';
import { ENTITY_KINDS, KINDS, type EntityKind } from '../shared/model';
import { test, expect } from './fixtures/consoleErrors';
import { AppShell } from './pages/AppShell';
import { CasesPage } from './pages/CasesPage';

type Count = Readonly<{ count: number; text: string }>;
type StoredNetwork = Readonly<{ rank: number; size: number; listings: number; seizures: number }>;

/** Entities per kind straight from IndexedDB, with the count as the page would format it. */
function storedKindCounts(page: Page): Promise<Record<EntityKind, Count>> {
  return page.evaluate(async (kinds) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('casegraph');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const index = db.transaction('entities').objectStore('entities').index('kind');
    const counts = await Promise.all(
      kinds.map(
        (kind) =>
          new Promise<number>((resolve, reject) => {
            const request = index.count(kind);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(new Error(String(request.error)));
          }),
      ),
    );
    db.close();
    return Object.fromEntries(
      kinds.map((kind, i) => [kind, { count: counts[i] ?? 0, text: (counts[i] ?? 0).toLocaleString() }]),
    ) as Record<EntityKind, Count>;
  }, ENTITY_KINDS);
}

/** The networks of the stored analysis, in the report's order. */
function storedNetworks(page: Page): Promise<StoredNetwork[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('casegraph');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    // One record per network, keyed [analysisId, rank]: the run's networks in rank order.
    const networks = await new Promise<StoredNetwork[]>((resolve, reject) => {
      const request = db.transaction('analysisNetworks').objectStore('analysisNetworks').getAll();
      request.onsuccess = () => resolve(request.result as StoredNetwork[]);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    db.close();
    return networks.map(({ rank, size, listings, seizures }) => ({
      rank,
      size,
      listings,
      seizures,
    }));
  });
}

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

test('the overview shows what the demo investigation holds, its imports, networks and cases', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const shell = new AppShell(page);
  await shell.open();
  await shell.loadDemo();

  // The kind chart: one linked row per kind the store holds, with the store's own count as text.
  const stored = page.getByRole('region', { name: 'Stored' });
  const chart = stored.getByRole('table', { name: 'Entities per kind, by group' });
  const counts = await storedKindCounts(page);
  const present = ENTITY_KINDS.filter((kind) => counts[kind].count > 0);
  expect(present.length).toBeGreaterThan(5);
  await expect(chart.getByRole('link')).toHaveCount(present.length);
  for (const kind of present) {
    const row = chart.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: KINDS[kind].plural, exact: true }),
    });
    await expect(row.getByRole('cell').last()).toHaveText(counts[kind].text);
    await expect(row.getByRole('link', { name: KINDS[kind].plural, exact: true })).toHaveAttribute(
      'href',
      `#/entities/${kind}`,
    );
  }
  const identifiers = ENTITY_KINDS.filter((kind) => KINDS[kind].group === 'identifier').reduce(
    (sum, kind) => sum + counts[kind].count,
    0,
  );
  await expect(
    chart
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Identifiers', exact: true }) })
      .getByRole('cell')
      .last(),
  ).toHaveText(identifiers.toLocaleString('en-US'));
  const total = present.reduce((sum, kind) => sum + counts[kind].count, 0);
  await expect(stored.getByRole('definition').first()).toHaveText(total.toLocaleString('en-US'));

  // Recent imports: the last five, each with its rows and how it went.
  const imports = page.getByRole('region', { name: 'Recent imports' });
  const importRows = imports
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') });
  await expect(importRows).toHaveCount(5);
  await expect(importRows.filter({ hasText: 'Done' })).toHaveCount(5);
  await expect(imports.getByRole('link', { name: 'All imports (12)' })).toHaveAttribute('href', '#/import');

  // No analysis yet, then the networks of a run, in the report's order.
  const networks = page.getByRole('region', { name: 'Largest networks' });
  await expect(networks.getByText('No analysis yet — run one on the Networks page')).toBeVisible();
  await shell.goTo('Networks');
  await page.getByRole('button', { name: 'Run analysis' }).click();
  await expect(page.getByRole('tab', { name: /^Networks \(\d+\)$/ })).toBeVisible({ timeout: 60_000 });
  await shell.goTo('Overview');
  const ranked = await storedNetworks(page);
  expect(ranked.length).toBeGreaterThan(0);
  const items = networks.getByRole('list', { name: /networks ranked first$/ }).getByRole('listitem');
  await expect(items).toHaveCount(Math.min(5, ranked.length));
  for (const [i, network] of ranked.slice(0, 5).entries()) {
    const item = items.nth(i);
    await expect(
      item.getByRole('link', {
        name: `Network ${network.rank}: ${plural(network.size, 'account', 'accounts')}`,
      }),
    ).toHaveAttribute('href', '#/networks');
    await expect(item).toContainText(
      `${plural(network.listings, 'listing', 'listings')} · ${plural(network.seizures, 'seizure', 'seizures')}`,
    );
    await expect(item).toContainText(/Held together by \S/);
  }
  await expect(networks.getByText('The store has changed since this run.')).toHaveCount(0);

  // Cases: none, then one open case, which also moves the store on past the analysis.
  const cases = page.getByRole('region', { name: 'Cases', exact: true });
  await expect(cases.getByText('No cases yet.')).toBeVisible();
  await shell.goTo('Cases');
  await new CasesPage(page).createCase('Demo sneakers operation', 'BPA-2026-007');
  await shell.goTo('Overview');
  await expect(cases.getByRole('definition')).toHaveText(['1', '0', '0']);
  await expect(cases.getByRole('link', { name: 'Demo sneakers operation' })).toHaveAttribute(
    'href',
    '#/cases',
  );
  await expect(cases.getByText(/^BPA-2026-007 · opened/)).toBeVisible();
  await expect(networks.getByText('The store has changed since this run.')).toBeVisible();

  // A kind in the chart opens the Entities page.
  await chart.getByRole('link', { name: 'Sellers', exact: true }).click();
  await expect(shell.heading).toHaveText('Entities');
});
