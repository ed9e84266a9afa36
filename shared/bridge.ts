/**
 * The one typed bridge between the app and the operating system.
 *
 * `electron/preload.ts` implements it over IPC (native dialogs, the disk); `renderer/platform/webBridge.ts`
 * implements it with browser APIs (file input, File System Access, downloads). The renderer picks one at start-up
 * and nothing else knows which. Every value that crosses it must survive Electron's structured clone and
 * `contextBridge`: plain objects, strings, numbers, `Uint8Array` — no `File`, `Blob` or class instances.
 */

/** Opaque handle to a file the user picked; only files picked through the bridge can be read through it. */
export type FileHandleId = string & { readonly __brand: 'FileHandleId' };

/** Opaque handle to a save in progress (the user already chose where). */
export type SaveHandleId = string & { readonly __brand: 'SaveHandleId' };

/** A file filter for open/save dialogs, as operating systems show it ("CSV files", ["csv", "tsv"]). */
export type FileFilter = Readonly<{ name: string; extensions: readonly string[] }>;

export type OpenFilesOptions = Readonly<{
  title?: string;
  filters?: readonly FileFilter[];
  multiple?: boolean;
}>;

/** What the app learns about a picked file. Bytes are read in chunks so a gigabyte never sits in memory. */
export type PickedFile = Readonly<{
  handle: FileHandleId;
  name: string;
  size: number;
  /** Milliseconds since the epoch, as the file system reports it. */
  lastModified: number;
}>;

export type SaveFileOptions = Readonly<{
  suggestedName: string;
  filters?: readonly FileFilter[];
}>;

/** Where a finished save went; `location` is shown to the user and used by `revealInFolder`. */
export type SavedFile = Readonly<{ name: string; location: string | null; bytesWritten: number }>;

export type AppInfo = Readonly<{
  name: string;
  version: string;
  /** Which implementation is running: the desktop shell or a plain browser. */
  shell: 'electron' | 'web';
  /** What this implementation can do, so the UI hides actions it cannot perform. */
  capabilities: Readonly<{ revealInFolder: boolean; printToPdf: boolean }>;
}>;

/** The largest chunk one `readFileChunk` call returns; keeps IPC messages and memory small. */
export const MAX_CHUNK_BYTES = 8 * 1024 * 1024;

export type CasegraphBridge = Readonly<{
  getAppInfo(): Promise<AppInfo>;
  /** Shows the system's open dialog; resolves to an empty list when the user cancels. */
  openFiles(options?: OpenFilesOptions): Promise<readonly PickedFile[]>;
  /** Reads up to `length` bytes (at most MAX_CHUNK_BYTES) from `offset`; fewer at the end of the file. */
  readFileChunk(handle: FileHandleId, offset: number, length: number): Promise<Uint8Array>;
  /** Forgets a picked file so its handle can no longer be read. */
  releaseFile(handle: FileHandleId): Promise<void>;
  /** Asks where to save; resolves to null when the user cancels. Write with `writeChunk`, then `finishSave`. */
  beginSave(options: SaveFileOptions): Promise<SaveHandleId | null>;
  writeChunk(handle: SaveHandleId, bytes: Uint8Array): Promise<void>;
  finishSave(handle: SaveHandleId): Promise<SavedFile>;
  /** Abandons a save: whatever was written is removed. */
  abortSave(handle: SaveHandleId): Promise<void>;
  /** Shows a saved file in the system's file manager; false where the shell cannot. */
  revealInFolder(location: string): Promise<boolean>;
  /**
   * A self-contained HTML document printed to PDF by the shell's own print engine (the desktop app's Chromium);
   * null where the shell has none (the browser build makes its PDF itself).
   */
  printToPdf(html: string): Promise<Uint8Array | null>;
}>;

/** IPC channel names, `domain:verb`, shared by the preload and the main process. */
export const IPC = {
  getAppInfo: 'app:getInfo',
  openFiles: 'dialog:openFiles',
  readFileChunk: 'file:readChunk',
  releaseFile: 'file:release',
  beginSave: 'dialog:beginSave',
  writeChunk: 'file:writeChunk',
  finishSave: 'file:finishSave',
  abortSave: 'file:abortSave',
  revealInFolder: 'shell:revealInFolder',
  printToPdf: 'report:printToPdf',
} as const satisfies Record<keyof CasegraphBridge, string>;

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'casegraph';
