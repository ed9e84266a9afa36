/**
 * Link analysis at scale: a generated store of N entities (default 1,000,000) written into the app's database in a
 * real on-disk profile, then the Networks page runs the analysis in its worker and answers path queries, as an
 * analyst would use it. Prints the time to read the store, to analyse it, the path query times (median), the
 * longest main-thread task meanwhile, and the browser's peak memory.
 */
import { createRequire } from 'node:module';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/browser';
import { longest, longTasksBetween, recordLongTasks } from './longTasks';
import { sampleMemory } from './memory';
import { seedBundle } from './seedBundle';
import { syntheticStore } from '../../shared/bench/syntheticStore';
import { rememberSeed, reusableSeed, seedKey } from './seedCache';
import type { SeedResult } from './seedEntry';

export type AnalysisBench = Readonly<{
  seed: SeedResult;
  loadMs: number;
  analysisMs: number;
  wallMs: number;
  networks: number;
  pathQueryMs: readonly number[];
  pathWallMs: readonly number[];
  longestTaskMs: number;
  longestRunTaskMs: number;
  longestPathsTaskMs: number;
  peakRss: number;
}>;

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export { median };

async function pickEntity(page: Page, label: string, id: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(id);
  await page
    .getByRole('list', { name: `Matches for ${label}` })
    .getByRole('button')
    .first()
    .click();
}

export async function benchAnalysis(
  profileDir: string,
  baseUrl: string,
  entities: number,
  log: (line: string) => void,
): Promise<AnalysisBench> {
  const context = await chromium.launchPersistentContext(profileDir, {
    ...chromiumLaunchOptions,
    bypassCSP: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await recordLongTasks(page);
    const require = createRequire(import.meta.url);
    await page.addInitScript({ path: require.resolve('dexie/dist/dexie.js') });
    // Init scripts run in their own function scope: the bundle's top-level `var` must be made global by hand.
    const seedCode = await seedBundle();
    await page.addInitScript({ content: `${seedCode}\nwindow.CasegraphSeed = CasegraphSeed;` });
    await page.exposeFunction('__seedProgress', (done: number) => {
      if (done % 100_000 < 20_000) log(`  seeding: ${done.toLocaleString('en')} entities written`);
    });

    // The app creates its database (schema and indexes) on first load; the generator then fills it.
    await page.goto(`${baseUrl}#/`);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    const key = seedKey(syntheticStore({ entities }).next().value, entities);
    let seeded = reusableSeed(profileDir, key) as SeedResult | undefined;
    if (seeded === undefined) {
      seeded = await page.evaluate((n) => {
        const scope = window as unknown as {
          CasegraphSeed: { seed(n: number, onBatch: (done: number) => void): Promise<SeedResult> };
          __seedProgress: (done: number) => void;
        };
        return scope.CasegraphSeed.seed(n, (done) => {
          scope.__seedProgress(done);
        });
      }, entities);
      rememberSeed(profileDir, key, seeded);
      log(
        `  seeded ${seeded.entities.toLocaleString('en')} entities and ${seeded.links.toLocaleString('en')} links in ${(seeded.ms / 1000).toFixed(0)} s`,
      );
    } else {
      log(`  reusing the profile seeded earlier with ${seeded.entities.toLocaleString('en')} entities`);
      // The earlier run's report would answer at once: start from a store that has never been analysed.
      await page.evaluate(() =>
        (
          window as unknown as { CasegraphSeed: { forgetAnalysis(): Promise<void> } }
        ).CasegraphSeed.forgetAnalysis(),
      );
    }

    await page.goto(`${baseUrl}#/networks`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Networks' }).waitFor();
    const memory = sampleMemory();
    const from = await page.evaluate(() => performance.now());
    const wallStart = Date.now();
    await page.getByRole('button', { name: /^Run analysis/ }).click();
    const networksTab = page.getByRole('tab', { name: /^Networks \(/ });
    await networksTab.waitFor({ timeout: 60 * 60_000 });
    const wallMs = Date.now() - wallStart;
    const longestRun = longest(await longTasksBetween(page, from));
    const record = await page.evaluate(async () => {
      const Dexie = (
        window as unknown as {
          Dexie: new (name: string) => {
            open(): Promise<unknown>;
            table(name: string): {
              get(
                key: string,
              ): Promise<{ loadMs: number; analysisMs: number; summary: { networkCount: number } }>;
            };
            close(): void;
          };
        }
      ).Dexie;
      const db = new Dexie('casegraph');
      await db.open();
      const stored = await db.table('analyses').get('default');
      db.close();
      return {
        loadMs: stored.loadMs,
        analysisMs: stored.analysisMs,
        networks: stored.summary.networkCount,
      };
    });

    // Path queries between storefronts of the planted operations, answered from the worker's index in memory.
    await page.getByRole('tab', { name: 'Paths' }).click();
    const pathQueryMs: number[] = [];
    const pathWallMs: number[] = [];
    const pairs = seeded.operations
      .filter((members) => members.length >= 2)
      .slice(0, 7)
      .map((members) => [members[0], members[members.length - 1]] as const);
    const pathsFrom = await page.evaluate(() => performance.now());
    for (const [a, b] of pairs) {
      if (a === undefined || b === undefined) continue;
      await pickEntity(page, 'From', a);
      await pickEntity(page, 'To', b);
      const clicked = Date.now();
      await page.getByRole('button', { name: 'Find paths' }).click();
      const found = page.getByText(/^\d+ paths? found in \d+ ms\.$/);
      await found.waitFor({ timeout: 10 * 60_000 });
      pathWallMs.push(Date.now() - clicked);
      const text = (await found.textContent()) ?? '';
      pathQueryMs.push(Number(/in (\d+) ms/.exec(text)?.[1] ?? Number.NaN));
      await page.getByLabel('From', { exact: true }).fill('');
      await page.getByLabel('To', { exact: true }).fill('');
    }
    const longestPaths = longest(await longTasksBetween(page, pathsFrom));
    return {
      seed: seeded,
      ...record,
      wallMs,
      pathQueryMs,
      pathWallMs,
      longestTaskMs: Math.max(longestRun, longestPaths),
      longestRunTaskMs: longestRun,
      longestPathsTaskMs: longestPaths,
      peakRss: memory.stop(),
    };
  } finally {
    await context.close();
  }
}
