/**
 * JSON Lines (one JSON object per line; FollowTheMoney entity streams are written this way), streamed line by
 * line. `locator.row` is the 1-based line number in the file; blank lines are skipped but counted.
 *
 * A line that is not valid JSON, or not an object, does not stop the file: it is reported in `batch.errors`
 * (line, reason, the start of its text) and the lines after it are read. Only a file that is empty, not text, or
 * has a line longer than `MAX_LINE_CHARS` (it is not JSON Lines) throws a `ParseError`.
 */
import type { ParseNote, SourceRecord } from '../types';
import { decodeChunks, readTextHead } from './decode';
import { ParseError, emptyFileError } from './errors';
import { describeJsonValue, flattenJson, isJsonObject } from './jsonFlatten';
import type { JsonOptions } from './json';
import { describeJsonProblem, findJsonSyntaxError, quoteLongIntegers } from './jsonSyntax';
import { DEFAULT_CHUNK_SIZE, readChunks, type ByteSource } from './source';
import { DEFAULT_BATCH_SIZE, shorten, type ParseBatch, type RecordError, type TablePreview } from './types';
import type { TextEncodingName } from './decode';

/** The longest line we accept: far beyond any one entity, and it bounds memory when a file has no line breaks. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

/** The first records of a JSON Lines file, for the mapping screen. */
export type JsonLinesPreview = TablePreview & Readonly<{ encoding: TextEncodingName }>;

/** All records of a JSON Lines file, in batches; bad lines are in `batch.errors`. */
export async function* parseJsonLines(
  source: ByteSource,
  options: JsonOptions = {},
): AsyncGenerator<ParseBatch> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  let records: SourceRecord[] = [];
  let errors: RecordError[] = [];
  let any = false;
  for await (const lines of jsonLines(source, options)) {
    for (const line of lines) {
      any = true;
      if ('reason' in line) errors.push(line);
      else records.push(line);
      if (records.length + errors.length >= batchSize) {
        yield { records, errors };
        records = [];
        errors = [];
        options.signal?.throwIfAborted();
      }
    }
  }
  if (!any) throw emptyFileError(source.name);
  if (records.length + errors.length > 0) yield { records, errors };
}

/** The first `maxRows` records, with the fields seen in them and notes (bad lines among them, the encoding). */
export async function previewJsonLines(
  source: ByteSource,
  maxRows: number = 50,
  options: Pick<JsonOptions, 'encoding' | 'signal'> = {},
): Promise<JsonLinesPreview> {
  const rows: SourceRecord[] = [];
  const bad: RecordError[] = [];
  const headers = new Set<string>();
  let encoding: TextEncodingName = 'utf-8';
  const notes: ParseNote[] = [];
  collect: for await (const lines of jsonLines(source, options, (head) => {
    encoding = head.encoding;
    notes.push(...head.notes);
  })) {
    for (const line of lines) {
      if (rows.length >= maxRows) break collect;
      if ('reason' in line) {
        bad.push(line);
        continue;
      }
      rows.push(line);
      for (const name of Object.keys(line.fields)) headers.add(name);
    }
  }
  if (rows.length === 0 && bad.length === 0) throw emptyFileError(source.name);
  if (bad.length > 0) {
    const lines = bad.map((error) => error.locator.row).join(', ');
    notes.push({
      level: 'warning',
      message: `Line ${lines} cannot be read and will be rejected: ${bad[0]?.reason ?? ''}.`,
    });
  }
  return { headers: [...headers], rows, notes, encoding };
}

/** Each non-blank line, parsed: a record or the reason it is not one. */
async function* jsonLines(
  source: ByteSource,
  options: Pick<JsonOptions, 'encoding' | 'signal'>,
  onHead?: (head: { encoding: TextEncodingName; notes: readonly ParseNote[] }) => void,
): AsyncGenerator<readonly (SourceRecord | RecordError)[]> {
  if (source.size === 0) throw emptyFileError(source.name);
  const head = await readTextHead(source, options.encoding);
  onHead?.(head);
  const texts = decodeChunks(readChunks(source, DEFAULT_CHUNK_SIZE, options.signal), head.encoding);
  let partial = '';
  let number = 0;
  const parseLine = (raw: string): SourceRecord | RecordError | undefined => {
    number += 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    return text.trim() === '' ? undefined : lineRecord(text, number);
  };
  for await (const text of texts) {
    const pieces = (partial + text).split('\n');
    partial = pieces.pop() ?? '';
    if (partial.length > MAX_LINE_CHARS) throw lineTooLong(source.name, number + pieces.length + 1);
    const out: (SourceRecord | RecordError)[] = [];
    for (const piece of pieces) {
      const line = parseLine(piece);
      if (line !== undefined) out.push(line);
    }
    if (out.length > 0) yield out;
  }
  const last = parseLine(partial);
  if (last !== undefined) yield [last];
}

function lineRecord(text: string, row: number): SourceRecord | RecordError {
  let value: unknown;
  try {
    value = JSON.parse(quoteLongIntegers(text));
  } catch (error) {
    const problem = findJsonSyntaxError(text);
    const reason = problem === undefined ? String(error) : describeJsonProblem(problem, false);
    return { locator: { row }, reason: `not valid JSON: ${reason}`, value: shorten(text) };
  }
  if (!isJsonObject(value)) {
    return {
      locator: { row },
      reason: `holds ${describeJsonValue(value)}, not a record (JSON object)`,
      value: shorten(text),
    };
  }
  return { locator: { row }, fields: flattenJson(value), object: value };
}

function lineTooLong(file: string, line: number): ParseError {
  return new ParseError(
    `${file}, line ${line} is longer than ${MAX_LINE_CHARS / (1024 * 1024)} million characters: this is not JSON ` +
      'Lines (one record per line). If it is one JSON document, give it the .json ending and import it again.',
    { file, row: line },
  );
}
