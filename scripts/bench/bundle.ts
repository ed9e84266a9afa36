/**
 * Evidence bundle export at scale, in Node (no browser): 1 GB of evidence (200 files of 5 MiB, incompressible like
 * photos) written to a temporary folder, a case of 2,000 entities and 4,000 links (shared/graph/synthetic.ts) with
 * 1,000 audit entries, exported with the app's own `writeBundle` to a file through a write stream (awaiting
 * `drain`, so the disk sets the pace), evidence read from disk in 1 MiB chunks. Peak resident memory of this
 * process is sampled every 100 ms: the target is under 300 MB however much evidence there is. Then the written
 * bundle is opened and verified with `openBundle(…).verify()` the way Review does, through random reads.
 *
 * While tuning: `CASEGRAPH_BENCH_BUNDLE_FILES=60` writes fewer files, `CASEGRAPH_BENCH_BUNDLE_DEBUG=1` prints the
 * memory breakdown (heap, external, array buffers) each time the resident size reaches a new peak.
 */
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBundle } from '../../shared/bundle/readBundle';
import type { BundleEvidence, BundleInput, RandomAccess } from '../../shared/bundle/types';
import { writeBundle } from '../../shared/bundle/writeBundle';
import { syntheticGraph } from '../../shared/graph/synthetic';
import {
  nextAuditEntry,
  type AuditEntry,
  type CaseId,
  type CaseItem,
  type CaseItemId,
  type EvidenceId,
  type ImportId,
} from '../../shared/model';

const FILES = Number(process.env['CASEGRAPH_BENCH_BUNDLE_FILES'] ?? 200);
const FILE_BYTES = 5 * 1024 * 1024;
const READ_CHUNK = 1024 * 1024;
const ENTITIES = 2_000;
const AUDIT_ENTRIES = 1_000;
const TARGET_RSS = 300e6;

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;

/** Peak RSS of this process while `run` runs, sampled every 100 ms (and once at the end). */
async function withPeakRss<T>(run: () => Promise<T>): Promise<{ result: T; peak: number; ms: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    if (process.env['CASEGRAPH_BENCH_BUNDLE_DEBUG'] && usage.rss > peak) {
      process.stderr.write(
        `rss ${mb(usage.rss)} heap ${mb(usage.heapUsed)} external ${mb(usage.external)} arrayBuffers ${mb(usage.arrayBuffers)}\n`,
      );
    }
    peak = Math.max(peak, usage.rss);
  }, 100);
  const start = performance.now();
  try {
    const result = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peak, ms: performance.now() - start };
  } finally {
    clearInterval(timer);
  }
}

/** Incompressible bytes, quickly: xorshift over 32-bit words, one 1 MiB chunk at a time. */
function fillRandom(chunk: Uint8Array, state: { s: number }): void {
  const words = new Uint32Array(chunk.buffer, chunk.byteOffset, chunk.byteLength / 4);
  let s = state.s;
  for (let i = 0; i < words.length; i += 1) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    words[i] = s >>> 0;
  }
  state.s = s;
}

async function writeEvidence(dir: string): Promise<{ path: string; sha256: string; name: string }[]> {
  const files: { path: string; sha256: string; name: string }[] = [];
  const chunk = new Uint8Array(READ_CHUNK);
  for (let i = 0; i < FILES; i += 1) {
    const name = `Фото витрины ${String(i).padStart(3, '0')}.jpg`;
    const path = join(dir, `evidence-${i}.bin`);
    const hash = createHash('sha256');
    const state = { s: 0x9e3779b9 ^ (i + 1) };
    const handle = await open(path, 'w');
    try {
      for (let written = 0; written < FILE_BYTES; written += READ_CHUNK) {
        fillRandom(chunk, state);
        hash.update(chunk);
        await handle.write(chunk);
      }
    } finally {
      await handle.close();
    }
    files.push({ path, sha256: hash.digest('hex'), name });
  }
  return files;
}

/**
 * A file in 1 MiB pieces through one buffer used again and again. The writer hashes and hands each piece to the sink
 * and waits for it before asking for the next, and this benchmark's sink resolves only once the bytes are on disk,
 * so the buffer is free again by then. A fresh 1 MiB buffer per read (what `createReadStream` does) leaves a
 * gigabyte of short-lived native allocations behind it, and the resident size then measures the allocator's
 * fragmentation rather than the writer.
 */
