/**
 * Wires every bridge method to `ipcMain.handle`. All Electron and file-system dependencies come in as arguments,
 * so tests drive the real handlers with fake dialogs and fake IPC events.
 */
import type { App, BrowserWindow, Dialog, Shell } from 'electron';
import { IPC, type CasegraphBridge } from '../../shared/bridge';
import { createFileHandlers, type ReadFileSystem } from './files';
import { createPdfHandlers, type PrintWindow } from './pdf';
import { createSaveHandlers, type WriteFileSystem } from './save';
import { createShellHandlers } from './shell';
import { guardRoute, type BridgeRoutes, type SenderEvent } from './validate';

/** The part of Electron's `ipcMain` used here. */
export type IpcMainApi = Readonly<{
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}>;

export type IpcDeps = Readonly<{
  ipcMain: IpcMainApi;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  app: Pick<App, 'getName' | 'getVersion'>;
  getWindow: () => BrowserWindow | null;
  /** A hidden window to print a report in (`printWindowOptions`, in the restricted print session). */
  createPrintWindow: () => PrintWindow;
  /** Origins allowed to call (see `resolveStartPage`). */
  allowedOrigins: readonly string[];
  fs?: ReadFileSystem & WriteFileSystem;
}>;

/** Undoes `registerIpcHandlers`: removes the handlers and abandons unfinished saves. */
export type IpcRegistration = Readonly<{ dispose: () => Promise<void> }>;

/** Registers one guarded handler per channel in `IPC`. */
export function registerIpcHandlers(deps: IpcDeps): IpcRegistration {
  const savedLocations = new Set<string>();
  const files = createFileHandlers({ dialog: deps.dialog, getWindow: deps.getWindow, fs: deps.fs });
  const saves = createSaveHandlers({
    dialog: deps.dialog,
    getWindow: deps.getWindow,
    savedLocations,
    fs: deps.fs,
  });
  const shell = createShellHandlers({ shell: deps.shell, app: deps.app, savedLocations });
  const pdf = createPdfHandlers({ createPrintWindow: deps.createPrintWindow });
  const routes: BridgeRoutes = { ...files, ...saves.routes, ...shell, ...pdf };

  const methods = Object.keys(IPC) as (keyof CasegraphBridge)[];
  for (const method of methods) {
    deps.ipcMain.handle(IPC[method], guardRoute<unknown>(IPC[method], routes[method], deps.allowedOrigins));
  }

  return {
    dispose: async () => {
      for (const method of methods) deps.ipcMain.removeHandler(IPC[method]);
      await saves.abortAll();
    },
  };
}
