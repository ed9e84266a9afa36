/**
 * The import pipeline, shared by the app's import worker and the headless `check-file`: a file -> its preview,
 * and a file + a plan -> batches of mapped records ready to merge. Nothing here touches the store.
 *
 * Tables and JSON are mapped with the investigator's mapping; FollowTheMoney and STIX map themselves, in two passes
 * (their records reference each other in any order), so those files are read twice.
 */
import { assertNever } from '../assertNever';
import type { CountryCode } from '../normalize';
import { createFtmIndex, createStixIndex, mapFtmRecord, mapStixRecord } from './formats';
import { createRecordMapper } from './mapping/mapRecord';
import type { Mapping } from './mapping/types';
import {
  detectFormat,
  listSheets,
  parseDelimited,
  parseJsonDocument,
  parseJsonLines,
  parseSheet,
  previewDelimited,
  previewJsonDocument,
  previewJsonLines,
  previewSheet,
  readHead,
  readWorkbook,
  type ByteSource,
  type ParseBatch,
} from './parse';
import type { FilePreview } from './preview';
import type { MappedRecord, RecordProblem, SourceFormat, SourceRecord } from './types';

/** How to read a file: decided in the mapping step, stored with the import so it can be resumed or explained. */
export type ImportPlan = Readonly<{
  format: SourceFormat;
  sheet?: string;
  mapping?: Mapping;
  /** Decimal separator per numeric column, decided from the preview (see decideDecimals). */
  decimals?: Readonly<Record<string, ',' | '.'>>;
  /** Default phone region for formats that have no mapping (FtM, STIX). */
  region?: string;
}>;

export type PipelineBatch = Readonly<{
  records: readonly MappedRecord[];
  problems: readonly RecordProblem[];
  /** Records read so far, good and bad, including skipped ones. */
  rowsRead: number;
}>;

export type PipelineOptions = Readonly<{
  signal?: AbortSignal;
  /** Records (and unreadable records) already committed by an earlier run of the same import. */
  skipRecords?: number;
  batchSize?: number;
}>;

const PREVIEW_ROWS = 20;
const FORMAT_SAMPLE_BYTES = 1 << 20;

export async function previewFile(
  source: ByteSource,
  options: Readonly<{ sheet?: string }> = {},
): Promise<FilePreview> {
  const guess = detectFormat(source.name, await readHead(source, FORMAT_SAMPLE_BYTES));
  const base = { format: guess.format, formatReason: guess.reason };
  switch (guess.format) {
    case 'evidence':
      return { ...base, headers: [], rows: [], notes: [] };
    case 'csv':
    case 'tsv': {
      const preview = await previewDelimited(source, PREVIEW_ROWS);
      return { ...base, headers: preview.headers, rows: preview.rows, notes: preview.notes };
    }
    case 'xlsx': {
      const workbook = await readWorkbook(source);
      const sheets = listSheets(workbook);
      const sheet =
        options.sheet ??
        [...sheets].filter((s) => !s.hidden).sort((a, b) => b.rows - a.rows)[0]?.name ??
        sheets[0]?.name;
      if (sheet === undefined) return { ...base, headers: [], rows: [], notes: [], sheets: [] };
      const preview = previewSheet(workbook, sheet, PREVIEW_ROWS);
      return {
        ...base,
        headers: preview.headers,
        rows: preview.rows,
        notes: preview.notes,
        sheets: sheets.map((s) => s.name),
        sheet,
      };
    }
    case 'json':
    case 'stix': {
      const preview = await previewJsonDocument(source, PREVIEW_ROWS);
      return { ...base, headers: preview.headers, rows: preview.rows, notes: preview.notes };
    }
    case 'jsonl':
    case 'ftm': {
      const preview = await previewJsonLines(source, PREVIEW_ROWS);
      return { ...base, headers: preview.headers, rows: preview.rows, notes: preview.notes };
    }
    default:
      return assertNever(guess.format, 'format');
  }
}

function parse(source: ByteSource, plan: ImportPlan, options: PipelineOptions): AsyncGenerator<ParseBatch> {
  const parseOptions = {
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
  };
  switch (plan.format) {
    case 'csv':
    case 'tsv':
      return parseDelimited(source, parseOptions);
    case 'xlsx':
      return (async function* () {
        const workbook = await readWorkbook(source, options.signal);
        const sheet = plan.sheet ?? listSheets(workbook)[0]?.name;
        if (sheet === undefined) return;
        yield* parseSheet(workbook, sheet, parseOptions);
      })();
    case 'json':
    case 'stix':
      return parseJsonDocument(source, parseOptions);
    case 'jsonl':
    case 'ftm':
      return parseJsonLines(source, parseOptions);
    case 'evidence':
      return (async function* () {})();
    default:
      return assertNever(plan.format, 'format');
  }
}

/** Builds the function that maps one record, after a first pass where the format needs one. */
async function recordMapper(
  source: ByteSource,
  plan: ImportPlan,
  options: PipelineOptions,
): Promise<(record: SourceRecord) => MappedRecord> {
  const region = (plan.region ?? plan.mapping?.options.region) as CountryCode | undefined;
  const context = region === undefined ? {} : { region };
  if (plan.format === 'ftm') {
    const index = createFtmIndex();
    for await (const batch of parse(source, plan, options))
      for (const record of batch.records) index.learn(record);
    return (record) => mapFtmRecord(record, index, context);
  }
  if (plan.format === 'stix') {
    const index = createStixIndex();
    for await (const batch of parse(source, plan, options))
      for (const record of batch.records) index.learn(record);
    return (record) => mapStixRecord(record, index, context);
  }
  if (!plan.mapping)
    throw new Error(`A ${plan.format.toUpperCase()} file needs a column mapping before it can be imported`);
  return createRecordMapper(plan.mapping, {
    ...context,
    ...(plan.decimals ? { decimals: plan.decimals } : {}),
  });
}

/**
 * Batches of mapped records, in file order. With `skipRecords`, the first records (good and unreadable alike) are
 * read but not yielded again: that is how a cancelled import resumes exactly after its last committed chunk.
 */
export async function* runPipeline(
  source: ByteSource,
  plan: ImportPlan,
  options: PipelineOptions = {},
): AsyncGenerator<PipelineBatch> {
  const map = await recordMapper(source, plan, options);
  let toSkip = options.skipRecords ?? 0;
  let rowsRead = 0;
  for await (const batch of parse(source, plan, options)) {
    const units: ({ record: SourceRecord } | { problem: RecordProblem })[] = [
      ...batch.records.map((record) => ({ record })),
      ...batch.errors.map((error) => ({
        problem: { locator: error.locator, field: '(record)', value: error.value, reason: error.reason },
      })),
    ];
    rowsRead += units.length;
    const fresh = units.slice(Math.min(toSkip, units.length));
    toSkip = Math.max(0, toSkip - units.length);
    if (fresh.length === 0) continue;
    const records: MappedRecord[] = [];
    const problems: RecordProblem[] = [];
    for (const unit of fresh) {
      if ('record' in unit) records.push(map(unit.record));
      else problems.push(unit.problem);
    }
    yield { records, problems, rowsRead };
  }
}
