/** A stored Blob as a ByteSource, read in slices, recording how far reading got for the progress bar. */
import type { ByteSource } from '@shared/import/parse';

export type TrackedSource = ByteSource & Readonly<{ bytesRead(): number }>;

export function blobSource(name: string, blob: Blob): TrackedSource {
  let furthest = 0;
  return {
    name,
    size: blob.size,
    read: async (offset, length) => {
      const bytes = new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer());
      furthest = Math.max(furthest, offset + bytes.byteLength);
      return bytes;
    },
    bytesRead: () => furthest,
  };
}
