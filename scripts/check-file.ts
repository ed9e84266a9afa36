/**
 * `npm run check-file -- FILE… [--mapping auto|TEMPLATE.json] [--region DE] [--sheet NAME]`
 *
 * A dry run of the app's import on files, for data providers to validate a file before sending it and for
 * investigators to see what a file will give. It runs the very same pipeline as the app (shared/import) and prints
 * a JSON report: format, rows read, entities/identifiers/links per kind, rejects with reasons, mapping used.
 * Nothing is stored. Exit code 0 when every file could be read, 1 when one could not, 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { createSha256Stream } from '../shared/hash';
import { decideDecimals } from '../shared/import/mapping/decideDecimals';
import { guessMapping } from '../shared/import/mapping/guessMapping';
import type { Mapping, MappingTemplate } from '../shared/import/mapping/types';
import { readChunks } from '../shared/import/parse';
import { previewFile, runPipeline, type ImportPlan } from '../shared/import/pipeline';
import { needsMapping } from '../shared/import/preview';
import { createReportBuilder, type FileReport } from '../shared/import/report';
import { describeLocator } from '../shared/model';
import { openNodeSource } from './nodeSource';

const USAGE =
  'usage: npm run check-file -- FILE… [--mapping auto|TEMPLATE.json] [--region DE] [--sheet NAME]';

type Args = Readonly<{ files: string[]; mapping: string; region?: string; sheet?: string }>;

function parseArgs(argv: readonly string[]): Args {
  const files: string[] = [];
  let mapping = 'auto';
  let region: string | undefined;
  let sheet: string | undefined;
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
  const source = await openNodeSource(path);
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
    let mapping: Mapping | undefined;
    let mappingName = 'fixed by the format';
    if (needsMapping(preview.format)) {
      const options = args.region === undefined ? {} : { region: args.region };
      if (args.mapping === 'auto') {
        mapping = guessMapping(preview.headers, source.name, options).mapping;
      } else {
        const template = await templateMapping(args.mapping);
        mapping = { ...template, options: { ...template.options, ...options } };
      }
      mappingName = args.mapping === 'auto' ? 'auto' : args.mapping;
    }
    const plan: ImportPlan = {
      format: preview.format,
      ...(preview.sheet === undefined ? {} : { sheet: preview.sheet }),
      ...(mapping ? { mapping, decimals: decideDecimals(mapping, preview.rows) } : {}),
      ...(args.region === undefined ? {} : { region: args.region }),
    };
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
  process.stdout.write(`${JSON.stringify({ files: results }, null, 2)}\n`);
  return results.every((r) => r.ok) ? 0 : 1;
}

process.exitCode = await main();
