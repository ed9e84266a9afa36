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

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodeHeader(header: PartHeader): Uint8Array {
  return encoder.encode(`${JSON.stringify(header)}\n`);
}

// ---- rows ----

const TAG_NUMBER = '$cgNumber';
const TAG_DATE = '$cgDate';

function describeValue(value: object): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

/** One row as one line of JSON; throws for a value JSON cannot carry faithfully. */
export function encodeRow(row: unknown, table: string): string {
  return JSON.stringify(row, function replacer(this: unknown, key: string, value: unknown) {
    // `this[key]` is the value before toJSON, so a Date is still a Date here.
    const raw = (this as Record<string, unknown>)[key];
    if (raw instanceof Date) return { [TAG_DATE]: raw.toISOString() };
    if (typeof value === 'number' && !Number.isFinite(value)) return { [TAG_NUMBER]: String(value) };
    if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
      throw new BackupError(`A row of ${table} holds a ${typeof value}, which a backup cannot carry`);
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const proto = Object.getPrototypeOf(value) as unknown;
      if (proto !== Object.prototype && proto !== null) {
        throw new BackupError(
          `A row of ${table} holds a ${describeValue(value)}, which a backup cannot carry`,
        );
      }
    }
    return value;
  });
}

export function decodeRow(line: string): unknown {
  return JSON.parse(line, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1 && typeof record[TAG_NUMBER] === 'string') return Number(record[TAG_NUMBER]);
      if (keys.length === 1 && typeof record[TAG_DATE] === 'string') return new Date(record[TAG_DATE]);
    }
    return value;
  });
}

export function encodeRows(rows: readonly unknown[], table: string): Uint8Array {
  return encoder.encode(rows.map((row) => `${encodeRow(row, table)}\n`).join(''));
}

export function decodeRows(payload: Uint8Array, table: string): unknown[] {
  let text: string;
  try {
    text = decoder.decode(payload);
  } catch {
    throw new BackupError(`The rows of ${table} are not valid text: the file is damaged`);
  }
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      try {
        return decodeRow(line);
      } catch {
        throw new BackupError(`A row of ${table} is not valid JSON: the file is damaged`);
      }
    });
}

// ---- reading ----

/** Random access to the file's bytes (a Blob in the app, a byte array in tests). */
export type BackupSource = Readonly<{
  size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}>;

/** What a reader needs to hash a payload without holding it: the bytes, chunk by chunk. */
export type Hasher = Readonly<{ update(chunk: Uint8Array): void; hexDigest(): string }>;

export type BackupVisitor = Readonly<{
  /** A rows part whose payload matched its hash. */
  rows(header: RowsHeader, rows: unknown[]): void;
  /** A blob part whose payload matched its hash; `offset` is where its bytes start in the file. */
  blob(header: BlobHeader, offset: number): void;
  /** Bytes checked so far, for progress. */
  progress(bytesRead: number): void;
}>;

const MAX_HEADER = 64 * 1024;
const READ_CHUNK = 4 * 1024 * 1024;
const ROWS_LIMIT = 512 * 1024 * 1024;

async function readLine(source: BackupSource, offset: number): Promise<{ line: string; next: number }> {
  const window = await source.read(offset, Math.min(MAX_HEADER, source.size - offset));
  const end = window.indexOf(10);
  if (end < 0) {
    throw new BackupError(
      offset >= source.size
        ? 'The file ends too early: it was cut off (an incomplete download or copy?)'
        : `The file is damaged at byte ${offset}: a part header is unreadable`,
    );
  }
  try {
    return { line: decoder.decode(window.subarray(0, end)), next: offset + end + 1 };
  } catch {
    throw new BackupError(`The file is damaged at byte ${offset}: a part header is unreadable`);
  }
}

function parseHeader(line: string, offset: number): PartHeader {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new BackupError(`The file is damaged at byte ${offset}: a part header is unreadable`);
  }
  const parsed = partHeaderSchema.safeParse(json);
  if (!parsed.success)
    throw new BackupError(`The file is damaged at byte ${offset}: a part header is unreadable`);
  return parsed.data;
}

function what(header: ListedPart): string {
  return header.type === 'rows'
    ? `rows ${header.index + 1} of table ${header.table}`
    : `the evidence file ${header.key.slice(0, 12)}…`;
}

function sameParts(a: ListedPart, b: ListedPart): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Walks the whole file, checking every hash and the manifest, and hands each sound part to the visitor. Throws a
 * `BackupError` naming the first problem; the visitor may have seen earlier parts by then, so a restore writes only
 * after this returns.
 */
