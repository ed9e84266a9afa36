/**
 * Backup and restore of the whole workbench: every table and every evidence file, in the file format of
 * `shared/case/backupFormat.ts`. Runs in the backup worker (long work, progress, cancel); tested in Node.
 *
 * - Backup reads every table in one read transaction, so the file is one consistent moment of the store (the audit
 *   chain matches the data it describes). Evidence Blobs are passed through by reference, never copied into memory;
 *   each is hashed as it is read.
 * - Restore first reads and checks the whole file (every part's SHA-256, the manifest, the schema version) without
 *   touching the store. Only a sound file is written, in one transaction that clears and refills every table: it
 *   either all happens or, on any failure, the current data stays exactly as it was. The restored audit log gets
 *   one more entry, `workbench.restore`, saying which backup the data came from.
 *
 * dexie-export-import was considered and not used: it inlines evidence as base64 in one JSON document (a third
 * larger, held in memory whole), has open reports of corrupted Blobs on export and import, and has no per-part
 * hashes to check; evidence must come back byte-identical.
 */
import Dexie, { type Table } from 'dexie';
import { BackupError, type BackupManifest } from '@shared/case/backupFormat';
import { readBackup, type BackupSource } from '@shared/case/backupReader';
import { createBackupWriter } from '@shared/case/backupWriter';
import { createSha256Stream, sha256Hex } from '@shared/hash';
import type { StoredBlob } from '@shared/model';
import { CasegraphDb } from '../db';
import { SCHEMA_VERSIONS } from '../schema';
import { appendAudit } from './audit';
import { readExaminerName } from './settings';

const BLOB_TABLE = 'blobs';
const ROWS_PER_PART = 5_000;
const HASH_CHUNK = 4 * 1024 * 1024;

export type BackupPhase = 'reading' | 'hashing' | 'checking' | 'writing';
export type BackupProgress = Readonly<{ phase: BackupPhase; done: number; total: number }>;

export type BackupOptions = Readonly<{
  app: string;
  signal?: AbortSignal;
  onProgress?: (progress: BackupProgress) => void;
}>;

export type BackupResult = Readonly<{
  blob: Blob;
  manifest: BackupManifest;
  /** Evidence whose stored bytes no longer match their SHA-256 name: backed up as they are, and reported. */
  mismatched: readonly string[];
}>;

type KeyPath = string | string[] | null;

function keyOf(row: unknown, keyPath: KeyPath): unknown {
  if (keyPath === null) throw new Error('Every table of the store has inline keys');
  return Array.isArray(keyPath)
    ? keyPath.map((path) => Dexie.getByKeyPath(row as object, path) as unknown)
    : (Dexie.getByKeyPath(row as object, keyPath) as unknown);
}

/** Reads a table in primary-key order, a page at a time (no offset scans), inside the caller's transaction. */
async function forEachPage(
  table: Table,
  onPage: (rows: unknown[]) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const keyPath = table.schema.primKey.keyPath as KeyPath;
  let last: unknown;
  for (;;) {
    signal?.throwIfAborted();
    const page: unknown[] =
      last === undefined
        ? await table.orderBy(':id').limit(ROWS_PER_PART).toArray()
        : await table.where(':id').above(last).limit(ROWS_PER_PART).toArray();
    if (page.length === 0) return;
    onPage(page);
    last = keyOf(page[page.length - 1], keyPath);
    if (page.length < ROWS_PER_PART) return;
  }
}

async function hashBlob(blob: Blob, onBytes: (bytes: number) => void, signal?: AbortSignal): Promise<string> {
  const hasher = createSha256Stream();
  for (let at = 0; at < blob.size; at += HASH_CHUNK) {
    signal?.throwIfAborted();
    const chunk = new Uint8Array(await blob.slice(at, at + HASH_CHUNK).arrayBuffer());
    hasher.update(chunk);
    onBytes(chunk.byteLength);
  }
  return hasher.hexDigest();
}

export async function createBackup(db: CasegraphDb, options: BackupOptions): Promise<BackupResult> {
  const { signal, onProgress } = options;
  const writer = createBackupWriter<Blob>(sha256Hex);
  const tables: Record<string, { rows: number }> = {};
  let blobs: StoredBlob[] = [];
  const createdBy = await readExaminerName(db);
  await db.transaction('r', db.tables, async () => {
    const counts = await Promise.all(db.tables.map((t) => t.count()));
    const total = counts.reduce((a, b) => a + b, 0);
    let done = 0;
    for (const table of db.tables) {
      tables[table.name] = { rows: 0 };
      await forEachPage(
        table,
        (page) => {
          const entry = tables[table.name];
          if (entry) entry.rows += page.length;
          if (table.name === BLOB_TABLE) blobs = blobs.concat(page as StoredBlob[]);
          else writer.addRows(table.name, page);
          done += page.length;
          onProgress?.({ phase: 'reading', done, total });
        },
        signal,
      );
    }
  });
  const totalBytes = blobs.reduce((sum, b) => sum + b.data.size, 0);
  let hashed = 0;
  const mismatched: string[] = [];
  for (const stored of blobs) {
    const sha256 = await hashBlob(
      stored.data,
      (bytes) => {
        hashed += bytes;
        onProgress?.({ phase: 'hashing', done: hashed, total: totalBytes });
      },
      signal,
    );
    if (sha256 !== stored.sha256) mismatched.push(stored.sha256);
    writer.addBlob(stored.sha256, stored.data.type, stored.data, stored.data.size, sha256);
  }
  const { pieces, manifest } = writer.finish({
    createdAt: new Date().toISOString(),
    createdBy,
    app: options.app,
    schemaVersion: db.verno,
    blobTable: BLOB_TABLE,
    tables,
  });
  const blob = new Blob(
    pieces.map((piece) => (piece instanceof Uint8Array ? (piece as Uint8Array<ArrayBuffer>) : piece.blob)),
    { type: 'application/octet-stream' },
  );
  return { blob, manifest, mismatched };
}

