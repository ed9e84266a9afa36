/**
 * The bridge implemented with browser APIs, so the whole app runs in plain Chromium: for the e2e tests, and for a
 * reviewer who may open a case with nothing but a browser.
 *
 * Opening uses a file input (the browser's own picker); reading slices the `File`, so a large file is never read
 * whole. Saving uses the File System Access API where the browser has it and a person is at the controls, and
 * otherwise collects the chunks into a Blob (which Chromium pages to disk when large) and downloads it.
 */
import {
  MAX_CHUNK_BYTES,
  type AppInfo,
  type CasegraphBridge,
  type FileHandleId,
  type OpenFilesOptions,
  type PickedFile,
  type SaveFileOptions,
  type SaveHandleId,
  type SavedFile,
} from '@shared/bridge';

type PendingSave = {
  name: string;
  bytesWritten: number;
  /** File System Access target, when the user picked a place on disk. */
  writable?: FileSystemWritableFileStream;
  /** Otherwise the chunks of a download. */
  chunks: BlobPart[];
};

type SaveFilePicker = (options: {
  suggestedName: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}) => Promise<FileSystemFileHandle>;

export type WebBridgeOptions = Readonly<{
  /** Overrides feature detection of `window.showSaveFilePicker`; tests and automation pass `null`. */
  saveFilePicker?: SaveFilePicker | null;
}>;

function acceptAttribute(options: OpenFilesOptions | undefined): string {
  const extensions = options?.filters?.flatMap((filter) => filter.extensions) ?? [];
  return extensions.includes('*') ? '' : extensions.map((ext) => `.${ext}`).join(',');
}

/** Shows the browser's file picker; resolves to [] when the user closes it without choosing. */
function pickWithInput(options: OpenFilesOptions | undefined): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = options?.multiple ?? true;
    input.accept = acceptAttribute(options);
    input.style.display = 'none';
    const finish = (files: File[]): void => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has taken its own reference by the time the click handler returns; free ours a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Automated browsers cannot answer the native save picker, so they take the download path. */
function detectSaveFilePicker(): SaveFilePicker | null {
  const candidate = (window as unknown as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  return typeof candidate === 'function' && !navigator.webdriver ? candidate.bind(window) : null;
}

export function createWebBridge(options: WebBridgeOptions = {}): CasegraphBridge {
  const picked = new Map<FileHandleId, File>();
  const saves = new Map<SaveHandleId, PendingSave>();
  const saveFilePicker =
    options.saveFilePicker === undefined ? detectSaveFilePicker() : options.saveFilePicker;

  const pending = (handle: SaveHandleId): PendingSave => {
    const save = saves.get(handle);
    if (!save) throw new Error('This save was already finished or abandoned');
    return save;
  };

  const bridge: CasegraphBridge = {
    getAppInfo: (): Promise<AppInfo> =>
      Promise.resolve({
        name: 'Casegraph',
        version: __APP_VERSION__,
        shell: 'web',
        capabilities: { revealInFolder: false, printToPdf: false },
      }),

    openFiles: async (openOptions): Promise<PickedFile[]> => {
      const files = await pickWithInput(openOptions);
      return files.map((file) => {
        const handle = crypto.randomUUID() as FileHandleId;
        picked.set(handle, file);
        return { handle, name: file.name, size: file.size, lastModified: file.lastModified };
      });
    },

    readFileChunk: async (handle, offset, length) => {
      const file = picked.get(handle);
      if (!file) throw new Error('That file is no longer open; pick it again');
      if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
        throw new Error('A chunk needs a non-negative whole offset and length');
      }
      const end = Math.min(offset + Math.min(length, MAX_CHUNK_BYTES), file.size);
      return new Uint8Array(await file.slice(offset, end).arrayBuffer());
    },

    releaseFile: (handle) => {
      picked.delete(handle);
      return Promise.resolve();
    },

    beginSave: async (saveOptions: SaveFileOptions) => {
      const handle = crypto.randomUUID() as SaveHandleId;
      if (saveFilePicker) {
        try {
          const target = await saveFilePicker({
            suggestedName: saveOptions.suggestedName,
            types: saveOptions.filters?.map((filter) => ({
              description: filter.name,
              accept: { 'application/octet-stream': filter.extensions.map((ext) => `.${ext}`) },
            })),
          });
          saves.set(handle, {
            name: target.name,
            bytesWritten: 0,
            writable: await target.createWritable(),
            chunks: [],
          });
          return handle;
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') return null;
          throw error;
        }
      }
      saves.set(handle, { name: saveOptions.suggestedName, bytesWritten: 0, chunks: [] });
      return handle;
    },

    writeChunk: async (handle, bytes) => {
      const save = pending(handle);
      if (save.writable) await save.writable.write(bytes as Uint8Array<ArrayBuffer>);
      else save.chunks.push(bytes as Uint8Array<ArrayBuffer>);
      save.bytesWritten += bytes.byteLength;
    },

    finishSave: async (handle): Promise<SavedFile> => {
      const save = pending(handle);
      saves.delete(handle);
      if (save.writable) await save.writable.close();
      else download(new Blob(save.chunks), save.name);
      return { name: save.name, location: null, bytesWritten: save.bytesWritten };
    },

    abortSave: async (handle) => {
      const save = saves.get(handle);
      saves.delete(handle);
      await save?.writable?.abort();
    },

    revealInFolder: () => Promise.resolve(false),
    printToPdf: () => Promise.resolve(null),
  };
  return Object.freeze(bridge);
}
