import { describe, expect, it } from 'vitest';
import { createSha256Stream, sha256Hex } from '../hash';
import { BACKUP_MAGIC, type BackupManifest, type BlobHeader, type RowsHeader } from './backupFormat';
import { readBackup, type BackupSource } from './backupReader';
import { decodeRow, encodeRow } from './backupRows';
import { createBackupWriter } from './backupWriter';

const evidenceBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x0a, 0x0d, 0x0a]);
const evidenceKey = sha256Hex(evidenceBytes);

/** A small backup: two tables (one split in two parts) and one evidence file. */
function makeBackup(): Uint8Array {
  const writer = createBackupWriter<Uint8Array>(sha256Hex);
  writer.addRows('entities', [{ id: 'seller:a', name: 'Günstig Shop 🛍️', sortNumber: Number.NaN }]);
  writer.addRows('entities', [
    { id: 'seller:b', name: 'Line\nbreak', at: new Date('2026-01-02T03:04:05.000Z') },
  ]);
  writer.addRows('audit', [{ seq: 1, action: 'case.create' }]);
  writer.addRows('notes', []);
  writer.addBlob(evidenceKey, 'image/png', evidenceBytes, evidenceBytes.byteLength, evidenceKey);
  const { pieces, size } = writer.finish({
    createdAt: '2026-03-01T10:00:00Z',
    createdBy: 'M. Keller',
    app: 'Casegraph 0.1.0',
    schemaVersion: 6,
    blobTable: 'blobs',
    tables: { entities: { rows: 2 }, audit: { rows: 1 }, notes: { rows: 0 }, blobs: { rows: 1 } },
  });
  const out = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    const bytes = piece instanceof Uint8Array ? piece : piece.blob;
    out.set(bytes, at);
    at += bytes.byteLength;
  }
  expect(at).toBe(size);
  return out;
}

const sourceOf = (bytes: Uint8Array): BackupSource => ({
  size: bytes.byteLength,
  read: (offset, length) => Promise.resolve(bytes.slice(offset, offset + length)),
});

async function read(bytes: Uint8Array) {
  const rows: { header: RowsHeader; rows: unknown[] }[] = [];
  const blobs: { header: BlobHeader; bytes: Uint8Array }[] = [];
  const manifest: BackupManifest = await readBackup(sourceOf(bytes), createSha256Stream, {
    rows: (header, r) => rows.push({ header, rows: r }),
    blob: (header, offset) => blobs.push({ header, bytes: bytes.slice(offset, offset + header.bytes) }),
    progress: () => undefined,
  });
  return { rows, blobs, manifest };
}

function indexOfText(bytes: Uint8Array, text: string): number {
  const needle = new TextEncoder().encode(text);
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

describe('backup file', () => {
  it('reads back every row and evidence byte as written', async () => {
    const { rows, blobs, manifest } = await read(makeBackup());
    expect(rows.map((r) => [r.header.table, r.header.index, r.rows.length])).toEqual([
      ['entities', 0, 1],
      ['entities', 1, 1],
      ['audit', 0, 1],
    ]);
    const [first, second] = rows.flatMap((r) => r.rows) as Record<string, unknown>[];
    expect(first).toEqual({ id: 'seller:a', name: 'Günstig Shop 🛍️', sortNumber: Number.NaN });
    expect(second?.at).toEqual(new Date('2026-01-02T03:04:05.000Z'));
    expect(second?.name).toBe('Line\nbreak');
    expect(blobs[0]?.bytes).toEqual(evidenceBytes);
    expect(blobs[0]?.header).toMatchObject({ key: evidenceKey, mediaType: 'image/png', sha256: evidenceKey });
    expect(manifest.tables).toEqual({
      entities: { rows: 2 },
      audit: { rows: 1 },
      notes: { rows: 0 },
      blobs: { rows: 1 },
    });
  });

  it('refuses a file that is not a backup', async () => {
    await expect(read(new TextEncoder().encode('id,name\n1,shop\n'.repeat(3)))).rejects.toThrow(
      /not a Casegraph backup/,
    );
  });

  it('names the evidence file whose bytes changed', async () => {
    const bytes = makeBackup();
    const at = indexOfText(bytes, '{"type":"blob"');
    const payload = bytes.indexOf(10, at) + 1;
    bytes[payload + 2] = (bytes[payload + 2] ?? 0) ^ 1;
    await expect(read(bytes)).rejects.toThrow(
      `the evidence file ${evidenceKey.slice(0, 12)}… does not match its SHA-256`,
    );
  });

  it('names the rows that changed', async () => {
    const bytes = makeBackup();
    const at = indexOfText(bytes, 'Günstig');
    bytes[at] = 'K'.charCodeAt(0);
    await expect(read(bytes)).rejects.toThrow('rows 1 of table entities does not match its SHA-256');
  });

  it('finds a cut-off file, a removed part and added bytes', async () => {
    const bytes = makeBackup();
    await expect(read(bytes.slice(0, bytes.length - 10))).rejects.toThrow(/cut off|damaged/);
    await expect(read(bytes.slice(0, BACKUP_MAGIC.length + 5))).rejects.toThrow(/cut off|damaged/);
    const start = indexOfText(bytes, '{"type":"rows","table":"audit"');
    const end = indexOfText(bytes, '{"type":"blob"');
    const withoutAudit = new Uint8Array([...bytes.slice(0, start), ...bytes.slice(end)]);
    await expect(read(withoutAudit)).rejects.toThrow(/manifest lists 4 parts but the file holds 3/);
    await expect(read(new Uint8Array([...bytes, 0x41]))).rejects.toThrow(/added after its end/);
  });

  it('refuses to write a value it could not restore', () => {
    expect(() => encodeRow({ map: new Map() }, 'settings')).toThrow('A row of settings holds a Map');
    expect(() => encodeRow({ n: 10n }, 'settings')).toThrow(/bigint/);
    expect(decodeRow(encodeRow({ n: -Infinity, list: [1, Number.NaN] }, 't'))).toEqual({
      n: -Infinity,
      list: [1, Number.NaN],
    });
  });
});
