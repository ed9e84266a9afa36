/** A file on disk as a ByteSource, read in slices through one open handle. */
import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ByteSource } from '../shared/import/parse';

export type NodeSource = ByteSource & Readonly<{ close(): Promise<void> }>;

export async function openNodeSource(path: string): Promise<NodeSource> {
  const handle: FileHandle = await open(path, 'r');
  const { size } = await handle.stat();
  return {
    name: basename(path),
    size,
    read: async (offset, length) => {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
      if (buffer.byteLength === 0) return buffer;
      const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, offset);
      return buffer.subarray(0, bytesRead);
    },
    close: () => handle.close(),
  };
}
