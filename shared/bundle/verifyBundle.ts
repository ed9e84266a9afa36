/**
 * A reviewer's check of a bundle: every file in the ZIP hashed (streamed, never held whole) and compared with the
 * manifest; SHA256SUMS compared with the manifest; the audit log re-verified entry by entry and its head compared
 * with the manifest's. The result names each file that is altered, missing or unlisted.
 */
import { createSha256Stream } from '../hash';
import { auditChecker } from './auditCheck';
import { AUDIT_PATH } from './dataFiles';
import { MANIFEST_PATH, SUMS_PATH, type BundleManifest } from './manifest';
import { parseSha256Sums } from './sha256sums';
import { textLines } from './textLines';
import type { AuditCheck, BundleVerification, FileCheck, RandomAccess } from './types';
import { entryChunks, ZipEntryDamaged, type ZipDirectory, type ZipEntry } from './zipReader';

type Hashed = Readonly<{ sha256?: string; damage?: string; text?: string }>;

/** The bytes of SHA256SUMS are kept to be parsed; a real one is a few kilobytes. */
const MAX_SUMS_BYTES = 16 * 1024 * 1024;

export async function verifyBundle(
  source: RandomAccess,
  directory: ZipDirectory,
  manifest: BundleManifest,
  manifestSha256: string,
  onProgress?: (bytesDone: number, bytesTotal: number) => void,
  signal?: AbortSignal,
): Promise<BundleVerification> {
  const bytesTotal = directory.entries.reduce((sum, entry) => sum + entry.size, 0);
  let bytesDone = 0;
  const audit = auditChecker();
  const hashed = new Map<string, Hashed>();

  for (const entry of directory.entries) {
    if (entry.name.endsWith('/')) continue;
    hashed.set(
      entry.name,
      await hashEntry(source, entry, audit, signal, (n) => {
        bytesDone += n;
        onProgress?.(bytesDone, bytesTotal);
      }),
    );
  }
  onProgress?.(bytesTotal, bytesTotal);

  const files: FileCheck[] = [];
  const notIncluded: string[] = [];
  const listed = new Set<string>([MANIFEST_PATH, SUMS_PATH]);
  for (const file of manifest.files) {
    listed.add(file.path);
    const found = hashed.get(file.path);
    if (file.included === false && found === undefined) {
      notIncluded.push(file.path);
      continue;
    }
    files.push(check(file.path, file.sha256, found));
  }
  for (const path of directory.entries.map((entry) => entry.name)) {
    if (!listed.has(path) && !path.endsWith('/')) {
      files.push({
        path,
        status: 'unlisted',
        ...(hashed.get(path)?.sha256 ? { actualSha256: hashed.get(path)?.sha256 } : {}),
      });
    }
  }
  files.push(...checkSums(manifest, manifestSha256, hashed.get(SUMS_PATH)));

  const auditResult: AuditCheck = !manifest.auditIncluded
    ? { status: 'absent', reason: manifest.auditOmittedReason ?? 'the audit log was left out on export' }
    : hashed.has(AUDIT_PATH)
      ? hashed.get(AUDIT_PATH)?.damage !== undefined
        ? { status: 'broken', atSeq: 1, reason: hashed.get(AUDIT_PATH)?.damage ?? 'the audit log is damaged' }
        : audit.result(manifest.auditHead)
      : { status: 'absent', reason: 'the manifest lists an audit log but the bundle does not hold it' };
  const auditOk =
    auditResult.status === 'intact' || (auditResult.status === 'absent' && !manifest.auditIncluded);
  return {
    intact: auditOk && files.every((file) => file.status === 'intact'),
    files,
    audit: auditResult,
    notIncluded,
  };
}

