import { test, expect } from './fixtures/consoleErrors';
import { AppShell, SECTION_NAMES } from './pages/AppShell';

test.describe('the app shell', () => {
  test('starts empty, without console errors, and says what to do first', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open();
    await expect(page.getByRole('heading', { name: 'Your workbench is empty' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Import evidence' })).toBeVisible();
    await expect(page.getByText('browser', { exact: false }).first()).toBeVisible();
  });

  test('navigates to every section, marks where you are, and titles the window', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open();
    for (const section of SECTION_NAMES) {
      await shell.goTo(section);
      await expect(shell.link(section)).toHaveAttribute('aria-current', 'page');
      await expect(page).toHaveTitle(`${section} · Casegraph`);
      // Every empty section explains itself instead of showing a blank page.
      await expect(page.locator('.empty-state, form[aria-label="New case"]').first()).toBeVisible();
    }
    await page.goBack();
    await expect(shell.heading).toHaveText('Cases');
  });

  test('an unknown address shows a way back', async ({ page }) => {
    await page.goto('./#/no-such-page');
    await expect(page.getByRole('heading', { name: 'There is nothing at this address' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the overview' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview');
  });

  test('works from the keyboard alone', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    // Tab through the sidebar to "Cases" and open it with Enter.
    for (let i = 0; i < 20; i += 1) {
      await page.keyboard.press('Tab');
      if (await shell.link('Cases').evaluate((el) => el === document.activeElement)) break;
    }
    await expect(shell.link('Cases')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shell.heading).toHaveText('Cases');
    // Focus moved to the content, so the next Tab reaches the form, not the sidebar again.
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Case title')).toBeFocused();
    await page.keyboard.type('Op. Lötkolben — 🕵️ Шпион');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('cell', { name: 'Op. Lötkolben — 🕵️ Шпион' })).toBeVisible();
  });

  test('follows the system theme, light and dark', async ({ page }) => {
    const shell = new AppShell(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await shell.open();
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(light).toBe('rgb(246, 247, 249)');
    expect(dark).toBe('rgb(15, 20, 27)');
  });

  test('the examiner name signs what is recorded', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open();
    await page.getByRole('button', { name: 'Change examiner name' }).click();
    await page.getByLabel('Examiner name').fill('Ana Gonçalves');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByText('Ana Gonçalves')).toBeVisible();
    await shell.goTo('Cases');
    await page.getByLabel('Case title').fill('Tênis falsificados, MLB');
    await page.getByRole('button', { name: 'Create case' }).click();
    await expect(page.getByRole('cell', { name: 'Ana Gonçalves' })).toBeVisible();
    await shell.goTo('Overview');
    const activity = page.getByRole('region', { name: 'Recent activity' });
    await expect(activity.getByText('Opened case “Tênis falsificados, MLB”')).toBeVisible();
    await expect(activity.getByText(/#1 · Ana Gonçalves/)).toBeVisible();
  });

  test('refuses a case without a title, with a message', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open();
    await shell.goTo('Cases');
    await page.getByRole('button', { name: 'Create case' }).click();
    await expect(page.getByRole('alert')).toHaveText('A case needs a title');
    await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();
  });
});
