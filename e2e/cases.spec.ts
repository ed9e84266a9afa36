/**
 * A case file from start to finish on the demo investigation: create a case, add subjects from the table, an
 * entity's page and the graph, change a role, attach evidence, write notes, read the timeline, verify the history,
 * see a tampered audit entry found, delete a second case that shares an entity, then back up the workbench, refuse a damaged
 * backup, wipe the store, restore, and find every record and evidence byte as it was.
 *
 * Subjects come from the tables, an entity's page and the graph's selection; every path ends in the same
 * `addEntitiesToCase`, whose default roles the unit tests cover.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures/consoleErrors';
import { AppShell } from './pages/AppShell';
import { CasesPage } from './pages/CasesPage';
import { EntitiesPage } from './pages/EntitiesPage';
import { GraphPage } from './pages/GraphPage';

const CASE = 'Operation Sneaker Wave';

/** Opens the app's store with raw IndexedDB, as any other program on the machine could. */
function openStore(page: Page) {
  return page.evaluateHandle(
    () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('casegraph');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      }),
  );
}

/** Every store's records (as JSON) and every evidence file's SHA-256, type and size, digested per store. */
async function storeSnapshot(page: Page): Promise<Record<string, string>> {
  const db = await openStore(page);
  const snapshot = await db.evaluate(async (store) => {
    const hex = (buffer: ArrayBuffer) =>
      Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    const all = (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = store.transaction(name, 'readonly').objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('read failed'));
      });
    const out: Record<string, string> = {};
    for (const name of Array.from(store.objectStoreNames)) {
      // A restore adds one audit entry saying so; the rest of the chain must be as it was.
      const rows = (await all(name)).filter(
        (row) => name !== 'audit' || (row as { action: string }).action !== 'workbench.restore',
      );
      const text =
        name === 'blobs'
          ? JSON.stringify(
              await Promise.all(
                (rows as { sha256: string; data: Blob }[]).map(async (row) => ({
                  key: row.sha256,
                  type: row.data.type,
                  size: row.data.size,
                  sha256: hex(await crypto.subtle.digest('SHA-256', await row.data.arrayBuffer())),
                })),
              ),
            )
          : JSON.stringify(rows);
      out[name] =
        `${rows.length}:${hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))}`;
      if (name === 'blobs') out.blobList = text;
    }
    store.close();
    return out;
  });
  return snapshot;
}

