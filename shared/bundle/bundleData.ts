/**
 * The case as a bundle holds it, read back for Review: `data/case.json`, the JSON Lines files and `networks.json`,
 * each record validated (bundleDataSchema.ts). Files are read whole into memory — this is what the Review screen
 * browses — so each is capped: a bundle whose data would not fit a laptop's memory is refused in words.
 */
import type { z } from 'zod';
import type { BundleData, RandomAccess } from './types';
import { BundleRefused } from './types';
import {
  caseFileSchema,
  entitySchema,
  evidenceLineSchema,
  linkSchema,
  networksSchema,
  timelineSchema,
} from './bundleDataSchema';
import { DATA_PATHS } from './dataFiles';
import { withStoreOrder } from '../explore/indexFields';
import type { BundleManifest } from './manifest';
import { textLines } from './textLines';
import { entryChunks, type ZipDirectory } from './zipReader';

/** The most one data file may hold for Review to read it. */
export const MAX_DATA_FILE_BYTES = 512 * 1024 * 1024;

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  return issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`;
}

export type EntryReader = Readonly<{
  source: RandomAccess;
  directory: ZipDirectory;
}>;

function entryOf(reader: EntryReader, path: string, cap: number) {
  const entry = reader.directory.byName.get(path);
  if (entry === undefined) throw new BundleRefused(`The bundle has no ${path}`);
  if (entry.size > cap) {
    throw new BundleRefused(
      `${path} holds ${entry.size.toLocaleString('en')} bytes, more than Review reads (${cap.toLocaleString('en')})`,
    );
  }
  return entry;
}

/** One small file of the bundle, whole: the manifest, a data file. Refused above `cap` bytes. */
export async function readBundleEntry(
  reader: EntryReader,
  path: string,
  cap = MAX_DATA_FILE_BYTES,
): Promise<Uint8Array> {
  const entry = entryOf(reader, path, cap);
  const bytes = new Uint8Array(entry.size);
  let at = 0;
  for await (const chunk of entryChunks(reader.source, entry)) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

async function readJson<T>(reader: EntryReader, path: string, schema: z.ZodType<T>): Promise<T> {
  const text = new TextDecoder().decode(await readBundleEntry(reader, path));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BundleRefused(`${path} is not valid JSON`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new BundleRefused(`${path} is not as Casegraph writes it (${issueText(parsed.error)})`);
  return parsed.data;
}

async function readLines<T>(reader: EntryReader, path: string, schema: z.ZodType<T>): Promise<T[]> {
  const entry = entryOf(reader, path, MAX_DATA_FILE_BYTES);
  const records: T[] = [];
  let line = 0;
  for await (const text of textLines(entryChunks(reader.source, entry))) {
    line += 1;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new BundleRefused(`Line ${line} of ${path} is not valid JSON`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      throw new BundleRefused(
        `Line ${line} of ${path} is not as Casegraph writes it (${issueText(parsed.error)})`,
      );
    records.push(parsed.data);
  }
  return records;
}

export async function readBundleData(reader: EntryReader, manifest: BundleManifest): Promise<BundleData> {
  const caseFile = await readJson(reader, DATA_PATHS.case, caseFileSchema);
  const entities = await readLines(reader, DATA_PATHS.entities, entitySchema);
  const links = await readLines(reader, DATA_PATHS.links, linkSchema);
  const evidence = await readLines(reader, DATA_PATHS.evidence, evidenceLineSchema);
  const timeline = await readLines(reader, DATA_PATHS.timeline, timelineSchema);
  const networks = await readJson(reader, DATA_PATHS.networks, networksSchema);
  const included = new Map(
    manifest.files
      .filter(
        (file) =>
          file.role === 'evidence' && file.included !== false && reader.directory.byName.has(file.path),
      )
      .map((file) => [file.sha256, file.path]),
  );
  // The schemas check every field the types name; the ids' brands are the store's promise, kept by this bundle's
  // writer, and cannot be checked further here.
  return {
    ...(caseFile as unknown as Pick<BundleData, 'case' | 'items' | 'notes' | 'views'>),
    entities: entities.map(withStoreOrder) as unknown as BundleData['entities'],
    links: links as unknown as BundleData['links'],
    evidence: evidence.map(({ reason, ...record }) => {
      const path = included.get(record.id);
      return {
        record: record as unknown as BundleData['evidence'][number]['record'],
        reason,
        ...(path === undefined ? {} : { path }),
      };
    }),
    timeline: timeline as unknown as BundleData['timeline'],
    networks: networks as unknown as BundleData['networks'],
  };
}
