/**
 * The app's import, run on files into plain Maps instead of the Dexie store: for `check-file --analyze`, the
 * analysis tests and benchmarks. It is the same pipeline (`previewFile` -> mapping -> `runPipeline`) and the same
 * merge (`mergeRecords`, one `now` per chunk, the file's SHA-256 as evidence id, a fresh ImportId per
 * file) as `writeImportChunk`, so what analysis sees here is what it will see in the app.
 *
 * Pure: no Node or DOM API, so scripts, workers and tests can all use it (callers wrap their bytes in a ByteSource).
 */
import { createSha256Stream } from '../hash';
import {
  newImportId,
  type Entity,
  type EntityId,
  type EvidenceId,
  type ImportId,
  type Link,
  type LinkId,
} from '../model';
import type { Mapping } from './mapping/types';
import { mergeRecords } from './mergeRecords';
import { readChunks, type ByteSource } from './parse';
import { previewFile, runPipeline, type ImportPlan } from './pipeline';
import { planImport } from './planImport';
import type { SourceFormat } from './types';

/** One file to import. */
export type MemorySource = Readonly<{
  name: string;
  source: ByteSource;
  /** The file's SHA-256 (its evidence id); computed from the bytes when absent. */
  sha256?: string;
  /** The investigator's mapping (a template, a demo file's intended mapping); guessed from the headers when absent. */
  mapping?: Mapping;
  /** The worksheet to read, for workbooks; the largest visible one otherwise (as the app does). */
  sheet?: string;
  /** Default phone region for this file; falls back to the options' region. */
  region?: string;
}>;

/** What the store would hold: entities and links by id, and the file name of every evidence id. */
export type MemoryStore = Readonly<{
  entities: Map<EntityId, Entity>;
  links: Map<LinkId, Link>;
  evidenceNames: Map<EvidenceId, string>;
}>;

export type MemoryImportOptions = Readonly<{
  /** Default phone region for files without one (ISO 3166 alpha-2). */
  region?: string;
  /** Merge into this store (a second import on top of the first); a new empty one otherwise. */
  into?: MemoryStore;
  /** The clock, for records' `createdAt`/`updatedAt`; tests pass a fixed one so runs compare equal. */
  now?: () => string;
  /** How import ids are made; a random UUID per file, as the app does, by default. */
  importId?: (file: MemorySource, index: number) => ImportId;
  batchSize?: number;
  signal?: AbortSignal;
}>;

/** What happened to one file, in the words `check-file` uses. */
export type MemoryFileReport = Readonly<{
  name: string;
  evidenceId: EvidenceId;
  importId: ImportId;
  format: SourceFormat;
  rowsRead: number;
  /** Records that gave at least one reject, and unreadable records. */
  rowsRejected: number;
  rejects: number;
}>;

export type MemoryImportResult = MemoryStore & Readonly<{ files: readonly MemoryFileReport[] }>;

export function createMemoryStore(): MemoryStore {
  return { entities: new Map(), links: new Map(), evidenceNames: new Map() };
}

async function sha256Of(source: ByteSource, signal?: AbortSignal): Promise<EvidenceId> {
  const hasher = createSha256Stream();
  for await (const chunk of readChunks(source, undefined, signal)) hasher.update(chunk);
  return hasher.hexDigest() as EvidenceId;
}

/** The plan the app would make for this file: the given mapping, else the guessed one, as check-file does. */
async function planFor(file: MemorySource, region: string | undefined): Promise<ImportPlan> {
  const preview = await previewFile(file.source, file.sheet === undefined ? {} : { sheet: file.sheet });
  return planImport(preview, file.name, {
    ...(file.mapping ? { mapping: file.mapping } : {}),
    ...(region === undefined ? {} : { region }),
  });
}

async function importOne(
  file: MemorySource,
  importId: ImportId,
  store: MemoryStore,
  options: MemoryImportOptions,
): Promise<MemoryFileReport> {
  const evidenceId = (file.sha256?.toLowerCase() as EvidenceId | undefined) ?? (await sha256Of(file.source));
  // The first name a file arrived under names it in explanations, as the evidence record's `name` does.
  if (!store.evidenceNames.has(evidenceId)) store.evidenceNames.set(evidenceId, file.name);
  const plan = await planFor(file, file.region ?? options.region);
  const report = { name: file.name, evidenceId, importId, format: plan.format };
  // Images, PDF and HTML are evidence only: stored by the app, never read into records.
  if (plan.format === 'evidence') return { ...report, rowsRead: 0, rowsRejected: 0, rejects: 0 };
  const clock = options.now ?? (() => new Date().toISOString());
  let rowsRead = 0;
  let rowsRejected = 0;
  let rejects = 0;
  const pipelineOptions = {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
  };
  for await (const batch of runPipeline(file.source, plan, pipelineOptions)) {
    // One timestamp per chunk, as one store transaction has.
    const now = clock();
    for (const record of batch.records) {
      if (record.rejects.length > 0) rowsRejected += 1;
      rejects += record.rejects.length;
    }
    mergeRecords(batch.records, { importId, evidenceId }, now, store);
    rowsRejected += batch.problems.length;
    rejects += batch.problems.length;
    rowsRead = batch.rowsRead;
  }
  return { ...report, rowsRead, rowsRejected, rejects };
}

/**
 * Imports the files one after the other (later files merge into what earlier ones made, exactly as sequential
 * imports in the app do). Evidence-only files (images, PDF, HTML) are recorded by name and give no records.
 */
export async function importFilesIntoMemory(
  sources: readonly MemorySource[],
  options: MemoryImportOptions = {},
): Promise<MemoryImportResult> {
  const store = options.into ?? createMemoryStore();
  const files: MemoryFileReport[] = [];
  for (const [index, file] of sources.entries()) {
    options.signal?.throwIfAborted();
    const importId = options.importId?.(file, index) ?? newImportId();
    files.push(await importOne(file, importId, store, options));
  }
  return { ...store, files };
}