export type RestoreOptions = Readonly<{
  signal?: AbortSignal;
  onProgress?: (progress: BackupProgress) => void;
  /** Called when checking is over and writing starts: from here the restore can no longer be cancelled. */
  onWriting?: () => void;
}>;

export type RestoreResult = Readonly<{ manifest: BackupManifest; rows: number; evidenceFiles: number }>;

function blobSourceOf(file: Blob): BackupSource {
  return {
    size: file.size,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  };
}

/**
 * Replaces the whole workbench with the backup's content, or changes nothing: see the file comment. Throws a
 * `BackupError` with a message for the investigator when the file is not a sound backup this app can restore.
 */
export async function restoreBackup(
  db: CasegraphDb,
  file: Blob,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const { signal, onProgress } = options;
  const rows = new Map<string, unknown[]>();
  const blobs: StoredBlob[] = [];
  const manifest = await readBackup(
    blobSourceOf(file),
    createSha256Stream,
    {
      rows: (header, parsed) => {
        const list = rows.get(header.table) ?? [];
        for (const row of parsed) list.push(row);
        rows.set(header.table, list);
      },
      blob: (header, offset) => {
        blobs.push({
          sha256: header.key as StoredBlob['sha256'],
          // A slice is a reference into the picked file: nothing is read until IndexedDB stores it.
          data: file.slice(offset, offset + header.bytes, header.mediaType),
        });
      },
      progress: (done) => onProgress?.({ phase: 'checking', done, total: file.size }),
    },
    signal,
  );
  if (manifest.schemaVersion > db.verno) {
    throw new BackupError(
      `This backup was made by a newer Casegraph (store version ${manifest.schemaVersion}; this app has ${db.verno}): update the app to restore it`,
    );
  }
  const tableRows =
    manifest.schemaVersion < db.verno ? await upgradeRows(db, manifest.schemaVersion, rows, signal) : rows;
  const known = new Set(db.tables.map((t) => t.name));
  const unknown = [...tableRows.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new BackupError(`The backup has tables this app does not know: ${unknown.join(', ')}`);
  signal?.throwIfAborted();
  options.onWriting?.();
  const total = [...tableRows.values()].reduce((sum, list) => sum + list.length, 0) + blobs.length;
  let done = 0;
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    for (const table of db.tables) {
      const list = table.name === BLOB_TABLE ? blobs : (tableRows.get(table.name) ?? []);
      for (let at = 0; at < list.length; at += ROWS_PER_PART) {
        const part = list.slice(at, at + ROWS_PER_PART);
        await table.bulkAdd(part);
        done += part.length;
        onProgress?.({ phase: 'writing', done, total });
      }
    }
    // The restored chain goes on with the restore itself, so the log says the data came back from a backup.
    await appendAudit(db, {
      action: 'workbench.restore',
      target: 'workbench',
      details: {
        backupCreatedAt: manifest.createdAt,
        backupCreatedBy: manifest.createdBy,
        backupApp: manifest.app,
        rows: total - blobs.length,
        evidenceFiles: blobs.length,
      },
    });
  });
  return { manifest, rows: total - blobs.length, evidenceFiles: blobs.length };
}

/**
 * Brings rows written by an older store version up to this one, with the same upgrades the app runs on its own
 * store: they are written to a scratch database opened at the backup's version, which is then opened at the current
 * version (running every upgrade in between), read back and deleted. Evidence bytes are not involved: the blobs
 * table has not changed since the first version.
 */
async function upgradeRows(
  db: CasegraphDb,
  version: number,
  rows: ReadonlyMap<string, unknown[]>,
  signal: AbortSignal | undefined,
): Promise<Map<string, unknown[]>> {
  const versions = SCHEMA_VERSIONS.filter((v) => v.version <= version);
  if (versions.at(-1)?.version !== version) {
    throw new BackupError(`This backup names a store version (${version}) that Casegraph never had`);
  }
  const name = `${db.name}-restore-${crypto.randomUUID()}`;
  try {
    const old = new CasegraphDb(name, versions);
    await old.open();
    const unknown = [...rows.keys()].filter((table) => !old.tables.some((t) => t.name === table));
    if (unknown.length > 0) {
      old.close();
      throw new BackupError(`The backup has tables its store version did not have: ${unknown.join(', ')}`);
    }
    await old.transaction('rw', old.tables, async () => {
      for (const [table, list] of rows) await old.table(table).bulkAdd(list);
    });
    old.close();
    signal?.throwIfAborted();
    const current = new CasegraphDb(name);
    await current.open();
    const upgraded = new Map<string, unknown[]>();
    await current.transaction('r', current.tables, async () => {
      for (const table of current.tables) {
        if (table.name !== BLOB_TABLE) upgraded.set(table.name, await table.toArray());
      }
    });
    current.close();
    return upgraded;
  } finally {
    await Dexie.delete(name);
  }
}
