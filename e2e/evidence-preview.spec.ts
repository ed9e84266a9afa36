/**
 * Previewing evidence from the Import page: hostile saved pages stay inert (nothing runs, nothing loads from
 * elsewhere), images, PDFs and MHTML captures show what they contain, and the dialog behaves like one.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Request, Response } from '@playwright/test';
import { test, expect } from './fixtures/consoleErrors';
import { AppShell } from './pages/AppShell';
import { ImportPage, type FileToAdd } from './pages/ImportPage';

const fixture = (name: string, mimeType: string, path = `./fixtures/evidence/${name}`): FileToAdd => ({
  name,
  mimeType,
  buffer: readFileSync(new URL(path, import.meta.url)),
});

/** The hostile page points at `http://127.0.0.1:9`; each test points it at a sink of its own instead. */
const hostilePage = (sinkOrigin: string): FileToAdd => {
  const file = fixture('hostile-storefront.html', 'text/html');
  return {
    ...file,
    buffer: Buffer.from(file.buffer.toString('utf8').replaceAll('http://127.0.0.1:9', sinkOrigin)),
  };
};
const HOSTILE_NAME = 'hostile-storefront.html';
const PHOTO = fixture('listing-photo.png', 'image/png');
const INVOICE = fixture('invoice-with-script.pdf', 'application/pdf');
const CAPTURE = fixture(
  'blink-listing.valid.mhtml',
  'multipart/related',
  '../shared/evidence/fixtures/blink-listing.valid.mhtml',
);

/**
 * A loopback server that only counts what reaches it: the proof that a request did not merely fail in the page
 * but never left it. Chromium reports requests its CSP blocks as requests too (that then fail), so the count here
 * is what matters.
 */
