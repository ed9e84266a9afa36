import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures/consoleErrors';
import { AppShell } from './pages/AppShell';
import { CasesPage } from './pages/CasesPage';
import { GraphPage } from './pages/GraphPage';
import { expectedDemoAnalysis } from './support/demoAnalysis';

test('the link chart: expand a seller to its network, explain a path, fold a hub, save into a case, export', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const expected = await expectedDemoAnalysis();
  const network = expected.networks[0];
  const [a, b] = [network?.members[0], network?.members.at(-1)];
  const tie = network?.ties[0];
  if (!network || !a || !b || !tie || a.id === b.id)
    throw new Error('the demo has no network of two accounts');

  const shell = new AppShell(page);
  await shell.open();
  await shell.loadDemo();
  await shell.goTo('Cases');
  await new CasesPage(page).createCase('Op. Lötkolben', 'BPA-2026-114');

  // Start from the seller, found by name on the Graph section's start page.
  await shell.goTo('Graph');
  await page.getByLabel('Entity', { exact: true }).fill(a.caption);
  await page
    .getByRole('list', { name: 'Matches for Entity' })
    .getByRole('button', { name: new RegExp(`^${a.caption.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`) })
    .first()
    .click();
  await expect(shell.heading).toHaveText(`Graph: ${a.caption}`);
  const graph = new GraphPage(page);
  await graph.ready();

  // Expand everything drawn until the whole network is on the chart (the analysis's members, found by name).
  const missing = async (): Promise<string[]> => {
    const out: string[] = [];
    for (const member of network.members)
      if (!(await graph.isOnChart(member.caption))) out.push(member.caption);
    return out;
  };
  for (let round = 0; round < 4 && (await missing()).length > 0; round++) {
    await graph.selectByDegree(0);
    await graph.expandSelection();
  }
  expect(await missing()).toEqual([]);

  // The path between two accounts, every hop with its reason.
  // By id: an account's name may also be a company's (a seller and the organization behind it).
  await graph.select(a.id);
  await graph.select(b.id, true);
  await expect(graph.panel.getByRole('heading', { name: '2 nodes selected' })).toBeVisible();
  await graph.panel.getByRole('button', { name: /^Find path between/ }).click();
  const why = graph.panel.getByRole('list', { name: 'Why they are connected' });
  await expect(why.getByRole('listitem').first()).toContainText(/ — from .+/, { timeout: 60_000 });
  await expect(
    page.getByRole('status').filter({ hasText: /^Found \d+ paths?, the shortest \d+ links? long\.$/ }),
  ).toBeVisible();

  // Fold the identifier that holds the network together: it becomes a badge; undo and redo it.
  await graph.select(tie.id);
  await graph.panel.getByRole('button', { name: 'Fold as hub' }).click();
  await expect(graph.panel.getByRole('button', { name: 'Unfold hub' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(graph.panel.getByRole('button', { name: 'Fold as hub' })).toBeVisible();
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(graph.panel.getByRole('button', { name: 'Unfold hub' })).toBeVisible();
  await graph.ready();
  const drawn = (await graph.subtitle.textContent())?.match(
    /^[\d,]+ of [\d,]+ nodes drawn · [\d,]+ links/,
  )?.[0];
  expect(drawn).toBeTruthy();

  // Save it into the case; the address becomes the saved view's, so a reload shows it as it was.
  await page.getByLabel('View name').fill('Network 1 chart');
  await page.getByRole('button', { name: 'Save to case' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Saved “Network 1 chart” with \d+ nodes\.$/ }),
  ).toBeVisible();
  await expect(page).toHaveURL(/#\/graph\/view\/[0-9a-f-]+$/);
  await page.reload();
  await expect(shell.heading).toHaveText('Graph: Network 1 chart');
  await graph.ready();
  await expect(graph.subtitle).toContainText(drawn ?? '');
  await graph.select(tie.id);
  await expect(graph.panel.getByRole('button', { name: 'Unfold hub' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Export for the report: a PNG of the whole chart and an SVG.
  const png = await graph.download('Export PNG');
  expect(png.suggestedFilename()).toBe('graph-Network-1-chart.png');
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  expect(bytes.length).toBeGreaterThan(10_000);
  const svg = await graph.download('Export SVG');
  const text = await readFile(await svg.path(), 'utf8');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(text).toContain(`>${a.caption.replaceAll('&', '&amp;')}</text>`);
});
