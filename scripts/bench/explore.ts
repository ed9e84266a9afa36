/**
 * Explore at scale: `listings` generated listings (default 1,000,000) in the app's database in an on-disk profile,
 * then the Entities page and the search box used as an investigator would. Measured in the page: from the click
 * (a sort header, a facet, a filter) to the first rows of the new answer on screen; the search worker's answer time
 * (and keystroke to results); how many rows are in the DOM after scrolling to the middle of a million.
 */
import { createRequire } from 'node:module';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../e2e/browser';
import { syntheticListings } from '../../shared/bench/syntheticListings';
import { median } from './analysis';
import { longest, longTasksBetween, recordLongTasks } from './longTasks';
import { sampleMemory } from './memory';
import { seedBundle } from './seedBundle';
import { rememberSeed, reusableSeed, seedKey } from './seedCache';

/** `fullMs`: to a whole first page, when the table shows the first rows found before it has one. */
export type Timed = Readonly<{ label: string; ms: readonly number[]; fullMs?: readonly number[] }>;

export type ExploreBench = Readonly<{
  listings: number;
  seedMs: number;
  open: Timed;
  sorts: readonly Timed[];
  filters: readonly Timed[];
  searches: readonly (Timed & { wallMs: readonly number[]; answer: string })[];
  scroll: Readonly<{ domRows: number; loadMs: number; total: number; quarterMs: number; againMs: number }>;
  longestTaskMs: number;
  peakRss: number;
}>;

const REPEAT = 5;
const SEARCH_REPEAT = 7;
const TABLE = 'Listings table';

type Act =
  | Readonly<{ type: 'sort'; header: string }>
  | Readonly<{ type: 'facet'; index: number }>
  | Readonly<{ type: 'filter'; column: string; value: string }>;
type Until = Readonly<{ type: 'sorted'; header: string; order: string }> | Readonly<{ type: 'status' }>;

/**
 * Does `act` in the page and waits, frame by frame, until the table shows loaded rows again and they are the new
 * answer (the header shows the new order, or the status line changed); returns the milliseconds in between on the
 * page's own clock, so the DevTools round trip is not counted.
 */