async function startSink(): Promise<{ origin: string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((request, response) => {
    hits.push(request.url ?? '');
    response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every request the page (frames included) starts. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/** Every response the page (frames included) receives: a request that got one reached a server. */
function recordResponses(page: Page): Response[] {
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  return responses;
}

/** Whether a URL points anywhere but the app itself (blob: and data: URLs stay in the page). */
function isOutside(url: string, page: Page): boolean {
  return (
    !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== new URL(page.url()).origin
  );
}

function leftTheApp(requests: readonly Request[], page: Page): Request[] {
  return requests.filter((request) => isOutside(request.url(), page));
}

async function addEvidence(page: Page, file: FileToAdd) {
  const shell = new AppShell(page);
  await shell.open();
  await shell.goTo('Import');
  const importPage = new ImportPage(page);
  await importPage.addFiles([file]);
  // Stored as evidence before anything else happens to it (a text file may also go on to a mapping step).
  await expect(page.getByRole('button', { name: `Preview ${file.name}` })).toBeVisible();
}

async function openPreview(page: Page, name: string) {
  await page.getByRole('button', { name: `Preview ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Preview of ${name}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2, name })).toBeVisible();
  return dialog;
}

/** What Chromium reports when the sandbox and the page's policy refuse something: the point of these tests. */
const INERT_PAGE_REFUSALS = new RegExp(
  [
    /^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/.source,
    /^Refused to execute the redirect specified via '<meta http-equiv='refresh'/.source,
    /^Loading the (image|stylesheet) '[^']+' violates the following Content Security Policy directive/.source,
    /^Blocked form submission to '[^']+' because the form's frame is sandboxed/.source,
    /^Unsafe attempt to initiate navigation for frame/.source,
  ].join('|'),
);

test.describe('a hostile saved page', () => {
  test.use({ allowedErrors: [INERT_PAGE_REFUSALS] });

  test('is shown inert: its text is visible, no script ran, nothing was fetched', async ({ page }) => {
    const sink = await startSink();
    const responses = recordResponses(page);
    await addEvidence(page, hostilePage(sink.origin));
    const title = await page.title();
    await page.evaluate(() => {
      const w = window as unknown as { __messages: unknown[] };
      w.__messages = [];
      window.addEventListener('message', (event) => w.__messages.push(event.data));
    });

    const dialog = await openPreview(page, HOSTILE_NAME);
    await expect(dialog.getByText('text/html', { exact: true })).toBeVisible();
    const frameElement = dialog.locator('iframe');
    await expect(frameElement).toHaveAttribute('sandbox', '');
    const frame = dialog.frameLocator('iframe');
    await expect(
      frame.getByRole('heading', { name: 'Sneaker Paradies – Original Nike Air Max' }),
    ).toBeVisible();
    await expect(frame.getByText('orders@sneaker-paradies.example')).toBeVisible();
    await expect(frame.locator('body')).not.toHaveText('RAN');

    // A click on the form's button or the link must not submit or navigate anything either.
    await frame.getByRole('button', { name: 'Pay now' }).click();
    await frame.getByRole('link', { name: 'Continue to checkout' }).click();

    await expect(page).toHaveTitle(title);
    expect(await page.evaluate(() => localStorage.getItem('pwned'))).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual(
      [],
    );
    const child = page.frames().find((f) => f !== page.mainFrame());
    expect(child?.url()).toBe('about:srcdoc');
    await expect(frame.locator('body')).toContainText('Sneaker Paradies');
    // Chromium reports the remote pixel as a request that its CSP then blocks (how it reports the failure varies
    // between runs); what matters is that nothing outside answered, and that the sink saw nothing.
    expect(responses.filter((response) => isOutside(response.url(), page)).map((r) => r.url())).toEqual([]);
    expect(sink.hits).toEqual([]);
    await sink.close();
  });

  test('shows its source as text on request, and Escape closes the dialog', async ({ page }) => {
    await addEvidence(page, hostilePage('http://127.0.0.1:9'));
    const dialog = await openPreview(page, HOSTILE_NAME);
    const toggle = dialog.getByRole('button', { name: 'Show source' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(dialog.locator('pre')).toContainText("document.body.innerHTML = 'RAN';");
    await expect(dialog.locator('iframe')).toHaveCount(0);
    await toggle.click();
    await expect(
      dialog.frameLocator('iframe').getByRole('heading', { name: /Original Nike Air Max/ }),
    ).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: `Preview ${HOSTILE_NAME}` })).toBeFocused();
  });
});

test.describe('an image', () => {
  // The probe below asks for the revoked blob: URL on purpose, and Chromium logs its failure.
  test.use({ allowedErrors: [/^Failed to load resource: net::ERR_FILE_NOT_FOUND$/] });

  test('is shown from a blob: URL that is revoked when the preview closes', async ({ page }) => {
    await addEvidence(page, PHOTO);
    const dialog = await openPreview(page, PHOTO.name);
    await expect(dialog.getByText('image/png', { exact: true })).toBeVisible();
    const image = dialog.getByRole('img', { name: `Contents of ${PHOTO.name}` });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);
    const src = (await image.getAttribute('src')) ?? '';
    expect(src).toMatch(/^blob:/);

    const hash = dialog.locator('code.evidence-hash');
    await expect(hash).toHaveText(/^[0-9a-f]{64}$/);
    await dialog.getByRole('button', { name: `Close the preview of ${PHOTO.name}` }).click();
    await expect(dialog).toBeHidden();
    const revoked = await page.evaluate(
      (url) =>
        new Promise<boolean>((resolve) => {
          const probe = new XMLHttpRequest();
          probe.open('GET', url);
          probe.onload = () => resolve(false);
          probe.onerror = () => resolve(true);
          probe.send();
        }),
      src,
    );
    expect(revoked).toBe(true);
  });
});

test.describe('a PDF', () => {
  test('is drawn by pdf.js under the app’s CSP, and its script does not run', async ({ page }) => {
    const requests = recordRequests(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await addEvidence(page, INVOICE);
    const dialog = await openPreview(page, INVOICE.name);
    await expect(dialog.getByText(/^1 page\./)).toBeVisible({ timeout: 30_000 });
    const sheet = dialog.getByRole('img', { name: 'Page 1 of 1' });
    await expect(sheet).toBeVisible();
    // Drawn: the page's text and red box leave dark and red pixels on the white canvas.
    await expect
      .poll(() =>
        sheet.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
          const context = canvas.getContext('2d');
          if (!context || canvas.width === 0) return { dark: 0, red: 0 };
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          let dark = 0;
          let red = 0;
          for (let i = 0; i < data.length; i += 4) {
            const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
            if (r < 80 && g < 80 && b < 80) dark++;
            if (r > 150 && g < 60 && b < 60) red++;
          }
          return { dark: dark > 500, red: red > 500 };
        }),
      )
      .toEqual({ dark: true, red: true });
    expect(dialogs).toEqual([]);
    expect(leftTheApp(requests, page)).toEqual([]);
    // The worker and the standard font data (Symbol is never taken from the system) came from the build.
    const urls = requests.map((request) => request.url());
    expect(urls.some((url) => /\/assets\/pdf\.worker[^/]*\.mjs$/.test(url))).toBe(true);
    expect(urls.some((url) => /\/assets\/FoxitSymbol[^/]*\.pfb$/.test(url))).toBe(true);
  });
});

test.describe('an MHTML capture', () => {
  test.use({ allowedErrors: [INERT_PAGE_REFUSALS] });

  test('shows its page with its own photo and styles', async ({ page }) => {
    const requests = recordRequests(page);
    await addEvidence(page, CAPTURE);
    const dialog = await openPreview(page, CAPTURE.name);
    await expect(dialog.getByText('Saved from https://shop.example/item/am90-42')).toBeVisible();
    const frame = dialog.frameLocator('iframe');
    const heading = frame.getByRole('heading', { name: 'Nike Air Max 90 – Größe 42, originalverpackt' });
    await expect(heading).toBeVisible();
    await expect(heading).toHaveCSS('color', 'rgb(180, 30, 30)');
    const photo = frame.getByRole('img', { name: 'Produktfoto Nike Air Max 90' });
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);
    expect(await photo.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expect(page).toHaveTitle(/Casegraph/);
    expect(leftTheApp(requests, page)).toEqual([]);
  });
});

test('a file with nothing to show offers a download', async ({ page }) => {
  const archive: FileToAdd = {
    name: 'photos.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('PK\u0003\u0004 not really a zip'),
  };
  await addEvidence(page, archive);
  const dialog = await openPreview(page, archive.name);
  await expect(dialog.getByText(/not shown here/)).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `Download ${archive.name}` }).click();
  expect((await download).suggestedFilename()).toBe(archive.name);
});

test('a text file is shown as text', async ({ page }) => {
  const notes: FileToAdd = {
    name: 'field-notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Seen at the warehouse on Tuesday.\nTwo vans, <b>no</b> plates — Größe 42 boxes.\n'),
  };
  await addEvidence(page, notes);
  const dialog = await openPreview(page, notes.name);
  await expect(dialog.locator('pre')).toHaveText(notes.buffer.toString('utf8'));
  await expect(dialog.locator('pre b')).toHaveCount(0);
});
