/**
 * Entry point of the main process: registers the app scheme, takes the single-instance lock, and on `ready`
 * installs the protocol handler, session and web-contents security, IPC handlers and menu, then opens the window.
 * Policy lives in the modules it wires together; this file only decides the order.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { APP_SCHEME, APP_SCHEME_REGISTRATION, resolveStartPage } from './appOrigin';
import { createAppProtocolHandler } from './appProtocol';
import { PRINT_PARTITION, printWindowOptions, restrictPrintSession } from './ipc/pdf';
import { registerIpcHandlers } from './ipc/register';
import { createLogger } from './log';
import { aboutDialogOptions, buildMenuTemplate } from './menu';
import { applySessionSecurity, hardenWebContents } from './security';
import { createMainWindow, PRELOAD_PATH } from './window';

const log = createLogger('main');

/** The built renderer: dist/ next to dist-electron/, where this file is bundled to. */
const DIST_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

// Both must happen before `ready`: privileges cannot be granted to a scheme later, and the sandbox switch only
// affects renderers created after it (it also covers any renderer whose options forget `sandbox: true`).
protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;

function openMainWindow(url: string): void {
  mainWindow = createMainWindow({ url, config: { preloadPath: PRELOAD_PATH, isPackaged: app.isPackaged } });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  const startPage = resolveStartPage({
    devServerUrl: process.env.VITE_DEV_SERVER_URL,
    isPackaged: app.isPackaged,
  });

  // Every web contents, not just our window's: whatever gets created is held to the same rules.
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, {
      allowedOrigins: startPage.allowedOrigins,
      openExternal: (url) => shell.openExternal(url),
    });
  });

  await app.whenReady();

  protocol.handle(APP_SCHEME, createAppProtocolHandler(DIST_DIR));
  applySessionSecurity(session.defaultSession);
  restrictPrintSession(session.fromPartition(PRINT_PARTITION));
  const ipc = registerIpcHandlers({
    ipcMain,
    dialog,
    shell,
    app,
    getWindow: () => mainWindow,
    createPrintWindow: () => new BrowserWindow(printWindowOptions()),
    allowedOrigins: startPage.allowedOrigins,
  });
  // Unfinished saves leave part files behind unless they are removed before the process exits, so quitting
  // waits once for the clean-up.
  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed) return;
    disposed = true;
    event.preventDefault();
    ipc
      .dispose()
      .catch((error: unknown) => log.error('clean-up before quitting failed', error))
      .finally(() => app.quit());
  });

  const showAbout = (): void => {
    const options = aboutDialogOptions({ name: app.getName(), version: app.getVersion() });
    const shown =
      mainWindow === null ? dialog.showMessageBox(options) : dialog.showMessageBox(mainWindow, options);
    shown.catch((error: unknown) => log.error('could not show the About dialog', error));
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged, showAbout }),
    ),
  );

  openMainWindow(startPage.url);

  // macOS keeps the app running without windows; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(startPage.url);
  });
}

// A second instance would open the same IndexedDB from a second process; hand over to the first one instead.
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    log.error('start-up failed', error);
    app.exit(1);
  });
} else {
  app.quit();
}
