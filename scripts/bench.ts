/**
 * `npm run bench [-- --rows 100000] [--million] [--entities 1000000] [--listings 1000000]
 * [--only import|analysis|explore|graph|bundle] [--port 4176] [--keep-profiles ../bench-profiles]
 * [--no-build] [--out-dir ../dist-bench]`: performance of the import and of link analysis, measured in Chromium.
 *
 * Import:
 * 1. Imports N generated listing rows (with their sellers, photos and identifiers) through the real UI — worker,
 *    parse, map, merge, chunked transactions — and times the pipeline from the import record's own clock.
 * 2. Writes the very same records (read back from the store) into an empty database with the same indexes using a
 *    bare Dexie `bulkPut`, and prints both times and their ratio (target: within 1.5x).
 * 3. Reports the longest main-thread task while the import ran (target: none over 100 ms) and the browser's peak
 *    resident memory. With `--million`, also imports a 1,000,000-row CSV to show memory stays bounded.
 *
 * Link analysis (scripts/bench/analysis.ts): a generated store of `--entities` entities, analysed in the app's worker
 * from the Networks page, then path queries; prints read and analysis times, path query medians, the longest
 * main-thread task and peak memory.
 *
 * Explore (scripts/bench/explore.ts): `--listings` generated listings stored, then the Entities table sorted and
 * filtered and the search box queried; prints click-to-first-rows and search answer medians, and how many rows the
 * DOM holds after scrolling to the middle.
 *
 * Graph (scripts/bench/graph.ts): generated charts of 2,000 and 10,000 nodes laid out and first painted by the app's
 * pipeline (layout worker, preset positions) and by cytoscape's default fcose, side by side with their ratio; frame
 * times while panning and zooming.
 *
 * Seeding a million records on disk takes an hour or two here: `--keep-profiles DIR` keeps the seeded profiles in DIR
 * and a later run with the same generator and size measures again without seeding (the app upgrades an older schema).
 *
 * Wall-clock numbers vary between runs on shared machines; the ratio, measured in the same run, is the figure.
 */
import { existsSync, mkdtempSync, rmSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/browser';
import { writeListingsCsv } from '../shared/demo/generate';
import { SCHEMA_VERSIONS } from '../renderer/data/schema';
import { benchAnalysis, median } from './bench/analysis';
import { benchExplore, medianOf, type Timed } from './bench/explore';
import { benchBundle } from './bench/bundle';
import { benchGraph } from './bench/graph';
import { longest, longTasksBetween, recordLongTasks } from './bench/longTasks';
import { sampleMemory } from './bench/memory';
import { serveBuiltApp } from './bench/server';

const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const PORT = portArg === -1 ? 4176 : Number(args[portArg + 1]);
const BUILD = !args.includes('--no-build');
const outDirArg = args.indexOf('--out-dir');
/** Relative to the renderer folder, as Vite's own `outDir` (`../dist-bench` is beside `dist`). */
const OUT_DIR = outDirArg === -1 ? undefined : args[outDirArg + 1];
const rowsArg = args.indexOf('--rows');
const ROWS = rowsArg === -1 ? 100_000 : Number(args[rowsArg + 1]);
const MILLION = args.includes('--million');
const entitiesArg = args.indexOf('--entities');
const ENTITIES = entitiesArg === -1 ? 1_000_000 : Number(args[entitiesArg + 1]);
const listingsArg = args.indexOf('--listings');
const LISTINGS = listingsArg === -1 ? 1_000_000 : Number(args[listingsArg + 1]);
const keepArg = args.indexOf('--keep-profiles');
/** Where seeded profiles are kept and reused between runs (scripts/bench/seedCache.ts); by default none is kept. */
const KEEP_PROFILES = keepArg === -1 ? undefined : resolve(args[keepArg + 1] ?? '../bench-profiles');
const onlyArg = args.indexOf('--only');
const ONLY = onlyArg === -1 ? undefined : args[onlyArg + 1];

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The latest index definitions of the tables the import writes, so the bare write maintains the same indexes. */
function storesOf(tables: readonly string[]): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const version of SCHEMA_VERSIONS) {
    for (const [table, spec] of Object.entries(version.stores))
      if (tables.includes(table) && spec) stores[table] = spec;
  }
  return stores;
}