async function hashEntry(
  source: RandomAccess,
  entry: ZipEntry,
  audit: ReturnType<typeof auditChecker>,
  signal: AbortSignal | undefined,
  progressed: (bytes: number) => void,
): Promise<Hashed> {
  const hash = createSha256Stream();
  const keepText = entry.name === SUMS_PATH && entry.size <= MAX_SUMS_BYTES;
  const kept: Uint8Array[] = [];
  async function* hashedChunks(): AsyncIterable<Uint8Array> {
    for await (const chunk of entryChunks(source, entry, signal)) {
      hash.update(chunk);
      progressed(chunk.length);
      if (keepText) kept.push(chunk);
      yield chunk;
    }
  }
  try {
    if (entry.name === AUDIT_PATH) {
      for await (const line of textLines(hashedChunks())) audit.line(line);
    } else {
      await drain(hashedChunks());
    }
  } catch (error) {
    if (error instanceof ZipEntryDamaged) return { damage: error.message };
    throw error;
  }
  const text = keepText ? new TextDecoder().decode(concat(kept)) : undefined;
  return { sha256: hash.hexDigest(), ...(text === undefined ? {} : { text }) };
}

/** Pulls a stream to its end (the hashing happens as it passes). */
async function drain(chunks: AsyncIterable<Uint8Array>): Promise<void> {
  const iterator = chunks[Symbol.asyncIterator]();
  let step = await iterator.next();
  while (step.done !== true) step = await iterator.next();
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function check(path: string, expected: string, found: Hashed | undefined): FileCheck {
  if (found === undefined) return { path, status: 'missing', expectedSha256: expected };
  if (found.damage !== undefined)
    return { path, status: 'altered', expectedSha256: expected, detail: found.damage };
  return found.sha256 === expected
    ? { path, status: 'intact', expectedSha256: expected, actualSha256: expected }
    : {
        path,
        status: 'altered',
        expectedSha256: expected,
        ...(found.sha256 ? { actualSha256: found.sha256 } : {}),
      };
}

/** manifest.json checked against SHA256SUMS, and SHA256SUMS against the manifest. */
function checkSums(manifest: BundleManifest, manifestSha256: string, sums: Hashed | undefined): FileCheck[] {
  if (sums === undefined) {
    return [
      {
        path: SUMS_PATH,
        status: 'missing',
        detail: 'SHA256SUMS is not in the bundle, so manifest.json cannot be checked',
      },
    ];
  }
  if (sums.text === undefined)
    return [{ path: SUMS_PATH, status: 'altered', detail: sums.damage ?? 'SHA256SUMS cannot be read' }];
  const parsed = parseSha256Sums(sums.text);
  const bySum = new Map(parsed.lines.map((line) => [line.path, line.sha256]));
  const problems = [...parsed.problems];
  const listedManifest = bySum.get(MANIFEST_PATH);
  const manifestCheck: FileCheck =
    listedManifest === undefined
      ? {
          path: MANIFEST_PATH,
          status: 'altered',
          actualSha256: manifestSha256,
          detail: 'SHA256SUMS does not list manifest.json',
        }
      : listedManifest === manifestSha256
        ? {
            path: MANIFEST_PATH,
            status: 'intact',
            expectedSha256: listedManifest,
            actualSha256: manifestSha256,
          }
        : {
            path: MANIFEST_PATH,
            status: 'altered',
            expectedSha256: listedManifest,
            actualSha256: manifestSha256,
          };
  for (const file of manifest.files) {
    if (file.included === false) continue;
    const sum = bySum.get(file.path);
    if (sum === undefined) problems.push(`${file.path} is not listed`);
    else if (sum !== file.sha256) problems.push(`${file.path} has another hash than in the manifest`);
  }
  const known = new Set([MANIFEST_PATH, ...manifest.files.map((file) => file.path)]);
  for (const line of parsed.lines)
    if (!known.has(line.path)) problems.push(`${line.path} is listed but not in the manifest`);
  const sumsCheck: FileCheck =
    problems.length === 0
      ? { path: SUMS_PATH, status: 'intact' }
      : {
          path: SUMS_PATH,
          status: 'altered',
          detail: `SHA256SUMS disagrees with the manifest: ${problems.slice(0, 5).join('; ')}`,
        };
  return [manifestCheck, sumsCheck];
}