export async function readBackup(
  source: BackupSource,
  createHasher: () => Hasher,
  visitor: BackupVisitor,
  signal?: AbortSignal,
): Promise<BackupManifest> {
  if (source.size < BACKUP_MAGIC.length)
    throw new BackupError('This is not a Casegraph backup (the file is too short)');
  const magic = await source.read(0, BACKUP_MAGIC.length);
  if (new TextDecoder().decode(magic) !== BACKUP_MAGIC) {
    throw new BackupError('This is not a Casegraph backup (it does not start like one)');
  }
  let offset = BACKUP_MAGIC.length;
  const seen: ListedPart[] = [];
  for (;;) {
    signal?.throwIfAborted();
    const headerAt = offset;
    const { line, next } = await readLine(source, offset);
    const header = parseHeader(line, headerAt);
    offset = next;
    if (header.type === 'end') throw new BackupError('The file is damaged: its manifest is missing');
    if (offset + header.bytes > source.size) {
      throw new BackupError('The file ends too early: it was cut off (an incomplete download or copy?)');
    }
    const hasher = createHasher();
    const keep = header.type === 'rows' || header.type === 'manifest';
    if (keep && header.bytes > ROWS_LIMIT)
      throw new BackupError(`The file is damaged at byte ${headerAt}: a part is implausibly large`);
    const kept: Uint8Array[] = [];
    for (let at = 0; at < header.bytes;) {
      signal?.throwIfAborted();
      const chunk = await source.read(offset + at, Math.min(READ_CHUNK, header.bytes - at));
      if (chunk.byteLength === 0) throw new BackupError('The file ends too early: it was cut off');
      hasher.update(chunk);
      if (keep) kept.push(chunk);
      at += chunk.byteLength;
      visitor.progress(offset + at);
    }
    if (hasher.hexDigest() !== header.sha256) {
      const part = header.type === 'manifest' ? 'the manifest' : what(header);
      throw new BackupError(
        `The file is damaged: ${part} does not match its SHA-256 (changed after the backup was made)`,
      );
    }
    const payload = keep ? concat(kept, header.bytes) : new Uint8Array();
    const payloadAt = offset;
    offset += header.bytes;
    if (header.type === 'manifest') {
      const manifest = parseManifest(payload);
      const closing = await readLine(source, offset);
      const end = parseHeader(closing.line, offset);
      if (end.type !== 'end' || end.manifestSha256 !== header.sha256) {
        throw new BackupError('The file is damaged: its closing line does not match the manifest');
      }
      if (closing.next !== source.size) {
        throw new BackupError('The file is damaged: something was added after its end');
      }
      checkManifest(manifest, seen);
      visitor.progress(source.size);
      return manifest;
    }
    seen.push(header);
    if (header.type === 'rows') visitor.rows(header, decodeRows(payload, header.table));
    else visitor.blob(header, payloadAt);
  }
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function parseManifest(payload: Uint8Array): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(payload));
  } catch {
    throw new BackupError('The file is damaged: its manifest is unreadable');
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const version = (json as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > BACKUP_VERSION) {
      throw new BackupError('This backup was made by a newer Casegraph; update the app to restore it');
    }
    throw new BackupError('The file is damaged: its manifest is unreadable');
  }
  return parsed.data;
}

/** The parts read must be exactly the parts listed, in order, and the rows must add up to each table's count. */
function checkManifest(manifest: BackupManifest, seen: readonly ListedPart[]): void {
  if (manifest.parts.length !== seen.length) {
    throw new BackupError(
      `The file is damaged: the manifest lists ${manifest.parts.length} parts but the file holds ${seen.length}`,
    );
  }
  manifest.parts.forEach((listed, i) => {
    const found = seen[i];
    if (!found || !sameParts(listed, found)) {
      throw new BackupError(`The file is damaged: part ${i + 1} is not the one the manifest lists`);
    }
  });
  const counted = new Map<string, number>();
  for (const part of seen) {
    const table = part.type === 'rows' ? part.table : manifest.blobTable;
    counted.set(table, (counted.get(table) ?? 0) + (part.type === 'rows' ? part.rows : 1));
  }
  for (const [table, { rows }] of Object.entries(manifest.tables)) {
    if ((counted.get(table) ?? 0) !== rows) {
      throw new BackupError(`The file is damaged: table ${table} should have ${rows} rows`);
    }
  }
  for (const table of counted.keys()) {
    if (!(table in manifest.tables))
      throw new BackupError(`The file is damaged: table ${table} is not in the manifest`);
  }
}

// ---- writing ----

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
