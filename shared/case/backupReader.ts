/** Reading a backup part by part, checking every payload's hash and the manifest, without loading the file whole. */
import {
  BACKUP_MAGIC,
  BACKUP_VERSION,
  BackupError,
  decoder,
  manifestSchema,
  partHeaderSchema,
  type BackupManifest,
  type BlobHeader,
  type ListedPart,
  type PartHeader,
  type RowsHeader,
} from './backupFormat';
import { decodeRows } from './backupRows';

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