async function writeCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  for (const chunk of writeListingsCsv({ sellers: Math.max(100, Math.round(rows / 10)), seed: 2026, rows })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

type ImportRun = Readonly<{
  pipelineMs: number;
  rows: number;
  longestTaskMs: number;
  tasksOver50: number;
  peakRss: number;
  hashMs: number;
}>;

/** A long import says how far it is every few minutes, so a run cut short still shows rows, rate and memory. */
const PROGRESS_EVERY_MS = 5 * 60_000;
/** On disk a million rows take hours on these shared machines; the limit only stops a run that hangs. */
const IMPORT_LIMIT_MS = 6 * 60 * 60_000;

async function importThroughUi(page: Page, baseUrl: string, path: string, name: string): Promise<ImportRun> {
  await page.goto(`${baseUrl}#/import`);
  const memory = sampleMemory();
  const hashStart = Date.now();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Add files' }).click();
  await (await chooser).setFiles(path);
  const job = page.getByRole('article', { name: `Import of ${name}` });
  await job.getByRole('button', { name: `Import ${name}` }).waitFor({ timeout: 30 * 60_000 });
  const hashMs = Date.now() - hashStart;
  const from = await page.evaluate(() => performance.now());
  await job.getByRole('button', { name: `Import ${name}` }).click();
  const started = Date.now();
  const progress = setInterval(() => {
    void job
      .innerText({ timeout: 10_000 })
      .then((text) => {
        const line = text.replace(/\s+/g, ' ').slice(0, 160);
        process.stdout.write(
          `  [${seconds(Date.now() - started)}] ${line} · peak RSS so far ${mb(memory.peak())}\n`,
        );
      })
      .catch(() => undefined);
  }, PROGRESS_EVERY_MS);
  try {
    await job
      .getByRole('status')
      .filter({ hasText: /^Imported / })
      .waitFor({ timeout: IMPORT_LIMIT_MS });
  } finally {
    clearInterval(progress);
  }
  const to = await page.evaluate(() => performance.now());
  const peakRss = memory.stop();
  const tasks = await longTasksBetween(page, from, to);
  const record = await page.evaluate(async () => {
    const Dexie = (window as unknown as { Dexie: new (name: string) => DexieLike }).Dexie;
    type DexieLike = {
      open(): Promise<unknown>;
      table(name: string): {
        toArray(): Promise<{ startedAt: string; finishedAt?: string; rowsRead: number }[]>;
      };
      close(): void;
    };
    const db = new Dexie('casegraph');
    await db.open();
    const [imported] = await db.table('imports').toArray();
    db.close();
    return imported;
  });
  if (!record?.finishedAt) throw new Error('the import did not finish');
  return {
    pipelineMs: Date.parse(record.finishedAt) - Date.parse(record.startedAt),
    rows: record.rowsRead,
    longestTaskMs: longest(tasks),
    tasksOver50: tasks.length,
    peakRss,
    hashMs,
  };
}

async function bareBulkPut(page: Page): Promise<{ ms: number; entities: number; links: number }> {
  return page.evaluate(
    async (stores) => {
      try {
        type Table = { toArray(): Promise<unknown[]>; bulkPut(items: unknown[]): Promise<unknown> };
        type DexieLike = {
          open(): Promise<unknown>;
          table(name: string): Table;
          close(): void;
          version(n: number): { stores(s: Record<string, string>): unknown };
        };
        const Dexie = (
          window as unknown as {
            Dexie: { new (name: string): DexieLike; delete(name: string): Promise<void> };
          }
        ).Dexie;
        const source = new Dexie('casegraph');
        await source.open();
        const entities = await source.table('entities').toArray();
        const links = await source.table('links').toArray();
        source.close();
        // The records are in hand: free the import's storage so the copies fit the test profile's quota.
        await Dexie.delete('casegraph');
        // The median of three writes, each into a fresh database: one write alone varies by half on these machines.
        const times: number[] = [];
        for (let round = 0; round < 3; round += 1) {
          await Dexie.delete('bench-bare');
          const bare = new Dexie('bench-bare');
          bare.version(1).stores(stores);
          await bare.open();
          const start = performance.now();
          await bare.table('entities').bulkPut(entities);
          await bare.table('links').bulkPut(links);
          times.push(performance.now() - start);
          bare.close();
        }
        await Dexie.delete('bench-bare');
        const ms = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
        return { ms, entities: entities.length, links: links.length };
      } catch (error) {
        throw new Error(
          `bare write failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
        );
      }
    },
    storesOf(['entities', 'links']),
  );
}

/**
 * A fresh page, in a context with its own profile folder, or in an incognito one when there is none. The million-row
 * run needs an on-disk profile: in memory, the stored rows themselves would count as the browser's memory.
 */
async function newPage(browser: Browser, profileDir?: string): Promise<Page> {
  // bypassCSP only so the benchmark can load Dexie's UMD build into the page for the bare write.
  const context =
    profileDir === undefined
      ? await browser.newContext({ bypassCSP: true })
      : await chromium.launchPersistentContext(profileDir, { ...chromiumLaunchOptions, bypassCSP: true });
  const page = context.pages()[0] ?? (await context.newPage());
  await recordLongTasks(page);
  const require = createRequire(import.meta.url);
  await page.addInitScript({ path: require.resolve('dexie/dist/dexie.js') });
  return page;
}

/**
 * The ratio run's profile: on a RAM-backed file system where there is one (Linux's /dev/shm), so nothing waits for
 * a disk, but not incognito: an incognito context's quota is a random 15–20% of physical memory (times 0.75 per
 * site), and 100,000 rows with their sellers rewritten chunk after chunk outgrew it in some runs
 * (QuotaExceededError). Both the import and the bare write use it, so the ratio still compares like with like.
 */
function ratioProfileDir(runDir: string): string {
  return existsSync('/dev/shm')
    ? mkdtempSync(join('/dev/shm', 'casegraph-ratio-'))
    : join(runDir, 'profile-ratio');
}

/** A profile in this run's temporary folder, or a kept one that a later run may reuse (`--keep-profiles`). */
function profileDir(runDir: string, name: string): string {
  return join(KEEP_PROFILES ?? runDir, `profile-${name}`);
}

async function main(): Promise<void> {
  // The bundle benchmark runs in Node alone (scripts/bench/bundle.ts): no build, server or browser.
  if (ONLY === 'bundle') return benchBundle((line) => void process.stdout.write(`${line}\n`));
  const dir = mkdtempSync(join(tmpdir(), 'casegraph-bench-'));
  const server = await serveBuiltApp(PORT, BUILD, OUT_DIR);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    if (ONLY === undefined || ONLY === 'import') await benchImport(browser, server.url, dir, ROWS > 0);
    if (ONLY === undefined || ONLY === 'analysis') await runAnalysisBench(server.url, dir);
    if (ONLY === undefined || ONLY === 'explore') await runExploreBench(server.url, dir);
    if (ONLY === undefined || ONLY === 'graph')
      await benchGraph(server.url, (line) => void process.stdout.write(`${line}\n`));
    if (ONLY === undefined) await benchBundle((line) => void process.stdout.write(`${line}\n`));
  } finally {
    await browser.close();
    server.stop();
    // A persistent context still closing may hold files: never let the clean-up hide the run's own error.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 1_000 });
    } catch (error) {
      process.stderr.write(`Could not remove ${dir}: ${String(error)}\n`);
    }
  }
}

async function runAnalysisBench(baseUrl: string, dir: string): Promise<void> {
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  log(`Link analysis over a generated store of ${ENTITIES.toLocaleString('en')} entities (on-disk profile)`);
  const run = await benchAnalysis(profileDir(dir, `analysis-${ENTITIES}`), baseUrl, ENTITIES, log);
  log(
    [
      `  read the store into the worker's index:         ${seconds(run.loadMs)}`,
      `  networks, hubs, suggestions, signals (worker):   ${seconds(run.analysisMs)}  (target: networks < 10 s)  -> ${run.networks.toLocaleString('en')} networks`,
      `  click to results on screen:                     ${seconds(run.wallMs)}`,
      `  path query, median of ${run.pathQueryMs.length} (worker):          ${median(run.pathQueryMs).toFixed(0)} ms  (target < 200 ms; all: ${run.pathQueryMs.join(', ')})`,
      `  path query, click to answer on screen (median): ${median(run.pathWallMs).toFixed(0)} ms`,
      `  longest main-thread task meanwhile:             ${run.longestTaskMs.toFixed(0)} ms  (target < 100 ms; run and results ${run.longestRunTaskMs.toFixed(0)} ms, path queries ${run.longestPathsTaskMs.toFixed(0)} ms)`,
      `  peak browser memory (RSS, all processes):       ${mb(run.peakRss)}`,
      '',
    ].join('\n'),
  );
}

const ms = (value: number): string => `${Math.round(value).toLocaleString('en')} ms`;
const timedLine = (timed: Timed, target: string): string =>
  `  ${timed.label.padEnd(46)} ${ms(medianOf(timed)).padStart(9)}  (median of ${timed.ms.length}; all: ${timed.ms.map((v) => Math.round(v)).join(', ')})${target}${
    timed.fullMs ? `; a whole first page: ${ms(median(timed.fullMs))}` : ''
  }`;

async function runExploreBench(baseUrl: string, dir: string): Promise<void> {
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  log(`Explore with ${LISTINGS.toLocaleString('en')} listings stored (on-disk profile)`);
  const run = await benchExplore(profileDir(dir, `explore-${LISTINGS}`), baseUrl, LISTINGS, log);
  const rowsTarget = '  target < 300 ms';
  log(
    [
      'First rows on screen after the click (counts taken meanwhile, as right after an import):',
      timedLine(run.open, rowsTarget),
      ...run.sorts.map((t) => timedLine(t, rowsTarget)),
      ...run.filters.map((t) => timedLine(t, rowsTarget)),
      'Search (worker answer; keystroke to results in brackets):',
      ...run.searches.map(
        (s) =>
          `  ${JSON.stringify(s.label).padEnd(24)} ${ms(median(s.ms)).padStart(7)}  [${ms(median(s.wallMs))}]  target < 50 ms · ${s.answer}`,
      ),
      `Scrolled to the middle of ${run.scroll.total.toLocaleString('en')} rows: ${run.scroll.domRows} rows in the DOM, loaded in ${ms(run.scroll.loadMs)}`,
      `  then to a quarter (from the marks that walk left): ${ms(run.scroll.quarterMs)}; to the middle after a reload: ${ms(run.scroll.againMs)}`,
      `  longest main-thread task meanwhile:             ${ms(run.longestTaskMs)}`,
      `  peak browser memory (RSS, all processes):       ${mb(run.peakRss)}`,
      '',
    ].join('\n'),
  );
}

async function benchImport(browser: Browser, baseUrl: string, dir: string, ratio: boolean): Promise<void> {
  // `--rows 0 --million` skips the ratio run and imports only the million rows.
  let smallPeak: number | undefined;
  if (ratio) {
    const name = `listings-${ROWS}.csv`;
    const path = join(dir, name);
    await writeCsv(path, ROWS);
    const profile = ratioProfileDir(dir);
    const page = await newPage(browser, profile);
    const run = await importThroughUi(page, baseUrl, path, name);
    process.stdout.write(`(import finished: ${seconds(run.pipelineMs)}; now the bare write)\n`);
    const bare = await bareBulkPut(page);
    const ratio = run.pipelineMs / bare.ms;
    process.stdout.write(
      [
        `Import of ${run.rows.toLocaleString('en')} listing rows -> ${bare.entities.toLocaleString('en')} entities, ${bare.links.toLocaleString('en')} links`,
        `  hash + store the file as evidence:             ${seconds(run.hashMs)}`,
        `  pipeline (parse, map, merge, write; worker):    ${seconds(run.pipelineMs)}  (${Math.round(run.rows / (run.pipelineMs / 1000)).toLocaleString('en')} rows/s)`,
        `  bare Dexie bulkPut, same records (median of 3): ${seconds(bare.ms)}`,
        `  ratio pipeline / bare write:                    ${ratio.toFixed(2)}x  (target <= 1.5x)`,
        `  longest main-thread task during the import:     ${run.longestTaskMs.toFixed(0)} ms  (target < 100 ms; ${run.tasksOver50} tasks over 50 ms)`,
        `  peak browser memory (RSS, all processes):       ${mb(run.peakRss)}`,
        '',
      ].join('\n'),
    );
    await page.context().close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 1_000 });
    smallPeak = run.peakRss;
  }
  {
    if (MILLION) {
      const bigName = 'listings-1000000.csv';
      const bigPath = join(dir, bigName);
      await writeCsv(bigPath, 1_000_000);
      const bigPage = await newPage(browser, join(dir, 'profile-million'));
      try {
        const big = await importThroughUi(bigPage, baseUrl, bigPath, bigName);
        process.stdout.write(
          [
            `Import of ${big.rows.toLocaleString('en')} rows (streamed)`,
            `  hash + store:      ${seconds(big.hashMs)}`,
            `  pipeline:          ${seconds(big.pipelineMs)}  (${Math.round(big.rows / (big.pipelineMs / 1000)).toLocaleString('en')} rows/s)`,
            `  peak browser RSS:  ${mb(big.peakRss)}${smallPeak === undefined ? '' : `  (vs ${mb(smallPeak)} for ${ROWS.toLocaleString('en')} rows)`}`,
            `  longest main-thread task: ${big.longestTaskMs.toFixed(0)} ms`,
            '',
          ].join('\n'),
        );
      } finally {
        await bigPage.context().close();
      }
    }
  }
}

await main();
