import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { countsFromReport, describeCounts } from '../shared/import/describeCounts';
import { writeListingsCsv } from '../shared/demo/generate';
import { test, expect } from './fixtures/consoleErrors';
import { AppShell } from './pages/AppShell';
import { ImportPage } from './pages/ImportPage';
import { checkFile } from './support/checkFile';
import { asUpload, writeDemo } from './support/demoFiles';

const demo = writeDemo();
const DATA_FORMATS = /\.(csv|tsv|xlsx|json|jsonl)$/;

async function openImport(page: Page): Promise<ImportPage> {
  const shell = new AppShell(page);
  await shell.open();
  await shell.goTo('Import');
  return new ImportPage(page);
}

test('every supported format goes in through the UI, and the counts match check-file', async ({ page }) => {
  test.setTimeout(240_000);
  const importPage = await openImport(page);
  for (const file of demo.files) {
    await importPage.addFiles([asUpload(file)]);
    const job = importPage.job(file.name);
    if (!DATA_FORMATS.test(file.name)) {
      await expect(job.getByRole('status')).toContainText('Stored as evidence, SHA-256');
      continue;
    }
    await expect(job.getByRole('button', { name: `Import ${file.name}` })).toBeVisible({ timeout: 30_000 });
    const region = file.options?.region;
    if (
      region !== undefined &&
      (await job.getByLabel('Phone numbers without a country code are from').count()) > 0
    ) {
      await job.getByLabel('Phone numbers without a country code are from').selectOption(region);
    }
    await importPage.startImport(file.name);
    const summary = await importPage.importedSummary(file.name);

    const report = checkFile([file.path], region === undefined ? [] : ['--region', region]).files[0];
    expect(report?.ok, report?.error).toBe(true);
    const expected = describeCounts(countsFromReport(report?.entities ?? {}, report?.links ?? {}));
    expect(summary, file.name).toContain(
      `Imported ${(report?.rowsRead ?? 0).toLocaleString('en')} rows: ${expected}.`,
    );
  }
  const imports = page.getByRole('region', { name: /^Imports/ });
  await expect(imports.getByRole('row')).toHaveCount(
    1 + demo.files.filter((f) => DATA_FORMATS.test(f.name)).length,
  );
});

test('a column the guess missed can be mapped by hand', async ({ page }) => {
  const importPage = await openImport(page);
  const csv = [
    'Verkäufer-ID;Shopname;Kontakt (privat)',
    'A1X;Sneaker Paradies 👟;info@sneaker-paradies.example',
    'B2Y;Магазин «Оригинал»;orders@original-shop.example',
  ].join('\r\n');
  await importPage.addFiles([
    { name: 'händler_amazon-de.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
  ]);
  const meaning = importPage.columnMeaning('händler_amazon-de.csv', 'Kontakt (privat)');
  await expect(meaning).toHaveValue('ignore');
  await meaning.selectOption('seller.email');
  await page.getByLabel('Save this mapping as a template (optional)').fill('Amazon DE Händler / privat');
  await importPage.startImport('händler_amazon-de.csv');
  expect(await importPage.importedSummary('händler_amazon-de.csv')).toContain(
    'Imported 2 rows: 2 sellers, 2 e-mails, 2 links.',
  );

  // The saved mapping, exported, makes check-file read the same file the way the investigator decided.
  const saved = page.getByRole('region', { name: 'Saved mappings (1)' });
  await expect(saved.getByRole('rowheader', { name: 'Amazon DE Händler / privat' })).toBeVisible();
  const download = page.waitForEvent('download');
  await saved.getByRole('button', { name: 'Export Amazon DE Händler / privat' }).click();
  const dir = await mkdtemp(join(tmpdir(), 'casegraph-template-'));
  const templatePath = join(dir, (await download).suggestedFilename());
  await (await download).saveAs(templatePath);
  const csvPath = join(dir, 'händler_amazon-de.csv');
  await writeFile(csvPath, csv);
  const guessed = checkFile([csvPath]);
  const mapped = checkFile([csvPath], ['--mapping', templatePath]);
  expect(guessed.files[0]?.identifiers).not.toHaveProperty('email');
  expect(mapped.files[0]?.entities).toMatchObject({ seller: 2 });
  expect(mapped.files[0]?.identifiers).toMatchObject({ email: 2 });

  await saved.getByRole('button', { name: 'Delete Amazon DE Händler / privat' }).click();
  await saved.getByRole('button', { name: 'Delete for good Amazon DE Händler / privat' }).click();
  await expect(page.getByRole('region', { name: /^Saved mappings/ })).toHaveCount(0);
});

test('a large import shows progress and can be cancelled, resumed, rolled back; another is undone; rejects download', async ({
  page,
}) => {
  // 60,000 rows imported, resumed and undone: about two minutes here, more on a busy machine
  test.setTimeout(360_000);
  const importPage = await openImport(page);
  const big = Buffer.from([...writeListingsCsv({ sellers: 2000, seed: 11, rows: 60_000 })].join(''));
  await importPage.addFiles([{ name: 'listings-60k.csv', mimeType: 'text/csv', buffer: big }]);
  await importPage.startImport('listings-60k.csv');
  const job = importPage.job('listings-60k.csv');
  await expect(job.getByText(/rows\/s/)).toBeVisible({ timeout: 60_000 });
  await expect(job.getByRole('progressbar', { name: 'Importing listings-60k.csv' })).toBeVisible();
  await job.getByRole('button', { name: 'Cancel' }).click();
  await expect(job.getByText(/Cancelled after the last complete chunk/)).toBeVisible({ timeout: 60_000 });
  await expect(importPage.importsRow('listings-60k.csv')).toContainText('Cancelled');

  await page.getByRole('button', { name: 'Resume import of listings-60k.csv' }).click();
  await expect(importPage.importsRow('listings-60k.csv')).toContainText('Done', { timeout: 120_000 });
  await expect(importPage.importsRow('listings-60k.csv')).toContainText('60,000');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Undo import of listings-60k.csv' }).click();
  await expect(importPage.importsRow('listings-60k.csv')).toContainText('Undone', { timeout: 120_000 });

  const sellers = demo.files.find((f) => f.name === 'marketplace-sellers_amazon-de.csv');
  if (!sellers) throw new Error('the demo has no amazon.de seller export');
  await importPage.addFiles([asUpload(sellers)]);
  await importPage.startImport(sellers.name);
  await importPage.importedSummary(sellers.name);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download rejects of ${sellers.name}` }).click();
  const rejects = Papa.parse<string[]>(
    (await readFile(await (await download).path(), 'utf8')).replace(/^\uFEFF/, '').trim(),
  ).data;
  expect(rejects[0]).toEqual(['file', 'location', 'row', 'field', 'value', 'reason']);
  expect(rejects.length).toBeGreaterThan(1);
  expect(
    rejects
      .slice(1)
      .every((r) => r[0] === sellers.name && /^row \d+$/.test(r[1] ?? '') && (r[5] ?? '') !== ''),
  ).toBe(true);
});

test('the same file again is recognised and skipped', async ({ page }) => {
  const importPage = await openImport(page);
  const file = demo.files.find((f) => f.name.endsWith('.jsonl') && !f.name.includes('ftm'));
  if (!file) throw new Error('the demo has no JSON Lines file');
  await importPage.addFiles([asUpload(file)]);
  await importPage.startImport(file.name);
  await importPage.importedSummary(file.name);
  await page.getByRole('button', { name: 'Clear finished' }).click();
  await importPage.addFiles([asUpload(file)]);
  await expect(importPage.job(file.name).getByRole('status')).toContainText('Already imported on');
});
