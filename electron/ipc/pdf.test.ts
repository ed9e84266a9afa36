import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdfHandlers, printWindowOptions, restrictPrintSession, type PrintWindow } from './pdf';

const REPORT = '<!doctype html><meta charset="utf-8"><title>Операция Ромашка</title><h1>Ромашка Shop 🌼</h1>';

/** A print window that records what it was asked to load and hands back fixed "PDF" bytes. */
function fakeWindow(pdf = Buffer.from('%PDF-1.7 fake')) {
  const seen: { loaded?: string; html?: string; destroyed: boolean } = { destroyed: false };
  const window = {
    loadFile: (file: string) => {
      seen.loaded = file;
      seen.html = readFileSync(file, 'utf8');
      return Promise.resolve();
    },
    destroy: () => {
      seen.destroyed = true;
    },
    webContents: { printToPDF: () => Promise.resolve(pdf) },
  } as unknown as PrintWindow;
  return { window, seen };
}

describe('printing the report to PDF', () => {
  it('prints the report from a private file, hands back the bytes, and leaves nothing behind', async () => {
    const tempRoot = await mkdtemp(path.join(tmpdir(), 'casegraph-pdf-test-'));
    const { window, seen } = fakeWindow();
    const { printToPdf } = createPdfHandlers({ createPrintWindow: () => window, tempRoot });
    const bytes = await printToPdf.handle('report:printToPdf', [REPORT]);
    expect(Buffer.from(bytes as Uint8Array).toString('latin1')).toBe('%PDF-1.7 fake');
    expect(seen.html).toBe(REPORT);
    expect(seen.loaded?.startsWith(tempRoot)).toBe(true);
    expect(existsSync(seen.loaded ?? '')).toBe(false);
    expect(seen.destroyed).toBe(true);
  });

  it('closes the window and removes the file when printing fails', async () => {
    const tempRoot = await mkdtemp(path.join(tmpdir(), 'casegraph-pdf-test-'));
    const { window, seen } = fakeWindow();
    (window.webContents as { printToPDF: () => Promise<Buffer> }).printToPDF = () =>
      Promise.reject(new Error('printer on fire'));
    const { printToPdf } = createPdfHandlers({ createPrintWindow: () => window, tempRoot });
    await expect(printToPdf.handle('report:printToPdf', [REPORT])).rejects.toThrow('printer on fire');
    expect(seen.destroyed).toBe(true);
    expect(existsSync(seen.loaded ?? '')).toBe(false);
  });

  it('refuses anything but one HTML string', async () => {
    const { window } = fakeWindow();
    const { printToPdf } = createPdfHandlers({ createPrintWindow: () => window });
    await expect(printToPdf.handle('report:printToPdf', [])).rejects.toThrow(/invalid arguments/);
    await expect(printToPdf.handle('report:printToPdf', [{ html: REPORT }])).rejects.toThrow(
      /invalid arguments/,
    );
  });

  it('prints in a window that runs no script, in a session that loads only local files', () => {
    const options = printWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      nodeIntegration: false,
    });
    let filter: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined;
    restrictPrintSession({
      webRequest: { onBeforeRequest: (f: typeof filter) => (filter = f) },
    } as never);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      filter?.({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('file:///tmp/casegraph-report-x/report.html')).toBe(false);
    expect(decide('https://tracker.example/pixel.png')).toBe(true);
    expect(decide('data:image/png;base64,AAAA')).toBe(true);
  });
});
