/**
 * The preload: exposes exactly the `CasegraphBridge`, one method per IPC channel, to the isolated page.
 *
 * Never exposes `ipcRenderer` or a generic invoke: the page could then call any channel with any arguments. Each
 * method forwards only its declared parameters. Built as CommonJS and run in the sandbox, where `require` knows
 * only 'electron', so the sole runtime import besides it is '../shared/bridge', whose constants are bundled in.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  BRIDGE_GLOBAL,
  IPC,
  type CasegraphBridge,
  type FileHandleId,
  type OpenFilesOptions,
  type SaveFileOptions,
  type SaveHandleId,
} from '../shared/bridge';

const bridge = Object.freeze({
  getAppInfo: () => ipcRenderer.invoke(IPC.getAppInfo),
  openFiles: (options?: OpenFilesOptions) => ipcRenderer.invoke(IPC.openFiles, options),
  readFileChunk: (handle: FileHandleId, offset: number, length: number) =>
    ipcRenderer.invoke(IPC.readFileChunk, handle, offset, length),
  releaseFile: (handle: FileHandleId) => ipcRenderer.invoke(IPC.releaseFile, handle),
  beginSave: (options: SaveFileOptions) => ipcRenderer.invoke(IPC.beginSave, options),
  writeChunk: (handle: SaveHandleId, bytes: Uint8Array) => ipcRenderer.invoke(IPC.writeChunk, handle, bytes),
  finishSave: (handle: SaveHandleId) => ipcRenderer.invoke(IPC.finishSave, handle),
  abortSave: (handle: SaveHandleId) => ipcRenderer.invoke(IPC.abortSave, handle),
  revealInFolder: (location: string) => ipcRenderer.invoke(IPC.revealInFolder, location),
  printToPdf: (html: string) => ipcRenderer.invoke(IPC.printToPdf, html),
} satisfies CasegraphBridge);

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
