/**
 * The report's PDF printed by the desktop app's own Chromium: real fonts for every script (Cyrillic, Chinese,
 * emoji), laid out exactly as the HTML report. The report is written to a private temporary folder and loaded into
 * a hidden window that runs no script, in a session of its own that refuses every request but that one file: the
 * report holds untrusted names and text, and printing it must not be a way to run or fetch anything.
 */
import * as nodeFs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { z } from 'zod';
import { route, type BridgeRoutes } from './validate';

/** The in-memory session print windows use (no `persist:`: nothing of a report outlives the print). */
export const PRINT_PARTITION = 'casegraph-print';
/** Larger than any report a case makes; refuses a renderer trying to fill the disk. */
export const MAX_REPORT_CHARS = 64 * 1024 * 1024;

export type PrintWindow = Pick<BrowserWindow, 'loadFile' | 'destroy'> &
  Readonly<{ webContents: Pick<BrowserWindow['webContents'], 'printToPDF'> }>;

export type PdfHandlerDeps = Readonly<{
  createPrintWindow: () => PrintWindow;
  fs?: Pick<typeof nodeFs, 'mkdtemp' | 'writeFile' | 'rm'>;
  tempRoot?: string;
}>;

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: {
      partition: PRINT_PARTITION,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools: false,
    },
  };
}

/** The print session loads local files only (the report itself); every other request is cancelled. */
export function restrictPrintSession(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !details.url.startsWith('file:') });
  });
}

export function createPdfHandlers(deps: PdfHandlerDeps): Pick<BridgeRoutes, 'printToPdf'> {
  const fs = deps.fs ?? nodeFs;
  return {
    printToPdf: route(z.tuple([z.string().min(1).max(MAX_REPORT_CHARS)]), async ([html]) => {
      const dir = await fs.mkdtemp(path.join(deps.tempRoot ?? tmpdir(), 'casegraph-report-'));
      const window = deps.createPrintWindow();
      try {
        const file = path.join(dir, 'report.html');
        await fs.writeFile(file, html, 'utf8');
        await window.loadFile(file);
        const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
        return new Uint8Array(pdf);
      } finally {
        window.destroy();
        await fs.rm(dir, { recursive: true, force: true });
      }
    }),
  };
}