test('a case file: subjects, evidence, notes, timeline, verified history, deletion, backup and restore', async ({
  page,
}, testInfo) => {
  test.setTimeout(900_000);
  const shell = new AppShell(page);
  const cases = new CasesPage(page);
  const entities = new EntitiesPage(page);
  await shell.open();
  await shell.loadDemo();

  await test.step('create the case and fill in its details', async () => {
    await shell.goTo('Cases');
    await cases.createCase(CASE, 'CG-2026-014');
    await cases.openCase(CASE);
    const details = cases.section('Details');
    await details.getByLabel('Status').selectOption('referred');
    await details.getByLabel('Tags').fill('sneakers, DE, ES');
    await details.getByLabel('Summary').fill('Storefronts on two marketplaces share one IBAN and one phone.');
    await details.getByRole('button', { name: 'Save details' }).click();
    await expect(details.getByRole('status')).toHaveText('Saved.');
    await expect(page.getByText('CG-2026-014 · Referred · owner')).toBeVisible();
  });

  const sellers: string[] = [];
  await test.step('add sellers, listings and shipments from the tables', async () => {
    await shell.goTo('Entities');
    for (const plural of ['Sellers', 'Listings', 'Shipments']) {
      await entities.openKind(plural);
      const rows = entities.rows(plural);
      for (const i of [0, 1]) {
        if (plural === 'Sellers') sellers.push((await rows.nth(i).locator('td').nth(1).innerText()).trim());
        await rows.nth(i).getByRole('checkbox').check();
      }
      const bar = page.getByRole('region', { name: 'Selected rows' });
      await bar.getByRole('button', { name: 'Add to case' }).click();
      await expect(bar.getByRole('status')).toHaveText(`Added 2 to ${CASE}.`);
    }
  });

  let account = '';
  await test.step('add a social account from its page', async () => {
    await entities.openKind('Social accounts');
    const link = entities.rows('Social accounts').first().getByRole('link').first();
    account = (await link.innerText()).trim();
    await link.click();
    await expect(shell.heading).toHaveText(account);
    const section = page.getByRole('region', { name: 'Cases' });
    await section.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(section).toContainText(CASE);
  });

  let fromGraph = 0;
  await test.step('add the account’s neighbours from the graph', async () => {
    await page.getByRole('link', { name: 'Open in graph' }).click();
    const graph = new GraphPage(page);
    await graph.ready();
    await graph.selectByDegree(1);
    await graph.panel.getByRole('button', { name: 'Add to case' }).click();
    // the account itself is in the case already; its identifiers join it
    const status = graph.panel.getByRole('status').filter({ hasText: /^Added \d+ to / });
    await expect(status).toHaveText(new RegExp(`^Added \\d+ to ${CASE} \\(1 already in it\\)\\.$`));
    fromGraph = Number(/^Added (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    expect(fromGraph).toBeGreaterThan(0);
  });

  await test.step('the workspace lists the subjects; a role is changed', async () => {
    await shell.goTo('Cases');
    await cases.openCase(CASE);
    const subjects = cases.section('Subjects');
    await expect(subjects).toHaveAccessibleName(`Subjects (${7 + fromGraph})`);
    for (const name of [...sellers, account]) {
      // a username can read like its account: the first link of that name is the account, added before it
      await expect(subjects.getByRole('link', { name, exact: true }).first()).toBeVisible();
    }
    await expect(subjects.getByLabel(`Role of ${account} (Social account)`)).toHaveValue('subject');
    await subjects.getByLabel(`Role of ${account} (Social account)`).selectOption('witness');
    await expect(subjects.getByLabel(`Role of ${account} (Social account)`)).toHaveValue('witness');
  });

  await test.step('attach evidence', async () => {
    const evidence = cases.section('Evidence');
    const option = (
      await evidence.getByLabel('Attach evidence').locator('option').first().innerText()
    ).trim();
    await evidence.getByRole('button', { name: 'Attach', exact: true }).click();
    await expect(evidence).toHaveAccessibleName('Evidence (1)');
    const name = option.replace(/ \(source of this case’s entities\)$/, '');
    await expect(evidence.getByRole('table', { name: 'Evidence in the case' })).toContainText(name);
  });

  await test.step('write a note in Markdown; it renders, scripts and bad links do not', async () => {
    const notes = cases.section('Notes');
    await notes
      .getByLabel('New note (Markdown)')
      .fill(
        '**Same IBAN** on both storefronts.\n\n<script>window.pwned = 1</script>\n\n[bad](javascript:alert(1))',
      );
    await notes.getByRole('button', { name: 'Preview' }).click();
    await expect(notes.locator('.note-editor__preview strong')).toHaveText('Same IBAN');
    await notes.getByRole('button', { name: 'Add note' }).click();
    const note = notes.getByRole('article');
    await expect(note.locator('strong')).toHaveText('Same IBAN');
    await expect(note).toContainText('<script>window.pwned = 1</script>');
    await expect(note.locator('script, a[href^="javascript"]')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  });

  await test.step('the timeline draws the case and filters', async () => {
    const timeline = cases.section('Timeline');
    await expect(timeline.getByRole('img', { name: /^Timeline of \d+ events/ })).toBeVisible();
    const status = timeline.getByRole('status');
    const count = async () => Number(/^([\d,]+) of/.exec(await status.innerText())?.[1]?.replace(/,/g, ''));
    const all = await count();
    expect(all).toBeGreaterThan(2);
    await expect(timeline.getByRole('listitem').filter({ hasText: 'First seen:' }).first()).toBeVisible();
    await expect(timeline.getByRole('list', { name: 'Timeline events' }).getByRole('listitem')).toHaveCount(
      all,
    );
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Note: Same IBAN' })).toBeVisible();
    await timeline.getByRole('checkbox', { name: /^Notes/ }).uncheck();
    await expect.poll(count).toBe(all - 1);
    await timeline.getByRole('checkbox', { name: /^Notes/ }).check();
    await expect.poll(count).toBe(all);
  });

  await test.step('the history shows every change, and verifies', async () => {
    const history = cases.section('History');
    const table = history.getByRole('table', { name: 'Case history' });
    await expect(table).toContainText('Opened the case “Operation Sneaker Wave”');
    await expect(table).toContainText(`Changed the role of social account ${account}`);
    await expect(table).toContainText('Wrote a note');
    await expect(table.getByRole('row').filter({ hasText: 'Edited the case details' })).toContainText(
      'open → referred',
    );
    await cases.verifyHistory();
    await expect(history.getByRole('status').filter({ hasText: 'History intact' })).toBeVisible();
  });

  await test.step('an audit entry altered in the database is found, at that entry', async () => {
    const db = await openStore(page);
    const tampered = await db.evaluate(
      (store) =>
        new Promise<number>((resolve, reject) => {
          const tx = store.transaction('audit', 'readwrite');
          const audit = tx.objectStore('audit');
          const request = audit.getAll();
          request.onsuccess = () => {
            const entries = request.result as {
              seq: number;
              action: string;
              details: Record<string, unknown>;
            }[];
            const entry = entries.filter((e) => e.action === 'case.update').at(-1);
            if (!entry) {
              reject(new Error('no case.update entry'));
              return;
            }
            (window as unknown as { original?: unknown }).original = structuredClone(entry);
            audit.put({ ...entry, details: { ...entry.details, after: { status: 'closed' } } });
            tx.oncomplete = () => {
              store.close();
              resolve(entry.seq);
            };
          };
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        }),
    );
    const history = await cases.verifyHistory();
    const alert = history.getByRole('alert');
    await expect(alert).toContainText(`History broken at entry ${tampered}.`);
    await expect(alert).toContainText(`Entry ${tampered} (case.update) was altered after it was recorded`);
    await expect(history.locator('tr.history-table__broken')).toContainText(String(tampered));

    // Put the entry back as it was: the chain verifies again.
    const restored = await openStore(page);
    await restored.evaluate(
      (store) =>
        new Promise<void>((resolve) => {
          const tx = store.transaction('audit', 'readwrite');
          tx.objectStore('audit').put((window as unknown as { original: unknown }).original);
          tx.oncomplete = () => {
            store.close();
            resolve();
          };
        }),
    );
    await cases.verifyHistory();
    await expect(history.getByRole('status').filter({ hasText: 'History intact' })).toBeVisible();
  });

  await test.step('deleting another case that shares a seller asks first and leaves this case whole', async () => {
    await page.getByRole('link', { name: 'All cases' }).click();
    await cases.createCase('Scratch case');
    await cases.openCase('Scratch case');
    const subjects = cases.section('Subjects');
    await subjects.getByLabel('Add an entity').fill(sellers[0]!);
    await subjects
      .getByRole('list', { name: 'Matches for Add an entity' })
      .getByRole('button', { name: `${sellers[0]} (Seller)`, exact: true })
      .click();
    await expect(subjects.getByLabel('As', { exact: true })).toHaveValue('subject');
    await subjects.getByRole('button', { name: 'Add to case' }).click();
    await expect(subjects.getByRole('status')).toHaveText(`Added ${sellers[0]}.`);
    await expect(subjects).toHaveAccessibleName('Subjects (1)');
    await page.getByRole('button', { name: 'Delete case…' }).click();
    const confirm = page.getByRole('group', { name: 'Confirm deleting the case' });
    await expect(confirm).toContainText('1 of them stay in the other cases that hold them');
    await confirm.getByRole('button', { name: 'Delete case permanently' }).click();
    await expect(shell.heading).toHaveText('Cases');
    await expect(cases.list.getByRole('link', { name: 'Scratch case' })).toHaveCount(0);
    await cases.openCase(CASE);
    await expect(cases.section('Subjects')).toHaveAccessibleName(`Subjects (${7 + fromGraph})`);
    await page.getByRole('link', { name: 'All cases' }).click();
  });

  const backupPath = testInfo.outputPath('workbench.cgbackup');
  let before: Record<string, string> = {};
  await test.step('back up the whole workbench', async () => {
    before = await storeSnapshot(page);
    expect(Number(before.blobs?.split(':')[0])).toBeGreaterThan(0);
    const download = await cases.backUp();
    expect(download.suggestedFilename()).toMatch(/^casegraph-backup-.*\.cgbackup$/);
    await download.saveAs(backupPath);
    expect(await storeSnapshot(page)).toEqual(before);
  });

  await test.step('a damaged backup is refused and nothing changes', async () => {
    const bytes = await readFile(backupPath);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    const damaged = testInfo.outputPath('damaged.cgbackup');
    await writeFile(damaged, bytes);
    await cases.restore(damaged);
    await expect(cases.backupCard.getByRole('alert')).toContainText(/^Restore refused: The file is damaged/);
    await expect(cases.backupCard.getByRole('alert')).toContainText('Your current data was not changed.');
    expect(await storeSnapshot(page)).toEqual(before);
  });

  await test.step('wipe the store', async () => {
    const db = await openStore(page);
    await db.evaluate(
      (store) =>
        new Promise<void>((resolve, reject) => {
          const names = Array.from(store.objectStoreNames);
          const tx = store.transaction(names, 'readwrite');
          for (const name of names) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            store.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('clear failed'));
        }),
    );
    await page.reload();
    await shell.goTo('Overview');
    await expect(page.getByRole('button', { name: 'Load demo investigation' })).toBeVisible();
    await shell.goTo('Cases');
    await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();
  });

  await test.step('restore: every record and evidence byte is back', async () => {
    await cases.restore(backupPath);
    await expect(cases.backupCard.getByRole('status')).toContainText(
      /^Restored [\d,]+ records and [\d,]+ evidence files/,
      {
        timeout: 120_000,
      },
    );
    expect(await storeSnapshot(page)).toEqual(before);
    await shell.goTo('Overview');
    await expect(page.getByText(/Restored the whole workbench|workbench\.restore/).first()).toBeVisible();
    await shell.goTo('Cases');
    await cases.openCase(CASE);
    await expect(cases.section('Subjects')).toHaveAccessibleName(`Subjects (${7 + fromGraph})`);
    await expect(cases.section('Notes').locator('strong')).toHaveText('Same IBAN');
    await cases.verifyHistory();
    await expect(
      cases.section('History').getByRole('status').filter({ hasText: 'History intact' }),
    ).toBeVisible();
  });
});
