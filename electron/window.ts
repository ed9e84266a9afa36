/**
 * The one application window. Its options are a pure function so a test can check every security flag; the
 * creation itself is a thin wrapper around `BrowserWindow`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { createLogger } from './log';

const log = createLogger('window');

/**
 * The built preload script. This module is bundled into dist-electron/main.js, so `import.meta.url` is main.js's
 * URL and the preload sits next to it (vite.config.ts names it preload.cjs: sandboxed preloads must be CommonJS).
 */
export const PRELOAD_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'preload.cjs');

/** What varies between builds; everything else in the window options is fixed. */
export type MainWindowConfig = Readonly<{ preloadPath: string; isPackaged: boolean }>;

/**
 * Options for the main window. Why the flags: the renderer handles untrusted evidence (scraped listings, seller
 * pages), so it gets no Node, runs in Chromium's sandbox, and talks to the OS only through the preload's bridge,
 * which lives in an isolated world. DevTools are off in packaged builds so the bridge cannot be driven by hand
 * from a console.
 */
export function buildMainWindowOptions(config: MainWindowConfig): BrowserWindowConstructorOptions {
  return {
    title: 'Casegraph',
    width: 1280,
    height: 800,
    minWidth: 900,
    minHeight: 600,
    // Shown on `ready-to-show` to avoid a white flash before the first paint.
    show: false,
    webPreferences: {
      preload: config.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Dropping a file on the window would otherwise navigate to it (file://); the renderer handles drops itself.
      navigateOnDragDrop: false,
      // A page stuck in an alert() loop can be stopped.
      safeDialogs: true,
      devTools: !config.isPackaged,
    },
  };
}

/** Creates the main window and loads `url` (the dev server or `casegraph://app/index.html`). */
export function createMainWindow(
  options: Readonly<{ url: string; config: MainWindowConfig }>,
): BrowserWindow {
  const window = new BrowserWindow(buildMainWindowOptions(options.config));
  window.once('ready-to-show', () => window.show());
  // A failed load (dev server not up, missing build) rejects; the window then stays blank, so say why.
  window.loadURL(options.url).catch((error: unknown) => log.error(`could not load ${options.url}`, error));
  return window;
}
