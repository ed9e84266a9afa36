/**
 * `npm run check-file -- FILE… [--mapping auto|TEMPLATE.json] [--region DE] [--sheet NAME] [--analyze]`
 *
 * A dry run of the app's import on files, for data providers to validate a file before sending it and for
 * investigators to see what a file will give. It runs the very same pipeline as the app (shared/import) and prints
 * a JSON report: format, rows read, entities/identifiers/links per kind, rejects with reasons, mapping used.
 * With `--analyze`, the files are also merged in memory as the app's store would hold them and link analysis runs
 * over them: networks, hubs, look-alike suggestions and signals are added to the report (`analysis`).
 * Nothing is stored. Exit code 0 when every file could be read, 1 when one could not, 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { analyze, buildGraphIndex, type AnalysisReport } from '../shared/analysis';
import { importFilesIntoMemory } from '../shared/import/memoryImport';
import { createSha256Stream } from '../shared/hash';
import type { Mapping, MappingTemplate } from '../shared/import/mapping/types';
import { readChunks } from '../shared/import/parse';
import { previewFile, runPipeline } from '../shared/import/pipeline';
import { planImport } from '../shared/import/planImport';
import { needsMapping } from '../shared/import/preview';
import { createReportBuilder, type FileReport } from '../shared/import/report';
import { describeLocator } from '../shared/model';
import { openNodeSource, type NodeSource } from './nodeSource';

const USAGE =
  'usage: npm run check-file -- FILE… [--mapping auto|TEMPLATE.json] [--region DE] [--sheet NAME] [--analyze]';

type Args = Readonly<{ files: string[]; mapping: string; region?: string; sheet?: string; analyze: boolean }>;

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let mapping = 'auto';
  let region: string | undefined;
  let sheet: string | undefined;
  let analyzeFiles = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const value = (): string => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      i += 1;
      return next;
    };
    if (arg === '--mapping') mapping = value();
    else if (arg === '--region') region = value().toUpperCase();
    else if (arg === '--sheet') sheet = value();
    else if (arg === '--analyze') analyzeFiles = true;
    else if (arg === '--help' || arg === '-h') throw new Error('help');
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new Error('name at least one file');
  if (region !== undefined && !/^[A-Z]{2}$/.test(region))
    throw new Error('--region takes a two-letter country code, e.g. DE');
  return {
    files,
    mapping,
    analyze: analyzeFiles,
    ...(region === undefined ? {} : { region }),
    ...(sheet === undefined ? {} : { sheet }),
  };
}

async function templateMapping(path: string): Promise<Mapping> {
  const parsed = JSON.parse(await readFile(path, 'utf8')) as Partial<MappingTemplate> & Partial<Mapping>;
  const mapping = parsed.mapping ?? parsed;
  if (!Array.isArray(mapping.columns) || !Array.isArray(mapping.slots)) {
    throw new Error(`${path} is not a mapping template exported from Casegraph`);
  }
  return mapping as Mapping;
}

type FileResult = Readonly<{ file: string; sha256?: string; ok: boolean; error?: string }> &
  Partial<FileReport> &
  Record<string, unknown>;

async function checkFile(path: string, args: Args): Promise<FileResult> {
  let source: NodeSource;
  try {
    source = await openNodeSource(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : String(error);
    return { file: path, ok: false, error: `${path}: ${reason}` };
  }
  try {
    const hasher = createSha256Stream();
    for await (const chunk of readChunks(source)) hasher.update(chunk);
    const sha256 = hasher.hexDigest();
    const preview = await previewFile(source, args.sheet === undefined ? {} : { sheet: args.sheet });
    const base = {
      file: path,
      sha256,
      format: preview.format,
      formatReason: preview.formatReason,
      notes: preview.notes,
    };
    if (preview.format === 'evidence')
      return { ...base, ok: true, rowsRead: 0, note: 'stored as evidence only; nothing to map' };
    const template = args.mapping === 'auto' ? undefined : await templateMapping(args.mapping);
    const plan = planImport(preview, source.name, {
      ...(template ? { mapping: template } : {}),
      ...(args.region === undefined ? {} : { region: args.region }),
    });
    const { mapping } = plan;
    const mappingName = !needsMapping(preview.format) ? 'fixed by the format' : args.mapping;
    const builder = createReportBuilder((record) => describeLocator(record.locator));
    for await (const batch of runPipeline(source, plan))
      builder.add(batch.records, batch.problems, batch.rowsRead);
    return {
      ...base,
      ok: true,
      ...(preview.sheets ? { sheets: preview.sheets, sheet: preview.sheet } : {}),
      mapping: {
        name: mappingName,
        columns: Object.fromEntries((mapping?.columns ?? []).map((c) => [c.column, `${c.slot}.${c.field}`])),
        unmapped: mapping ? preview.headers.filter((h) => !mapping.columns.some((c) => c.column === h)) : [],
        platforms: Object.fromEntries(
          (mapping?.slots ?? []).filter((s) => s.platform).map((s) => [s.slot, s.platform]),
        ),
      },
      ...builder.report(),
    };
  } catch (error) {
    return { file: path, ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await source.close();
  }
}

/** The files merged as the app's store would hold them, then analysed exactly as the app's analysis worker does. */
async function analyzeFiles(paths: readonly string[], args: Args): Promise<AnalysisReport> {
  const sources = await Promise.all(paths.map((path) => openNodeSource(path)));
  try {
    const template = args.mapping === 'auto' ? undefined : await templateMapping(args.mapping);
    const store = await importFilesIntoMemory(
      sources.map((source) => ({
        name: source.name,
        source,
        ...(template ? { mapping: template } : {}),
        ...(args.sheet === undefined ? {} : { sheet: args.sheet }),
      })),
      args.region === undefined ? {} : { region: args.region },
    );
    return analyze(buildGraphIndex(store.entities.values(), store.links.values()));
  } finally {
    await Promise.all(sources.map((source) => source.close()));
  }
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message === 'help' ? '' : `check-file: ${message}\n`}${USAGE}\n`);
    return message === 'help' ? 0 : 2;
  }
  const results: FileResult[] = [];
  for (const file of args.files) results.push(await checkFile(file, args));
  const readable = results.filter((r) => r.ok).map((r) => r.file);
  const analysis = args.analyze && readable.length > 0 ? await analyzeFiles(readable, args) : undefined;
  process.stdout.write(`${JSON.stringify({ files: results, ...(analysis ? { analysis } : {}) }, null, 2)}\n`);
  return results.every((r) => r.ok) ? 0 : 1;
}

process.exitCode = await main();
