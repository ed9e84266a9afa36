/**
 * A case leaves as an evidence bundle and comes back with a reviewer's annotations. The bundle is checked the way
 * counsel's expert would, with no Casegraph at hand: unpacked by Python's zipfile, `sha256sum -c SHA256SUMS`, the
 * GraphML read by networkx. Then a field reviewer opens it on Review in a fresh browser profile with the network
 * blocked, flags a seller, and sends the annotations back into the investigator's case. An altered byte and a
 * zip-slip bundle are caught on Review.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './fixtures/consoleErrors';
import { AppShell } from './pages/AppShell';
import { CasesPage } from './pages/CasesPage';
import { EntitiesPage } from './pages/EntitiesPage';
import { flipEvidenceByte, zipSlipBundle } from './support/zipTamper';

const CASE = 'Operation Red Herring';
const REFERENCE = 'CG-2026-031';
const REVIEWER = 'Katarzyna Nowak';

/** A reviewer's laptop: a fresh profile that can reach the app's own files and nothing else. */
async function reviewerLaptop(browser: Browser, appUrl: string) {
  const context = await browser.newContext({ baseURL: appUrl, acceptDownloads: true });
  const blocked: string[] = [];
  const app = new URL(appUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('blob:') || url.startsWith('data:') || new URL(url).origin === app)
      return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  const shell = new AppShell(page);
  await shell.open();
  await page.getByRole('button', { name: 'Change examiner name' }).click();
  await page.getByLabel('Examiner name').fill(REVIEWER);
  await page.getByRole('button', { name: 'Save name' }).click();
  await shell.goTo('Review');
  return { context, page, blocked };
}

async function openBundle(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open bundle…' }).click();
  await (await chooser).setFiles(path);
}

