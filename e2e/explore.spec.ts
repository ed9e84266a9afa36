/**
 * Exploring a demo investigation: sort and filter the tables, search from anywhere, open an entity from search,
 * follow a link to another entity, tag and annotate it, and add a selection to a case.
 */
import { test, expect } from './fixtures/consoleErrors';
import { AppShell } from './pages/AppShell';
import { CasesPage } from './pages/CasesPage';
import { EntitiesPage } from './pages/EntitiesPage';

const numbers = (cells: readonly string[]): number[] => cells.filter((c) => c !== '').map(Number);

test('a demo investigation can be sorted, filtered, searched, followed and put into a case', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const shell = new AppShell(page);
  await shell.open();
  await shell.loadDemo();
  await shell.goTo('Cases');
  await new CasesPage(page).createCase('Operation Sneaker Wave', 'CG-2026-014');

  const entities = new EntitiesPage(page);
  await test.step('sort listings by price, both ways', async () => {
    await shell.goTo('Entities');
    await entities.openKind('Listings');
    await entities.sortBy('Listings', 'Price');
    await expect(entities.table('Listings').getByRole('columnheader', { name: /Price/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await expect
      .poll(async () => numbers(await entities.column('Listings', 'Price')).length)
      .toBeGreaterThan(3);
    const ascending = numbers(await entities.column('Listings', 'Price'));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await entities.sortBy('Listings', 'Price');
    await expect(entities.table('Listings').getByRole('columnheader', { name: /Price/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect
      .poll(async () => numbers(await entities.column('Listings', 'Price'))[0])
      .toBeGreaterThan(ascending.at(-1) ?? 0);
    const descending = numbers(await entities.column('Listings', 'Price'));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
  });

  await test.step('narrow listings by a platform facet and a title filter', async () => {
    const before = (await entities.status.innerText()).split(' · ')[0] ?? '';
    const platform = entities.facets().getByRole('group', { name: 'Platform' }).getByRole('checkbox').first();
    const platformName = (
      await entities
        .facets()
        .getByRole('group', { name: 'Platform' })
        .locator('.facets__label')
        .first()
        .innerText()
    ).trim();
    await platform.check();
    await expect(entities.status).not.toHaveText(new RegExp(`^${before}`));
    await expect
      .poll(async () => new Set(await entities.column('Listings', 'Platform')))
      .toEqual(new Set([platformName]));
    const word = (await entities.column('Listings', 'Name'))[0]?.split(/\s+/)[0] ?? '';
    await page.getByRole('searchbox', { name: 'Filter Name' }).fill(word.toUpperCase());
    await expect
      .poll(async () =>
        (await entities.column('Listings', 'Name')).every((n) =>
          n.toLowerCase().includes(word.toLowerCase()),
        ),
      )
      .toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(entities.status).toHaveText(new RegExp(`^${before} ·`));
  });

  let sellerName = '';
  await test.step('find a seller with Ctrl+K and open it', async () => {
    await entities.openKind('Sellers');
    // a storefront with a name of words (some demo sellers are known only by their id)
    sellerName = (await entities.column('Sellers', 'Name')).find((n) => /^\p{L}+[ -]\p{L}/u.test(n)) ?? '';
    expect(sellerName).not.toBe('');
    await page.keyboard.press('Control+K');
    const box = page.getByRole('combobox', { name: /Search names/ });
    await expect(box).toBeFocused();
    await box.fill(sellerName.slice(0, Math.max(4, sellerName.indexOf(' '))));
    const results = page.getByRole('listbox', { name: 'Results' });
    await expect(results.getByRole('group', { name: /^Sellers/ })).toBeVisible();
    await expect(
      results
        .getByRole('option', { name: new RegExp(sellerName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
        .first(),
    ).toBeVisible();
    await expect(results.locator('mark').first()).toBeVisible();
    await results
      .getByRole('option', { name: new RegExp(sellerName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .first()
      .click();
    await expect(shell.heading).toHaveText(sellerName);
    await expect(page.getByRole('region', { name: 'Properties' })).toBeVisible();
  });

  await test.step('follow a shared identifier to another account', async () => {
    const links = page.getByRole('region', { name: /^Links/ });
    const target = links.locator('a').first();
    const name = (await target.innerText()).trim();
    await target.click();
    await expect(shell.heading).toHaveText(name);
    await page.goBack();
    await expect(shell.heading).toHaveText(sellerName);
  });

  await test.step('tag and annotate it; the note is searchable', async () => {
    await page.getByLabel('Tags, separated by commas').fill('test purchase, priority');
    await page
      .getByRole('textbox', { name: 'Note', exact: true })
      .fill('Test purchase arrived 2026-11-03 with a fake hologram');
    await page.getByRole('button', { name: 'Save tags and note' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'recorded in the audit log' })).toBeVisible();
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: /Search names/ }).fill('hologram');
    await expect(page.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText(
      'Note:',
    );
    await page.keyboard.press('Escape');
  });

  await test.step('add two sellers to the case from the table', async () => {
    await shell.goTo('Entities');
    await entities.openKind('Sellers');
    const rows = entities.rows('Sellers');
    const first = (await rows.nth(0).locator('td').nth(1).innerText()).trim();
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    const bar = page.getByRole('region', { name: 'Selected rows' });
    await expect(bar).toContainText('2 selected');
    await bar.getByRole('button', { name: 'Add to case' }).click();
    await expect(bar.getByRole('status')).toHaveText('Added 2 to Operation Sneaker Wave.');
    await entities.table('Sellers').getByRole('link', { name: first, exact: true }).click();
    await expect(page.getByRole('region', { name: 'Cases' })).toContainText('Operation Sneaker Wave');
  });

  await test.step('add the chosen search result to the case, straight from the search box', async () => {
    await page.keyboard.press('Control+K');
    await page.getByRole('combobox', { name: /Search names/ }).fill('hologram');
    const hit = page.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
    await expect(hit).toContainText('Note:');
    const chosen = page.getByRole('contentinfo', { name: 'Chosen result' });
    await chosen.getByRole('button', { name: 'Add to case' }).click();
    await expect(chosen.getByRole('status')).toHaveText(/^Added 1 to Operation Sneaker Wave\.$/);
    await page.keyboard.press('Escape');
  });
});
