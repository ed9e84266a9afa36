/**
 * The graph view at scale: generated link charts of 2,000 nodes / 4,000 links and 10,000 / 20,000
 * (shared/graph/synthetic.ts) written into the app's store as a case, then opened on the Graph page: from the
 * address change to the chart laid out (the layout worker, handed to Cytoscape as a preset) and painted, on the
 * page's own clock. Then frame times while the chart is zoomed and panned with the mouse wheel and a drag. Beside
 * it, the same graph laid out by Cytoscape's fcose with its default settings on a bare page (capped: past the cap it
 * reports "over N s"), and the ratio.
 */
import { createRequire } from 'node:module';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/browser';
import { syntheticGraph } from '../../shared/graph/synthetic';
import { emptySpot, framesDuring, logFrames, nodeAt, nodeNear, pan, startProfile, wheel } from './graphInput';
import { longest, longTasksBetween, recordLongTasks } from './longTasks';

/**
 * `CASEGRAPH_BENCH_GRAPH_SIZES=10000` and `CASEGRAPH_BENCH_GRAPH_FCOSE=0` narrow a run while tuning (fcose alone
 * takes minutes); the report for the issue is the default: both sizes, fcose beside.
 */
const SIZES: readonly number[] = (process.env['CASEGRAPH_BENCH_GRAPH_SIZES'] ?? '2000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const WITH_FCOSE = process.env['CASEGRAPH_BENCH_GRAPH_FCOSE'] !== '0';
/** fcose runs on the main thread and cannot be interrupted: past this the page is closed and the run reported as over. */
const FCOSE_CAP_MS = 120_000;
export const CASE_ID = 'bench-graph-case';
const BATCH = 2_000;

export async function seedCase(page: Page, nodes: number): Promise<void> {
  const graph = syntheticGraph(nodes);
  const now = new Date().toISOString();
  const put = (table: string, records: readonly unknown[]): Promise<void> =>
    page.evaluate(
      async ([name, items]) => {
        const Dexie = (
          window as unknown as {
            Dexie: new (name: string) => {
              open(): Promise<unknown>;
              table(n: string): { bulkPut(r: readonly unknown[]): Promise<unknown> };
              close(): void;
            };
          }
        ).Dexie;
        const db = new Dexie('casegraph');
        await db.open();
        await db.table(name).bulkPut(items);
        db.close();
      },
      [table, records] as const,
    );
  for (let at = 0; at < graph.entities.length; at += BATCH)
    await put('entities', graph.entities.slice(at, at + BATCH));
  for (let at = 0; at < graph.links.length; at += BATCH)
    await put('links', graph.links.slice(at, at + BATCH));
  await put('cases', [
    {
      id: CASE_ID,
      title: `Benchmark chart of ${nodes.toLocaleString('en')}`,
      reference: '',
      status: 'open',
      owner: 'benchmark',
      tags: [],
      summary: '',
      createdAt: now,
      updatedAt: now,
    },
  ]);
  const items = graph.entities.map((entity, i) => ({
    id: `bench-item-${i}`,
    caseId: CASE_ID,
    type: 'entity',
    targetId: entity.id,
    role: 'subject',
    addedAt: now,
  }));
  for (let at = 0; at < items.length; at += BATCH) await put('caseItems', items.slice(at, at + BATCH));
}

async function ourPipeline(
  page: Page,
  baseUrl: string,
  nodes: number,
  log: (line: string) => void,
): Promise<number> {
  await page.goto(`${baseUrl}#/cases`);
  await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
  const from = await page.evaluate(() => performance.now());
  const openProfile = await startProfile(page);
  const [ms, opened] = await page.evaluate(
    async ([caseId, expected]) => {
      const start = performance.now();
      location.hash = `#/graph/case/${caseId}`;
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const canvas = document.querySelector('.graph-canvas');
        if (
          canvas?.getAttribute('data-state') === 'ready' &&
          canvas.getAttribute('data-nodes') === String(expected)
        )
          return [performance.now() - start, start] as const;
        if (performance.now() - start > 600_000) return [Number.NaN, start] as const;
      }
    },
    [CASE_ID, nodes] as const,
  );
  await openProfile?.(`open-${nodes}`);
  const subtitle = (await page.locator('.page-header__subtitle').textContent()) ?? '';
  const layout = /laid out in ([\d.]+) s/.exec(subtitle)?.[1];
  const tasks = await longTasksBetween(page, from);
  log(
    `  ours:  ${(ms / 1000).toFixed(2)} s to laid out and painted (layout worker ${layout ?? '?'} s); longest main-thread task ${longest(tasks).toFixed(0)} ms`,
  );
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('the chart has no box');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // What an analyst does at once, while a big chart is still being filled behind its overview: zoom in and out with
  // the wheel, and pan by dragging the canvas where nothing is drawn (a drag that starts on a node moves the node).
  const spot = await emptySpot(page);
  const openingProfile = await startProfile(page);
  const opening = await framesDuring(page, async () => {
    await page.mouse.move(centre.x, centre.y);
    await wheel(page, -240);
    await wheel(page, 240);
    await pan(page, { x: box.x + spot.x, y: box.y + spot.y }, spot.x < box.width / 2 ? 1 : -1);
    await page.waitForTimeout(300);
  });
  await openingProfile?.(`opening-${nodes}`);
  logFrames(log, 'pan/zoom right after the first paint', opening);
  await page.screenshot({ path: `/tmp/casegraph-bench-graph-${nodes}.png` }).catch(() => undefined);
  // A big chart is first shown by the overview while Cytoscape is filled behind it (`graph:filled`): when that ends,
  // selecting and dragging single nodes and the zoomed-in drawing with labels are there too.
  const filled = await page.evaluate(async (start) => {
    for (let waited = 0; waited < 60_000; waited += 100) {
      const entry = performance.getEntriesByName('graph:filled').at(-1);
      if (entry) return entry.startTime + entry.duration - start;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return undefined;
  }, opened);
  if (filled !== undefined)
    log(`  Cytoscape filled behind the overview: ${(filled / 1000).toFixed(2)} s after the open`);
  if (filled !== undefined) {
    // Filled: the same again, then a node zoomed in on and dragged (a node move: the view state and Cytoscape are
    // brought to the new position at the drag's end).
    const again = await emptySpot(page);
    const settledProfile = await startProfile(page);
    const settled = await framesDuring(page, async () => {
      await page.mouse.move(centre.x, centre.y);
      await wheel(page, -240);
      await wheel(page, 240);
      await pan(page, { x: box.x + again.x, y: box.y + again.y }, again.x < box.width / 2 ? 1 : -1);
      await page.waitForTimeout(300);
    });
    await settledProfile?.(`settled-${nodes}`);
    logFrames(log, 'pan/zoom once filled', settled);
    const target = await nodeNear(page, box.width / 2, box.height / 2);
    await page.mouse.move(box.x + target.x, box.y + target.y);
    await wheel(page, -240);
    await page.waitForTimeout(300);
    const grip = await nodeAt(page, target.id);
    const profile = await startProfile(page);
    const drag = await framesDuring(page, async () => {
      await page.mouse.move(box.x + grip.x, box.y + grip.y);
      await page.mouse.down();
      for (let i = 1; i <= 30; i++) {
        await page.mouse.move(box.x + grip.x + i * 6, box.y + grip.y + i * 3);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
      await page.waitForTimeout(300);
      await wheel(page, 240);
      await page.waitForTimeout(300);
    });
    await profile?.(`node-drag-${nodes}`);
    const after = await nodeAt(page, target.id);
    logFrames(
      log,
      `node drag (${after.model.x !== grip.model.x ? 'moved' : 'NOT moved'}) and zoom out`,
      drag,
    );
  }
  // where the time went: the app's own `graph:*` measures (the last of each name, this open's)
  const phases = await page.evaluate(() => {
    const last = new Map<string, number>();
    for (const entry of performance.getEntriesByType('measure'))
      if (entry.name.startsWith('graph:')) last.set(entry.name, entry.duration);
    return [...last];
  });
  log(`  phases: ${phases.map(([name, d]) => `${name.slice(6)} ${(d / 1000).toFixed(2)} s`).join(', ')}`);

  return ms;
}

/** fcose with its defaults on the same nodes and links, in a bare page; undefined when it passed the cap. */
async function fcose(page: Page, nodes: number): Promise<number | undefined> {
  const graph = syntheticGraph(nodes);
  const require = createRequire(import.meta.url);
  await page.setContent('<!doctype html><div id="cy" style="position:absolute;inset:0"></div>');
  for (const script of [
    'cytoscape/dist/cytoscape.min.js',
    'layout-base/layout-base.js',
    'cose-base/cose-base.js',
    'cytoscape-fcose/cytoscape-fcose.js',
  ])
    await page.addScriptTag({ path: require.resolve(script) });
  const elements = [
    ...graph.entities.map((entity) => ({ data: { id: entity.id } })),
    ...graph.links.map((link) => ({ data: { id: link.id, source: link.from, target: link.to } })),
  ];
  const run = page.evaluate(async (items) => {
    const scope = window as unknown as {
      cytoscape: ((options: unknown) => {
        on(e: string, f: () => void): void;
        layout(o: unknown): { run(): void };
      }) & { use(x: unknown): void };
      cytoscapeFcose: unknown;
    };
    scope.cytoscape.use(scope.cytoscapeFcose);
    const start = performance.now();
    const cy = scope.cytoscape({ container: document.getElementById('cy'), elements: items });
    await new Promise<void>((resolve) => {
      cy.on('layoutstop', () => resolve());
      cy.layout({ name: 'fcose', animate: false }).run();
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  }, elements);
  const capped = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), FCOSE_CAP_MS));
  const result = await Promise.race([run, capped]);
  if (result === undefined) run.catch(() => undefined);
  return result;
}

export async function benchGraph(baseUrl: string, log: (line: string) => void): Promise<void> {
  const require = createRequire(import.meta.url);
  log(
    'Graph: generated charts laid out and first painted, ours (layout worker + preset) vs cytoscape fcose defaults',
  );
  for (const nodes of SIZES) {
    log(`${nodes.toLocaleString('en')} nodes, ${(2 * nodes).toLocaleString('en')} links:`);
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await recordLongTasks(page);
      await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
      await page.addInitScript({ path: require.resolve('dexie/dist/dexie.js') });
      await page.goto(`${baseUrl}#/`);
      await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
      await seedCase(page, nodes);
      const ours = await ourPipeline(page, baseUrl, nodes, log);
      log(`  target: interactive under 3 s: ${ours < 3_000 ? 'met' : 'NOT met'}`);
      if (!WITH_FCOSE) continue;
      const other = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const theirs = await fcose(other, nodes);
      await other.close({ runBeforeUnload: false }).catch(() => undefined);
      if (theirs === undefined)
        log(
          `  fcose: over ${FCOSE_CAP_MS / 1000} s (stopped); ratio over ${(FCOSE_CAP_MS / ours).toFixed(0)}× in our favour`,
        );
      else
        log(`  fcose: ${(theirs / 1000).toFixed(2)} s; ratio ${(theirs / ours).toFixed(1)}× (fcose / ours)`);
    } finally {
      await browser.close();
    }
  }
}
