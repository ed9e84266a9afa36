/**
 * Reading files the user picked. The renderer never names a path: it gets an opaque handle per picked file and
 * can read only through that handle, so a compromised page can read what the user chose and nothing else.
 */
import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import { z } from 'zod';
import { IPC, MAX_CHUNK_BYTES, type FileHandleId, type PickedFile } from '../../shared/bridge';
import { fileFiltersSchema, handleIdSchema, route, type BridgeRoutes } from './validate';

/** The part of Electron's `dialog` used here. */
export type OpenDialogApi = Pick<Dialog, 'showOpenDialog'>;

/** The file-system calls used here; real `node:fs/promises` unless a test wants to inject a failure. */
export type ReadFileSystem = Pick<typeof nodeFs, 'open' | 'stat'>;

export type FileHandlerDeps = Readonly<{
  dialog: OpenDialogApi;
  /** The window dialogs are attached to (modal on macOS); null shows a free-standing dialog. */
  getWindow: () => BrowserWindow | null;
  fs?: ReadFileSystem;
}>;

/** What a handle stands for; size and mtime are kept to notice a file that changed after it was picked. */
type PickedEntry = Readonly<{ path: string; size: number; mtimeMs: number }>;

const openOptionsSchema = z
  .strictObject({
    title: z.string().max(200).optional(),
    filters: fileFiltersSchema.optional(),
    multiple: z.boolean().optional(),
  })
  .optional();

/** Offsets are byte positions: whole, non-negative and exactly representable (z.int() is the safe range). */
const offsetSchema = z.int().nonnegative();
const lengthSchema = z.int().nonnegative().max(MAX_CHUNK_BYTES);

/** Routes for `openFiles`, `readFileChunk` and `releaseFile`, sharing one registry of picked files. */
export function createFileHandlers(
  deps: FileHandlerDeps,
): Pick<BridgeRoutes, 'openFiles' | 'readFileChunk' | 'releaseFile'> {
  const fs = deps.fs ?? nodeFs;
  const picked = new Map<string, PickedEntry>();

  return {
    openFiles: route(z.tuple([openOptionsSchema]), async ([options]) => {
      const dialogOptions: OpenDialogOptions = {
        properties: options?.multiple === true ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      if (options?.title !== undefined) dialogOptions.title = options.title;
      if (options?.filters !== undefined) {
        dialogOptions.filters = options.filters.map((filter) => ({
          ...filter,
          extensions: [...filter.extensions],
        }));
      }
      const window = deps.getWindow();
      const result = await (window === null
        ? deps.dialog.showOpenDialog(dialogOptions)
        : deps.dialog.showOpenDialog(window, dialogOptions));
      if (result.canceled) return [];

      const files: PickedFile[] = [];
      for (const filePath of result.filePaths) {
        const absolute = path.resolve(filePath);
        const stats = await fs.stat(absolute);
        if (!stats.isFile()) continue;
        const handle = randomUUID() as FileHandleId;
        picked.set(handle, { path: absolute, size: stats.size, mtimeMs: stats.mtimeMs });
        files.push({
          handle,
          name: path.basename(absolute),
          size: stats.size,
          lastModified: Math.floor(stats.mtimeMs),
        });
      }
      return files;
    }),

    readFileChunk: route(
      z.tuple([handleIdSchema, offsetSchema, lengthSchema]),
      async ([handle, offset, length]) => {
        const entry = picked.get(handle);
        if (entry === undefined) throw new Error(`${IPC.readFileChunk}: unknown file handle`);
        const file = await fs.open(entry.path, 'r');
        try {
          // Evidence is hashed from these bytes: a file edited after it was picked must not be read as if it were
          // the one the user chose.
          const stats = await file.stat();
          if (stats.size !== entry.size || stats.mtimeMs !== entry.mtimeMs) {
            throw new Error(
              `${IPC.readFileChunk}: ${path.basename(entry.path)} changed on disk since it was picked`,
            );
          }
          const wanted = Math.max(0, Math.min(length, stats.size - offset));
          const bytes = new Uint8Array(wanted);
          let filled = 0;
          while (filled < wanted) {
            const { bytesRead } = await file.read(bytes, filled, wanted - filled, offset + filled);
            if (bytesRead === 0) break;
            filled += bytesRead;
          }
          // A short read returns a copy: a view would drag the whole buffer through the structured clone.
          return filled === wanted ? bytes : bytes.slice(0, filled);
        } finally {
          await file.close();
        }
      },
    ),

    // Forgetting an unknown handle is harmless, so it is not an error (the renderer may release twice).
    releaseFile: route(z.tuple([handleIdSchema]), ([handle]) => {
      picked.delete(handle);
    }),
  };
}
