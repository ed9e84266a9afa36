/**
 * The workbench backup file: every table and every evidence file in one file, with SHA-256 hashes that a restore
 * checks before it touches the store.
 *
 * Layout (all text UTF-8):
 *
 * ```
 * CASEGRAPH-BACKUP 1\n
 * {"type":"rows","table":"entities","index":0,"rows":5000,"bytes":N,"sha256":"…"}\n   <N bytes: one JSON row a line>
 * {"type":"blob","key":"<evidence id>","mediaType":"image/png","bytes":N,"sha256":"…"}\n <N bytes, as stored>
 * …
 * {"type":"manifest","bytes":N,"sha256":"…"}\n   <N bytes: the manifest JSON, listing every part above>
 * {"type":"end","manifestSha256":"…"}\n
 * ```
 *
 * Each part's header says how long its payload is and what it hashes to, so a reader walks the file without
 * loading it whole; the manifest repeats every part's hash and each table's row count, so a part removed, added,
 * reordered or cut off is found as surely as a flipped byte. Evidence bytes are stored raw (no base64), so a
 * restored file is byte-identical and a gigabyte of evidence costs a gigabyte.
 *
 * Rows are encoded in `backupRows.ts`, read back by `backupReader.ts`, written by `backupWriter.ts`.
 *
 * Rows are JSON with a few tagged values for what JSON cannot say (non-finite numbers, dates); a row holding
 * anything else (a Blob outside the blobs table, a Map) is refused when the backup is made, never silently lost.
 */
import { z } from 'zod';

export const BACKUP_MAGIC = 'CASEGRAPH-BACKUP 1\n';
export const BACKUP_FORMAT = 'casegraph-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_EXTENSION = 'cgbackup';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const byteCount = z.number().int().nonnegative();

export const rowsHeaderSchema = z.object({
  type: z.literal('rows'),
  table: z.string().min(1),
  index: z.number().int().nonnegative(),
  rows: z.number().int().positive(),
  bytes: byteCount,
  sha256: sha256Hex,
});
export const blobHeaderSchema = z.object({
  type: z.literal('blob'),
  key: z.string().min(1),
  mediaType: z.string(),
  bytes: byteCount,
  sha256: sha256Hex,
});
const manifestHeaderSchema = z.object({ type: z.literal('manifest'), bytes: byteCount, sha256: sha256Hex });
const endHeaderSchema = z.object({ type: z.literal('end'), manifestSha256: sha256Hex });

export const partHeaderSchema = z.discriminatedUnion('type', [
  rowsHeaderSchema,
  blobHeaderSchema,
  manifestHeaderSchema,
  endHeaderSchema,
]);
export type PartHeader = z.infer<typeof partHeaderSchema>;
export type RowsHeader = z.infer<typeof rowsHeaderSchema>;
export type BlobHeader = z.infer<typeof blobHeaderSchema>;
/** A part with a payload, as the manifest lists it. */
export type ListedPart = RowsHeader | BlobHeader;

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  createdBy: z.string(),
  app: z.string(),
  /** The store's schema version the rows were written in. */
  schemaVersion: z.number().int().positive(),
  /** The table that holds evidence bytes; its rows are the blob parts. */
  blobTable: z.string(),
  /** Every table of the store, with its row count (0 for an empty one). */
  tables: z.record(z.string(), z.object({ rows: z.number().int().nonnegative() })),
  parts: z.array(z.discriminatedUnion('type', [rowsHeaderSchema, blobHeaderSchema])),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** What a reader reports when the file is not a sound backup; the message is for the investigator. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

export const encoder = new TextEncoder();
/** Fatal: a damaged byte in the text is an error, never a replacement character. */
export const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodeHeader(header: PartHeader): Uint8Array {
  return encoder.encode(`${JSON.stringify(header)}\n`);
}
