/** A picked file as one Blob, gathered in chunks (the bridge cannot hand over a File). */
import { readInChunks, type ReadableFile } from '@renderer/platform/files';

export async function readAsBlob(file: ReadableFile): Promise<Blob> {
  let blob = new Blob([]);
  let pending: Uint8Array<ArrayBuffer>[] = [];
  await readInChunks(file, (chunk) => {
    pending.push(chunk as Uint8Array<ArrayBuffer>);
    // Folding into a Blob every few chunks lets the browser keep a large bundle on disk rather than in memory.
    if (pending.length >= 16) {
      blob = new Blob([blob, ...pending]);
      pending = [];
    }
  });
  return new Blob([blob, ...pending]);
}