test('a case goes out as a bundle anyone can check, is reviewed offline, and its annotations come back', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const appUrl = String(testInfo.project.use.baseURL);
  const shell = new AppShell(page);
  const cases = new CasesPage(page);
  const entities = new EntitiesPage(page);
  await shell.open();
  await shell.loadDemo();

  const sellers: string[] = [];
  await test.step('a case with two sellers, a note and attached evidence', async () => {
    await shell.goTo('Cases');
    await cases.createCase(CASE, REFERENCE);
    await shell.goTo('Entities');
    await entities.openKind('Sellers');
    const rows = entities.rows('Sellers');
    for (const i of [0, 1]) {
      sellers.push((await rows.nth(i).locator('td').nth(1).innerText()).trim());
      await rows.nth(i).getByRole('checkbox').check();
    }
    const bar = page.getByRole('region', { name: 'Selected rows' });
    await bar.getByRole('button', { name: 'Add to case' }).click();
    await expect(bar.getByRole('status')).toHaveText(`Added 2 to ${CASE}.`);
    await shell.goTo('Cases');
    await cases.openCase(CASE);
    const evidence = cases.section('Evidence');
    await evidence.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect(evidence).toHaveAccessibleName('Evidence (1)');
    const notes = cases.section('Notes');
    await notes
      .getByLabel('New note (Markdown)')
      .fill('=HYPERLINK("http://evil.example") both sellers, one IBAN');
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expect(notes.getByRole('article')).toBeVisible();
  });

  const dir = testInfo.outputPath('bundle');
  const zipPath = testInfo.outputPath('bundle.zip');
  await test.step('export the bundle', async () => {
    const section = cases.section('Evidence bundle');
    const download = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Export bundle…' }).click();
    await (await download).saveAs(zipPath);
    await expect(section.getByRole('status', { name: 'Bundle exported' })).toContainText(
      `Saved ${REFERENCE}-bundle.zip`,
    );
    await expect(cases.section('History').getByRole('table', { name: 'Case history' })).toContainText(
      'Exported the case as a bundle',
    );
  });

  await test.step('sha256sum -c and networkx accept it, and its CSV is spreadsheet-safe', async () => {
    await mkdir(dir, { recursive: true });
    execFileSync('python3', ['-m', 'zipfile', '-e', zipPath, dir]);
    const checked = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    const lines = checked.trim().split('\n');
    expect(lines.length).toBeGreaterThan(8);
    for (const line of lines) expect(line).toMatch(/: OK$/);
    expect(checked).toMatch(/^evidence\/[0-9a-f]{64}-.+: OK$/m);
    expect(checked).toContain('manifest.json: OK');

    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      case: { reference: string };
      counts: { entities: number; links: number };
    };
    expect(manifest.case.reference).toBe(REFERENCE);
    const graph = execFileSync(
      'python3',
      [
        '-c',
        'import sys, networkx as nx\ng = nx.read_graphml(sys.argv[1])\nprint(g.number_of_nodes(), g.number_of_edges())',
        join(dir, 'data', 'graph.graphml'),
      ],
      { encoding: 'utf8' },
    );
    expect(graph.trim()).toBe(`${manifest.counts.entities} ${manifest.counts.links}`);

    const csv = await readFile(join(dir, 'data', 'entities.csv'), 'utf8');
    for (const seller of sellers) expect(csv).toContain(seller);
    // no cell may start a formula when the file is opened in a spreadsheet
    expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
    expect((await readFile(join(dir, 'report.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const report = await readFile(join(dir, 'report.html'), 'utf8');
    expect(report).toContain(CASE);
    expect(report).not.toMatch(/<script|src="http|href="http/i);
  });

  const annotationsPath = testInfo.outputPath('annotations.json');
  await test.step('a reviewer opens it with the network blocked, checks it and annotates', async () => {
    const laptop = await reviewerLaptop(browser, appUrl);
    const review = laptop.page;
    await openBundle(review, zipPath);
    const verdict = review.getByRole('status', { name: 'Bundle check' });
    await expect(verdict).toContainText(/intact/i, { timeout: 120_000 });
    await expect(review.getByText(CASE).first()).toBeVisible();

    const seller = sellers[0] ?? '';
    await review.getByRole('link', { name: seller, exact: true }).first().click();
    await review.getByLabel(`Flag for ${seller}`).selectOption('disputed');
    await review
      .getByLabel(`Comment on ${seller}`)
      .fill('Imprint address is a parcel locker — ask the marketplace.');
    await review.getByLabel(`Comment on ${seller}`).blur();
    await review
      .getByRole('navigation', { name: 'Bundle sections' })
      .getByRole('link', { name: 'Annotations' })
      .click();
    await expect(review.getByRole('table', { name: 'Annotations' })).toContainText('parcel locker');
    const download = review.waitForEvent('download');
    await review.getByRole('button', { name: 'Export annotations' }).click();
    await (await download).saveAs(annotationsPath);
    expect(laptop.blocked).toEqual([]);
    await laptop.context.close();
  });

  await test.step('the annotations come back into the case', async () => {
    const section = cases.section('Review annotations');
    const chooser = page.waitForEvent('filechooser');
    await section.getByRole('button', { name: 'Bring back annotations…' }).click();
    await (await chooser).setFiles(annotationsPath);
    await expect(section.getByRole('status')).toContainText(`Brought back 1 annotation by ${REVIEWER}`);
    const list = section.getByRole('list', { name: 'Annotations from review' });
    await expect(list).toContainText('Disputed');
    await expect(list).toContainText('parcel locker');
    await expect(list).toContainText(REVIEWER);
    await expect(cases.section('History').getByRole('table', { name: 'Case history' })).toContainText(
      `Brought back 1 review annotation by ${REVIEWER}`,
    );
    // the same file again changes nothing
    const again = page.waitForEvent('filechooser');
    await section.getByRole('button', { name: 'Bring back annotations…' }).click();
    await (await again).setFiles(annotationsPath);
    await expect(section.getByRole('status')).toContainText('was brought back before; nothing changed');
    await expect(section).toHaveAccessibleName('Review annotations (1)');
  });

  await test.step('an altered evidence byte is named; a zip-slip bundle is refused', async () => {
    const { altered, path } = flipEvidenceByte(await readFile(zipPath));
    const alteredPath = testInfo.outputPath('altered.zip');
    await writeFile(alteredPath, altered);
    const slipPath = testInfo.outputPath('slip.zip');
    zipSlipBundle(slipPath);

    const laptop = await reviewerLaptop(browser, appUrl);
    await openBundle(laptop.page, alteredPath);
    const verdict = laptop.page.getByRole('status', { name: 'Bundle check' });
    await expect(verdict).toContainText(/altered/i, { timeout: 120_000 });
    await expect(laptop.page.getByRole('list', { name: 'Problems found' })).toContainText(path);

    await openBundle(laptop.page, slipPath);
    await expect(laptop.page.getByRole('alert')).toContainText('../../.bashrc');
    await laptop.context.close();
  });
});
