import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures/consoleErrors';
import { AppShell } from './pages/AppShell';

/** A saved shop page, as an investigator captures it: non-ASCII text, emoji, a script that must stay inert. */
const capture = Buffer.from(
  '<!doctype html><title>Магазин «Оригинал» 👟</title>\r\n<p>Preis: 71,90 €; Tel. +49 6155 2302</p>\n' +
    '<script>alert("x")</script>\n',
  'utf8',
);
const captureSha256 = createHash('sha256').update(capture).digest('hex');

test('a file picked through the web bridge is stored by hash and saved back byte for byte', async ({
  page,
}) => {
  const shell = new AppShell(page);
  await shell.open();
  await shell.goTo('Import');
  await expect(page.getByRole('heading', { name: 'No evidence yet' })).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add files' }).click();
  await (await chooser).setFiles({ name: 'магазин-оригинал.html', mimeType: 'text/html', buffer: capture });

  const evidence = page.getByRole('region', { name: /Evidence \(1\)/ });
  await expect(evidence.getByRole('cell', { name: 'магазин-оригинал.html', exact: true })).toBeVisible();
  await expect(evidence.getByText(captureSha256)).toBeVisible();
  await expect(evidence.getByRole('cell', { name: 'text/html', exact: true })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy of магазин-оригинал.html' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('магазин-оригинал.html');
  const bytes = await readFile(await saved.path());
  expect(bytes.equals(capture)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Saved магазин-оригинал.html' })).toBeVisible();
});

test('the same bytes added twice are stored once', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open();
  await shell.goTo('Import');
  for (const name of ['capture.html', 'capture-copy.html']) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Add files' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/html', buffer: capture });
    await expect(page.getByRole('article', { name: `Import of ${name}` }).getByRole('status')).toBeVisible();
  }
  await expect(page.getByText('Already stored as capture.html: nothing was duplicated')).toBeVisible();
  const evidence = page.getByRole('region', { name: /Evidence \(1\)/ });
  await expect(evidence.getByText('(also received as capture-copy.html)')).toBeVisible();
});

test('closing the file picker without choosing changes nothing', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open();
  await shell.goTo('Import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add files' }).click();
  await (await chooser).setFiles([]);
  await expect(page.getByRole('heading', { name: 'No evidence yet' })).toBeVisible();
});

test('a file larger than one chunk is read in pieces and hashed exactly', async ({ page }) => {
  // 9 MB of seeded, non-repeating bytes: three chunks of the 4 MB reads, the last one short.
  const size = 9 * 1024 * 1024 + 17;
  const big = Buffer.alloc(size);
  let state = 0x2545f491;
  for (let i = 0; i < size; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    big[i] = state >>> 24;
  }
  const expected = createHash('sha256').update(big).digest('hex');

  const shell = new AppShell(page);
  await shell.open();
  await shell.goTo('Import');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add files' }).click();
  await (await chooser).setFiles({ name: 'seizure-photos.zip', mimeType: 'application/zip', buffer: big });
  await expect(page.getByText(`Stored as evidence, SHA-256 ${expected}`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('cell', { name: '9.4 MB' })).toBeVisible();
});
