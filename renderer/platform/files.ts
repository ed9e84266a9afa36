/**
 * Helpers over the bridge that features use: read a picked file in chunks, save bytes or a Blob in chunks.
 * Chunking keeps memory flat however large the file, in both shells.
 */
import { MAX_CHUNK_BYTES, type FileFilter, type PickedFile, type SavedFile } from '@shared/bridge';
import { bridge } from './bridge';

const CHUNK = 4 * 1024 * 1024;

/**
 * A file the app may read, whether the user picked it through the bridge or dropped it on the window: features
 * handle both the same way.
 */
export type ReadableFile = Readonly<{
  name: string;
  size: number;
  lastModified: number;
  readChunk(offset: number, length: number): Promise<Uint8Array>;
}>;

export function fromPickedFile(file: PickedFile): ReadableFile {
  return {
    name: file.name,
    size: file.size,
    lastModified: file.lastModified,
    readChunk: (offset, length) => bridge.readFileChunk(file.handle, offset, length),
  };
}

/** A dropped file is read by slicing; the page already holds it, so the shell need not be asked. */
export function fromDroppedFile(file: File): ReadableFile {
  return {
    name: file.name,
    size: file.size,
    lastModified: file.lastModified,
    readChunk: async (offset, length) =>
      new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Calls `onChunk` for each piece of the file, in order; stops early when `signal` aborts. */
export async function readInChunks(
  file: ReadableFile,
  onChunk: (chunk: Uint8Array) => void,
  signal?: AbortSignal,
): Promise<void> {
  for (let offset = 0; offset < file.size;) {
    signal?.throwIfAborted();
    const chunk = await file.readChunk(offset, Math.min(CHUNK, MAX_CHUNK_BYTES));
    const length = chunk.byteLength;
    if (length === 0) throw new Error(`${file.name} ended early at byte ${offset} of ${file.size}`);
    // Count before handing the chunk on: a consumer may transfer its buffer to a worker, which empties it here.
    offset += length;
    onChunk(chunk);
  }
}

/** Asks where to save and writes the Blob in chunks; resolves to null when the user cancels. */
export async function saveBlob(
  blob: Blob,
  suggestedName: string,
  filters?: readonly FileFilter[],
): Promise<SavedFile | null> {
  const handle = await bridge.beginSave({ suggestedName, ...(filters ? { filters } : {}) });
  if (handle === null) return null;
  try {
    for (let offset = 0; offset < blob.size; offset += CHUNK) {
      await bridge.writeChunk(handle, new Uint8Array(await blob.slice(offset, offset + CHUNK).arrayBuffer()));
    }
    return await bridge.finishSave(handle);
  } catch (error) {
    await bridge.abortSave(handle);
    throw error;
  }
}
