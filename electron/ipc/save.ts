/**
 * Saving in chunks to a place the user chose. Bytes go to `<target>.casegraph-part` and are renamed onto the
 * target only when the renderer says the save is complete, so an interrupted export never leaves a truncated
 * file under the name the user asked for. As with reading, the renderer only ever holds an opaque handle.
 */
import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, SaveDialogOptions } from 'electron';
import { z } from 'zod';
import { IPC, MAX_CHUNK_BYTES, type SaveHandleId, type SavedFile } from '../../shared/bridge';
import { fileFiltersSchema, handleIdSchema, route, type BridgeRoutes } from './validate';

/** Suffix of the temporary sibling a save is written to. */
export const PART_SUFFIX = '.casegraph-part';

/** The part of Electron's `dialog` used here. */
export type SaveDialogApi = Pick<Dialog, 'showSaveDialog'>;

/** The file-system calls used here; real `node:fs/promises` unless a test wants to inject a failure. */
export type WriteFileSystem = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>;

export type SaveHandlerDeps = Readonly<{
  dialog: SaveDialogApi;
  getWindow: () => BrowserWindow | null;
  /** Finished saves are recorded here; only they may be revealed in the file manager. */
  savedLocations: Pick<Set<string>, 'add'>;
  fs?: WriteFileSystem;
}>;

/** The routes plus a clean-up for quitting with saves still open. */
export type SaveHandlers = Readonly<{
  routes: Pick<BridgeRoutes, 'beginSave' | 'writeChunk' | 'finishSave' | 'abortSave'>;
  /** Abandons every unfinished save (closes and deletes its partial file). */
  abortAll: () => Promise<void>;
}>;

type OpenSave = {
  readonly target: string;
  readonly partPath: string;
  readonly file: nodeFs.FileHandle;
  bytesWritten: number;
  /** The first write error; once set, the save can only be aborted. */
  failure: unknown;
  /** Operations on one save run strictly in order, even if the renderer does not await each write. */
  tail: Promise<void>;
};

/**
 * A suggested name as a bare file name: no directories (an attacker-chosen `../../.bashrc` must not pick the
 * folder), no characters Windows forbids, no control characters, no leading dots, at most 200 characters.
 */
export function sanitizeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  const clipped = Array.from(cleaned).slice(0, 200).join('');
  return clipped === '' ? 'untitled' : clipped;
}

const saveOptionsSchema = z.strictObject({
  suggestedName: z.string().max(1000),
  filters: fileFiltersSchema.optional(),
});

const chunkSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_CHUNK_BYTES, `a chunk holds at most ${MAX_CHUNK_BYTES} bytes`);

/** Routes for `beginSave`, `writeChunk`, `finishSave` and `abortSave`, sharing one registry of open saves. */
export function createSaveHandlers(deps: SaveHandlerDeps): SaveHandlers {
  const fs = deps.fs ?? nodeFs;
  const open = new Map<string, OpenSave>();
  const busyTargets = new Set<string>();

  const take = (channel: string, handle: string): OpenSave => {
    const save = open.get(handle);
    if (save === undefined) throw new Error(`${channel}: unknown save handle`);
    return save;
  };

  const enqueue = <T>(save: OpenSave, operation: () => Promise<T>): Promise<T> => {
    const result = save.tail.then(operation);
    save.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  };

  const discard = async (save: OpenSave): Promise<void> => {
    try {
      await save.file.close().catch(() => undefined);
      await fs.rm(save.partPath, { force: true });
    } finally {
      busyTargets.delete(save.target);
    }
  };

  const routes: SaveHandlers['routes'] = {
    beginSave: route(z.tuple([saveOptionsSchema]), async ([options]) => {
      const dialogOptions: SaveDialogOptions = {
        defaultPath: sanitizeFileName(options.suggestedName),
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      if (options.filters !== undefined) {
        dialogOptions.filters = options.filters.map((filter) => ({
          ...filter,
          extensions: [...filter.extensions],
        }));
      }
      const window = deps.getWindow();
      const result = await (window === null
        ? deps.dialog.showSaveDialog(dialogOptions)
        : deps.dialog.showSaveDialog(window, dialogOptions));
      if (result.canceled || result.filePath === '') return null;

      const target = path.resolve(result.filePath);
      // Claimed before the first await, so two saves can never share (and delete each other's) part file.
      if (busyTargets.has(target)) throw new Error(`${IPC.beginSave}: ${target} is already being saved`);
      busyTargets.add(target);
      const partPath = target + PART_SUFFIX;
      try {
        // A part file can only be left over from a crash; 'wx' then guarantees this save owns what it writes.
        await fs.rm(partPath, { force: true });
        const file = await fs.open(partPath, 'wx');
        const handle = randomUUID() as SaveHandleId;
        open.set(handle, {
          target,
          partPath,
          file,
          bytesWritten: 0,
          failure: undefined,
          tail: Promise.resolve(),
        });
        return handle;
      } catch (error) {
        busyTargets.delete(target);
        throw error;
      }
    }),

    writeChunk: route(z.tuple([handleIdSchema, chunkSchema]), ([handle, bytes]) => {
      const save = take(IPC.writeChunk, handle);
      return enqueue(save, async () => {
        if (save.failure !== undefined) throw new Error(`${IPC.writeChunk}: an earlier write failed`);
        try {
          let done = 0;
          while (done < bytes.byteLength) {
            const { bytesWritten } = await save.file.write(
              bytes,
              done,
              bytes.byteLength - done,
              save.bytesWritten,
            );
            done += bytesWritten;
            save.bytesWritten += bytesWritten;
          }
        } catch (error) {
          save.failure = error;
          throw error;
        }
      });
    }),

    finishSave: route(z.tuple([handleIdSchema]), ([handle]) => {
      const save = take(IPC.finishSave, handle);
      // Forgotten at once: no write may slip in after the renderer declared the save complete.
      open.delete(handle);
      return enqueue(save, async (): Promise<SavedFile> => {
        if (save.failure !== undefined) {
          await discard(save);
          throw new Error(`${IPC.finishSave}: a write failed, nothing was saved`);
        }
        try {
          // Flushed before the rename, so the name never points at bytes still in the page cache only.
          await save.file.sync();
          await save.file.close();
          await fs.rename(save.partPath, save.target);
        } catch (error) {
          await discard(save);
          throw error;
        }
        busyTargets.delete(save.target);
        deps.savedLocations.add(save.target);
        return { name: path.basename(save.target), location: save.target, bytesWritten: save.bytesWritten };
      });
    }),

    abortSave: route(z.tuple([handleIdSchema]), ([handle]) => {
      const save = take(IPC.abortSave, handle);
      open.delete(handle);
      return enqueue(save, () => discard(save));
    }),
  };

  const abortAll = async (): Promise<void> => {
    const saves = [...open.values()];
    open.clear();
    await Promise.all(saves.map((save) => enqueue(save, () => discard(save)).catch(() => undefined)));
  };

  return { routes, abortAll };
}