async function timeInPage(page: Page, act: Act, until: Until): Promise<number> {
  return page.evaluate(
    async ([action, done]) => {
      const table = document.querySelector('[aria-label="Listings table"]');
      const status = (): string => document.querySelector('.table-status')?.textContent ?? '';
      const headerCell = (header: string): HTMLElement | undefined =>
        [...(table?.querySelectorAll<HTMLElement>('thead th') ?? [])].find((th) =>
          th.textContent.trim().startsWith(header),
        );
      const before = status();
      const start = performance.now();
      if (action.type === 'sort') headerCell(action.header)?.querySelector('button')?.click();
      else if (action.type === 'facet') {
        const group = document.querySelectorAll('[aria-label="Narrow the table"] fieldset')[0];
        group?.querySelectorAll('input')[action.index]?.click();
      } else {
        const input = document.querySelector<HTMLInputElement>(`input[aria-label="Filter ${action.column}"]`);
        // React listens for the native setter's change, not a plain assignment
        const descriptor = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
        if (input && descriptor?.set) {
          descriptor.set.call(input, action.value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const firstRow = table?.querySelector('tbody tr');
        // an answer with no rows has none to wait for
        const loaded =
          (firstRow !== null && firstRow !== undefined && !firstRow.hasAttribute('aria-busy')) ||
          /^0 /.test(status());
        const isNew =
          done.type === 'sorted'
            ? headerCell(done.header)?.getAttribute('aria-sort') === done.order
            : status() !== before && !status().startsWith('Reading');
        if (loaded && isNew) return performance.now() - start;
        if (performance.now() - start > 600_000) return Number.NaN;
      }
    },
    [act, until] as const,
  );
}

/** The table's own figure for its current answer ("… · first rows in 41 ms"), once it shows one. */
async function reportedFirstRows(page: Page): Promise<{ first: number; full: number }> {
  const shown = await page.waitForFunction(
    () => {
      const status = document.querySelector('.table-status');
      const match = /first rows in ([\d,]+) ms/.exec(status?.textContent ?? '');
      const full = status?.getAttribute('data-full-page-ms');
      return match?.[1] && full ? { first: Number(match[1].replace(/,/g, '')), full: Number(full) } : false;
    },
    undefined,
    { timeout: 600_000, polling: 'raf' },
  );
  return (await shown.jsonValue()) as { first: number; full: number };
}

/**
 * Waits for the search dialog's answer and reads its status line and options in one go, in the page, the moment it
 * is shown: read separately, a later re-render could slip in between.
 */
async function searchAnswer(page: Page): Promise<{ text: string; options: number }> {
  const shown = await page.waitForFunction(
    () => {
      const text = document.querySelector('.search-dialog__meta')?.textContent ?? '';
      if (!/^\d[\d,]* ms|^Nothing matches .*ms/.test(text)) return false;
      return { text, options: document.querySelectorAll('[role="listbox"] [role="option"]').length };
    },
    undefined,
    { timeout: 60_000, polling: 'raf' },
  );
  return (await shown.jsonValue()) as { text: string; options: number };
}

export async function benchExplore(
  profileDir: string,
  baseUrl: string,
  listings: number,
  log: (line: string) => void,
): Promise<ExploreBench> {
  const context = await chromium.launchPersistentContext(profileDir, {
    ...chromiumLaunchOptions,
    bypassCSP: true,
    viewport: { width: 1440, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await recordLongTasks(page);
    // tsx keeps function names with a helper the page does not have; the functions run in the page need it
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    const require = createRequire(import.meta.url);
    await page.addInitScript({ path: require.resolve('dexie/dist/dexie.js') });
    const seedCode = await seedBundle();
    await page.addInitScript({ content: `${seedCode}\nwindow.CasegraphSeed = CasegraphSeed;` });
    await page.exposeFunction('__seedProgress', (done: number) => {
      if (done % 100_000 === 0) log(`  seeding: ${done.toLocaleString('en')} listings written`);
    });
    await page.goto(`${baseUrl}#/`);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    const key = seedKey(syntheticListings(listings).next().value, listings);
    let seedMs = reusableSeed(profileDir, key) as number | undefined;
    if (seedMs === undefined) {
      seedMs = await page.evaluate((n) => {
        const scope = window as unknown as {
          CasegraphSeed: { seedListings(n: number, onBatch: (done: number) => void): Promise<number> };
          __seedProgress: (done: number) => void;
        };
        return scope.CasegraphSeed.seedListings(n, (done) => {
          scope.__seedProgress(done);
        });
      }, listings);
      rememberSeed(profileDir, key, seedMs);
      log(`  seeded ${listings.toLocaleString('en')} listings in ${(seedMs / 1000).toFixed(0)} s`);
    } else log(`  reusing the profile seeded earlier with ${listings.toLocaleString('en')} listings`);

    // As right after an import (or any change): nothing counted for this store version yet, so the table's total
    // and the facet counts are taken while the table is used, and no marks of an earlier run's walk are kept.
    await page.evaluate(async () => {
      const Dexie = (window as unknown as { Dexie: new (name: string) => DexieLike }).Dexie;
      type DexieLike = {
        open(): Promise<unknown>;
        table(name: string): { clear(): Promise<unknown> };
        close(): void;
      };
      const db = new Dexie('casegraph');
      await db.open();
      await db.table('storedCounts').clear();
      db.close();
    });
    // A fresh page load, as after a restart: nothing cached in the worker.
    await page.goto(`${baseUrl}#/entities/seller`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Entities' }).waitFor();
    const memory = sampleMemory();
    const from = await page.evaluate(() => performance.now());

    const open: number[] = [];
    for (let i = 0; i < REPEAT; i++) {
      await page.goto(`${baseUrl}#/entities/seller`);
      await page.getByRole('heading', { level: 1, name: 'Entities' }).waitFor();
      open.push(
        await page.evaluate(async () => {
          const start = performance.now();
          location.hash = '#/entities/listing';
          for (;;) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            const row = document.querySelector('[aria-label="Listings table"] tbody tr');
            if (row && !row.hasAttribute('aria-busy')) return performance.now() - start;
          }
        }),
      );
    }
    await page.getByRole('region', { name: TABLE }).waitFor();

    const sorts: Timed[] = [];
    for (const header of ['Price', 'First seen', 'Name']) {
      const ms: number[] = [];
      for (let i = 0; i < REPEAT; i++) {
        // each click flips the order; the first click on another column sorts it ascending
        const order = await page.locator('thead th', { hasText: header }).first().getAttribute('aria-sort');
        const next = order === 'ascending' ? 'descending' : 'ascending';
        ms.push(await timeInPage(page, { type: 'sort', header }, { type: 'sorted', header, order: next }));
      }
      sorts.push({ label: `sort by ${header.toLowerCase()}`, ms });
    }

    const filters: Timed[] = [];
    const facetMs: number[] = [];
    const platforms = page.getByRole('group', { name: 'Platform' }).getByRole('checkbox');
    await platforms.first().waitFor({ timeout: 10 * 60_000 });
    for (let i = 0; i < REPEAT; i++) {
      facetMs.push(await timeInPage(page, { type: 'facet', index: i }, { type: 'status' }));
      await timeInPage(page, { type: 'facet', index: i }, { type: 'status' });
    }
    filters.push({ label: 'tick a platform (≈1 in 12 listings)', ms: facetMs });
    // A different value each time: the worker keeps recent answers, and a repeat would time the kept one.
    const listingIdOf = (n: number): string =>
      String([...syntheticListings(n + 1, n + 1)][0]?.[n]?.properties.listingId?.[0]?.value ?? '');
    for (const [label, column, values] of [
      [
        'filter names by a common word (a brand)',
        'Name',
        ['velora', 'aurelio', 'solenne', 'nordvik', 'kestrel'],
      ],
      [
        'filter names by a rare set of words',
        'Name',
        [
          'relógio vintage 41',
          'sneaker classic 38',
          'parfum gold 44',
          'jacke leder 36',
          'damenuhr replica 40',
        ],
      ],
      ['filter listing ids by one id', 'Listing ID', [42, 420, 4_200, 42_000, 99].map(listingIdOf)],
    ] as const) {
      const ms: number[] = [];
      const fullMs: number[] = [];
      for (const value of values) {
        // The filter applies after a 300 ms typing pause, the app's choice and not reading time, and the status
        // line may change before the new answer is in (the cleared filter's count arriving late), so the time is
        // the one the table reports for the new answer: from asking to its first rows.
        await timeInPage(page, { type: 'filter', column, value }, { type: 'status' });
        const { first, full } = await reportedFirstRows(page);
        ms.push(first);
        fullMs.push(full);
        await timeInPage(page, { type: 'filter', column, value: '' }, { type: 'status' });
      }
      filters.push({ label, ms, fullMs });
    }

    const searches: (Timed & { wallMs: number[]; answer: string })[] = [];
    await page.keyboard.press('Control+K');
    const box = page.getByRole('combobox', { name: /Search names/ });
    // a listing id that is in the store, pasted as an investigator would
    const listingId = String(
      [...syntheticListings(778, 778)][0]?.[777]?.properties.listingId?.[0]?.value ?? '',
    );
    for (const query of [
      'velora',
      'sonnenbr',
      'кроссовки',
      listingId,
      'valora sneker',
      'kestrel kopfhörer 40',
    ]) {
      const ms: number[] = [];
      const wallMs: number[] = [];
      let answer = '';
      for (let i = 0; i < SEARCH_REPEAT; i++) {
        // Another question answered in between: the dialog shows the answer it has for the same text at once,
        // so asking the same text twice in a row would time nothing.
        await box.fill(`${query} zq`);
        await searchAnswer(page);
        const started = Date.now();
        await box.fill(query);
        const { text, options } = await searchAnswer(page);
        wallMs.push(Date.now() - started);
        ms.push(Number(/([\d,]+) ms/.exec(text)?.[1]?.replace(/,/g, '') ?? Number.NaN));
        answer = `${options} shown${text.includes('showing results for') ? `, ${text.split('· ')[1] ?? ''}` : ''}`;
      }
      searches.push({ label: query, ms, wallMs, answer });
    }
    await page.keyboard.press('Escape');

    // Scroll to the middle of the million: only the rows in view (and a few either side) are in the DOM. The
    // first jump walks the index from the top and leaves marks; a jump back to a quarter, and to the middle again
    // after a restart, start from the kept marks.
    const middle = await scrollTo(page, 0.5);
    const quarter = await scrollTo(page, 0.25);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Entities' }).waitFor();
    await page.getByRole('region', { name: TABLE }).locator('tbody tr').first().waitFor();
    const again = await scrollTo(page, 0.5);
    const scroll = { ...middle, quarterMs: quarter.loadMs, againMs: again.loadMs };

    return {
      listings,
      seedMs,
      open: { label: 'open the listings table (sorted by name)', ms: open },
      sorts,
      filters,
      searches,
      scroll,
      longestTaskMs: longest(await longTasksBetween(page, from)),
      peakRss: memory.stop(),
    };
  } finally {
    await context.close();
  }
}

export const medianOf = (timed: Timed): number => median(timed.ms);

/** Scrolls the listings table to `fraction` of its height; the rows in the DOM once all are loaded, and how long. */
function scrollTo(page: Page, fraction: number) {
  return page.evaluate(
    async ({ fraction, table }) => {
      const region = document.querySelector(`[aria-label="${table}"]`);
      if (!region) return { domRows: -1, loadMs: Number.NaN, total: 0 };
      const start = performance.now();
      region.scrollTop = region.scrollHeight * fraction;
      for (;;) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const rows = [...region.querySelectorAll('tbody tr')];
        if (rows.length > 0 && rows.every((row) => !row.hasAttribute('aria-busy')))
          return {
            domRows: rows.length,
            loadMs: performance.now() - start,
            total: Number(region.querySelector('table')?.getAttribute('aria-rowcount') ?? 0) - 2,
          };
        if (performance.now() - start > 600_000)
          return { domRows: rows.length, loadMs: Number.NaN, total: 0 };
      }
    },
    { fraction, table: TABLE },
  );
}
