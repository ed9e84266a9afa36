/** Writing a backup: the file's pieces in order, each part's header with its length and hash, then the manifest. */
import {
  BACKUP_FORMAT,
  BACKUP_MAGIC,
  BACKUP_VERSION,
  encodeHeader,
  encoder,
  type BackupManifest,
  type BlobHeader,
  type ListedPart,
  type RowsHeader,
} from './backupFormat';
import { encodeRows } from './backupRows';

/** A payload of the file: bytes made here, or an evidence Blob passed through untouched. */
export type BackupPiece<B> = Uint8Array | Readonly<{ blob: B }>;

/**
 * Collects the file's pieces in order. The caller adds rows (already encoded) and blobs (already hashed), then
 * `finish` adds the manifest and the closing line. Evidence bytes are never copied: the writer keeps the caller's
 * Blob handles, so the app can hand the pieces to `new Blob(…)`.
 */
export function createBackupWriter<B>(hash: (bytes: Uint8Array) => string) {
  const pieces: BackupPiece<B>[] = [encoder.encode(BACKUP_MAGIC)];
  const parts: ListedPart[] = [];
  const indexes = new Map<string, number>();
  let size = BACKUP_MAGIC.length;
  const push = (piece: Uint8Array | Readonly<{ blob: B }>, bytes: number) => {
    pieces.push(piece);
    size += bytes;
  };
  return {
    addRows(table: string, rows: readonly unknown[]): void {
      if (rows.length === 0) return;
      const payload = encodeRows(rows, table);
      const index = indexes.get(table) ?? 0;
      indexes.set(table, index + 1);
      const header: RowsHeader = {
        type: 'rows',
        table,
        index,
        rows: rows.length,
        bytes: payload.byteLength,
        sha256: hash(payload),
      };
      parts.push(header);
      const head = encodeHeader(header);
      push(head, head.byteLength);
      push(payload, payload.byteLength);
    },
    addBlob(key: string, mediaType: string, blob: B, bytes: number, sha256: string): void {
      const header: BlobHeader = { type: 'blob', key, mediaType, bytes, sha256 };
      parts.push(header);
      const head = encodeHeader(header);
      push(head, head.byteLength);
      push({ blob }, bytes);
    },
    finish(meta: Omit<BackupManifest, 'format' | 'version' | 'parts'>): {
      pieces: BackupPiece<B>[];
      size: number;
      manifest: BackupManifest;
    } {
      const manifest: BackupManifest = { format: BACKUP_FORMAT, version: BACKUP_VERSION, ...meta, parts };
      const payload = encoder.encode(JSON.stringify(manifest));
      const sha256 = hash(payload);
      const head = encodeHeader({ type: 'manifest', bytes: payload.byteLength, sha256 });
      push(head, head.byteLength);
      push(payload, payload.byteLength);
      const end = encodeHeader({ type: 'end', manifestSha256: sha256 });
      push(end, end.byteLength);
      return { pieces, size, manifest };
    },
  };
}
