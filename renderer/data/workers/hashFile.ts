/**
 * Reads a file in chunks, hashes it in a worker and gathers its bytes as a Blob to store.
 * Reports bytes done for the progress bar; an aborted signal stops reading and frees the worker.
 */
import type { EvidenceId } from '@shared/model';
import { readInChunks, type ReadableFile } from '@renderer/platform/files';
import type { HashRequest, HashResponse } from './sha256.protocol';

export type HashedFile = Readonly<{ sha256: EvidenceId; data: Blob }>;

export async function hashFile(
  file: ReadableFile,
  onBytes: (done: number) => void,
  signal?: AbortSignal,
): Promise<HashedFile> {
  const worker = new Worker(new URL('./sha256.worker.ts', import.meta.url), {
    type: 'module',
    name: 'sha256',
  });
  try {
    const digest = new Promise<string>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<HashResponse>) => {
        if (event.data.type === 'digest') resolve(event.data.sha256);
        else reject(new Error(`Hashing ${file.name} failed: ${event.data.message}`));
      };
      worker.onerror = (event) => reject(new Error(`Hashing ${file.name} failed: ${event.message}`));
    });
    const parts: Blob[] = [];
    let done = 0;
    await readInChunks(
      file,
      (chunk) => {
        // The Blob copies the bytes, so the chunk itself can move to the worker without a second copy
        // (after which it is empty here: count it first).
        done += chunk.byteLength;
        parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
        const request: HashRequest = { type: 'chunk', bytes: chunk };
        worker.postMessage(request, [chunk.buffer]);
        onBytes(done);
      },
      signal,
    );
    const finish: HashRequest = { type: 'finish' };
    worker.postMessage(finish);
    return { sha256: (await digest) as EvidenceId, data: new Blob(parts) };
  } finally {
    worker.terminate();
  }
}