async function* readInChunks(path: string): AsyncIterable<Uint8Array> {
  const handle = await open(path, 'r');
  const buffer = new Uint8Array(READ_CHUNK);
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

async function* pages<T>(items: readonly T[], size: number): AsyncIterable<readonly T[]> {
  const all: (readonly T[])[] = [];
  for (let i = 0; i < items.length; i += size) all.push(items.slice(i, i + size));
  for (const page of all) {
    // a real store answers each page asynchronously
    await Promise.resolve();
    yield page;
  }
}

function benchInput(files: readonly { path: string; sha256: string; name: string }[]): BundleInput {
  const caseId = 'bench-bundle-case' as CaseId;
  const at = '2026-11-20T10:00:00.000Z';
  const graph = syntheticGraph(ENTITIES);
  const audit: AuditEntry[] = [];
  for (let i = 0; i < AUDIT_ENTRIES; i += 1) {
    audit.push(
      nextAuditEntry(audit.at(-1), {
        at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
        actor: 'Bench',
        action: 'case.addEntity',
        target: caseId,
        details: { entity: graph.entities[i % graph.entities.length]?.id },
      }),
    );
  }
  const evidence: BundleEvidence[] = files.map((file) => ({
    record: {
      id: file.sha256 as EvidenceId,
      name: file.name,
      otherNames: [],
      mediaType: 'image/jpeg',
      size: FILE_BYTES,
      importedAt: at,
      importIds: ['bench' as ImportId],
    },
    reason: 'attached',
    read: () => readInChunks(file.path),
  }));
  const items: CaseItem[] = graph.entities.slice(0, 200).map((entity, i) => ({
    id: `item-${i}` as CaseItemId,
    caseId,
    addedAt: at,
    type: 'entity',
    targetId: entity.id,
    role: 'subject',
  }));
  const last = audit.at(-1);
  return {
    case: {
      id: caseId,
      title: 'Bundle benchmark',
      reference: 'BENCH-1',
      status: 'open',
      owner: 'Bench',
      tags: [],
      summary: 'A generated case with 1 GB of evidence.',
      createdAt: at,
      updatedAt: at,
    },
    items,
    entities: graph.entities,
    links: graph.links,
    evidence,
    notes: [],
    views: [],
    timeline: [],
    networks: [],
    audit: () => pages(audit, 250),
    auditHead: last === undefined ? undefined : { seq: last.seq, hash: last.hash },
  };
}

async function exportTo(path: string, input: BundleInput): Promise<number> {
  const out = createWriteStream(path);
  // Resolves when the chunk is written, not merely queued: the chunk's buffer may then be used again.
  const sink = (chunk: Uint8Array): Promise<void> =>
    new Promise((resolve, reject) => {
      out.write(chunk, (error) => {
        if (error) reject(error);
        else resolve();
      });
    });
  const result = await writeBundle(
    input,
    {
      includeEvidence: true,
      redact: false,
      deterministic: true,
      examiner: 'Bench',
      tool: { name: 'Casegraph', version: 'bench' },
      createdAt: new Date().toISOString(),
    },
    sink,
  );
  out.end();
  await once(out, 'finish');
  return result.bytes;
}

async function runBundleBench(log: (line: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'casegraph-bench-bundle-'));
  try {
    log(
      `Evidence bundle: writing ${FILES} evidence files of ${FILE_BYTES / 2 ** 20} MiB (${mb(FILES * FILE_BYTES)}) to ${dir}`,
    );
    const files = await writeEvidence(dir);
    const input = benchInput(files);
    const zipPath = join(dir, 'bundle.zip');
    const before = process.memoryUsage().rss;
    const exported = await withPeakRss(() => exportTo(zipPath, input));
    const seconds = exported.ms / 1000;
    log(
      [
        `Export of ${ENTITIES.toLocaleString('en')} entities, ${input.links.length.toLocaleString('en')} links, ${AUDIT_ENTRIES.toLocaleString('en')} audit entries and ${mb(FILES * FILE_BYTES)} of evidence`,
        `  time:                    ${seconds.toFixed(1)} s  (${(exported.result / 1e6 / seconds).toFixed(0)} MB/s, bundle ${mb(exported.result)})`,
        `  peak RSS (benchmark process): ${mb(exported.peak)}  (target < ${mb(TARGET_RSS)})${exported.peak < TARGET_RSS ? '' : '  OVER TARGET'}; ${mb(before)} before the export began`,
      ].join('\n'),
    );
    const handle = await open(zipPath, 'r');
    try {
      const source: RandomAccess = {
        size: statSync(zipPath).size,
        read: async (offset, length) => {
          const buffer = new Uint8Array(length);
          const { bytesRead } = await handle.read(buffer, 0, length, offset);
          return bytesRead === length ? buffer : buffer.subarray(0, bytesRead);
        },
      };
      const verified = await withPeakRss(async () => (await openBundle(source)).verify());
      const problems = verified.result.files.filter((file) => file.status !== 'intact').length;
      log(
        [
          `Verify (open, hash every file, audit chain): ${(verified.ms / 1000).toFixed(1)} s  (${(source.size / 1e6 / (verified.ms / 1000)).toFixed(0)} MB/s)`,
          `  result: ${verified.result.intact ? 'intact' : `NOT intact (${problems} file problems, audit ${verified.result.audit.status})`}`,
          `  peak RSS (benchmark process): ${mb(verified.peak)}`,
          '',
        ].join('\n'),
      );
    } finally {
      await handle.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CHILD_FLAG = 'CASEGRAPH_BENCH_BUNDLE_CHILD';

/**
 * Runs the benchmark in a Node process of its own: `npm run bench` has Playwright and the other benchmarks' modules
 * loaded (about 350 MB resident before anything is exported), and the figure that matters is what an export
 * costs, as in the app's worker, not what the harness around it holds.
 */
export async function benchBundle(log: (line: string) => void): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    execArgv: process.execArgv,
    env: { ...process.env, [CHILD_FLAG]: '1' },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let rest = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (text: string) => {
    const lines = (rest + text).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) log(line);
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (rest !== '') log(rest);
  if (code !== 0) throw new Error(`The bundle benchmark failed (exit code ${String(code)})`);
}

if (process.env[CHILD_FLAG] === '1') {
  await runBundleBench((line) => void process.stdout.write(`${line}\n`));
}
