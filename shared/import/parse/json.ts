/**
 * JSON documents: a list of records, or an object that holds one somewhere (`{"data":{"items":[…]}}`, a STIX
 * bundle's `objects`), or a single object that is itself the one record.
 *
 * A JSON document cannot be streamed with `JSON.parse`, so it is read and parsed whole: the text plus the object
 * tree take roughly 5 to 10 times the file's size. Files over `MAX_JSON_BYTES` are refused with the advice to
 * export JSON Lines, which streams (`parseJsonLines`).
 *
 * Records carry `locator.path` (`$.data.items[3]`) and no row; `object` is the element itself and `fields` its
 * flattened paths (`jsonFlatten.ts`). Integers too long for a JavaScript number are kept as strings of their digits.
 */
import type { ParseNote, SourceRecord } from '../types';
import { ENCODING_SAMPLE_BYTES, decodeAll, detectEncoding, type TextEncodingName } from './decode';
import { ParseError, emptyFileError } from './errors';
import { childPath, describeJsonValue, flattenJson, isJsonObject } from './jsonFlatten';
import { describeJsonProblem, findJsonSyntaxError, quoteLongIntegers } from './jsonSyntax';
import { readAll, type ByteSource } from './source';
import {
  DEFAULT_BATCH_SIZE,
  shorten,
  type BatchOptions,
  type ParseBatch,
  type RecordError,
  type TablePreview,
} from './types';

/** The largest JSON document we parse whole: at up to 10x in memory, about 1 GB in the import worker. */
export const MAX_JSON_BYTES = 100 * 1024 * 1024;

export type JsonOptions = BatchOptions & Readonly<{ encoding?: TextEncodingName }>;

/** What the mapping screen shows of a JSON document. */
export type JsonPreview = TablePreview &
  Readonly<{
    /** Where the records are (`$`, `$.data.items`). */
    path: string;
    /** How many records (and non-records) the list holds. */
    total: number;
    encoding: TextEncodingName;
  }>;

/** Where a document keeps its records. */
export type RecordList = Readonly<{
  /** `$` for a top-level list, `$.data.items` for one inside objects. */
  path: string;
  items: readonly unknown[];
  /** The document is one object, which is the single record (at path `$`, not `$[0]`). */
  single: boolean;
}>;

/**
 * All records of a JSON document, in batches. Elements of the list that are not objects are reported in
 * `batch.errors` with their path and skipped. Throws a `ParseError` if the file is empty, too large, not valid JSON
 * (with line and column), or holds no records at all.
 */
export async function* parseJsonDocument(
  source: ByteSource,
  options: JsonOptions = {},
): AsyncGenerator<ParseBatch> {
  const document = await loadJson(source, options);
  const list = findRecordList(source.name, document.root);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  let records: SourceRecord[] = [];
  let errors: RecordError[] = [];
  for (let i = 0; i < list.items.length; i++) {
    const result = toRecord(list, i);
    if ('reason' in result) errors.push(result);
    else records.push(result);
    if (records.length + errors.length >= batchSize) {
      options.signal?.throwIfAborted();
      yield { records, errors };
      records = [];
      errors = [];
    }
  }
  options.signal?.throwIfAborted();
  if (records.length + errors.length > 0) yield { records, errors };
}

/** Where the records are, the first `maxRows` of them, and notes. Parses the whole document. */
export async function previewJsonDocument(
  source: ByteSource,
  maxRows: number = 50,
  options: Pick<JsonOptions, 'encoding' | 'signal'> = {},
): Promise<JsonPreview> {
  const document = await loadJson(source, options);
  const list = findRecordList(source.name, document.root);
  const rows: SourceRecord[] = [];
  const headers = new Set<string>();
  let skipped = 0;
  for (let i = 0; i < list.items.length && rows.length < maxRows; i++) {
    const result = toRecord(list, i);
    if ('reason' in result) {
      skipped += 1;
      continue;
    }
    rows.push(result);
    for (const name of Object.keys(result.fields)) headers.add(name);
  }
  const notes: ParseNote[] = [...document.notes];
  if (list.path !== '$') {
    notes.push({ level: 'info', message: `The records are the ${list.items.length} items at ${list.path}.` });
  }
  if (list.items.length === 0) notes.push({ level: 'info', message: 'The list of records is empty.' });
  if (skipped > 0) {
    notes.push({
      level: 'warning',
      message: `${skipped} items near the start are not objects; they will be rejected.`,
    });
  }
  return {
    headers: [...headers],
    rows,
    notes,
    path: list.path,
    total: list.items.length,
    encoding: document.encoding,
  };
}

/**
 * The list of records in a parsed document: the document itself if it is a list; otherwise the largest list of
 * objects found by walking its objects breadth first (the shallowest wins a tie; lists inside lists are not
 * searched); otherwise the document object itself as one record.
 */
export function findRecordList(file: string, root: unknown): RecordList {
  if (Array.isArray(root)) {
    if (root.length > 0 && !root.some(isJsonObject)) {
      throw new ParseError(
        `${file} holds a list of values, not records: expected objects like {"name": …}. Check that this is the export you meant.`,
        { file },
      );
    }
    return { path: '$', items: root, single: false };
  }
  if (!isJsonObject(root)) {
    throw new ParseError(
      `${file} holds ${describeJsonValue(root)}, not records: expected a list of objects, or an object holding one.`,
      { file },
    );
  }
  let best: { path: string; items: readonly unknown[]; objects: number } | undefined;
  const queue: { value: Readonly<Record<string, unknown>>; path: string }[] = [{ value: root, path: '$' }];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const [key, value] of Object.entries(next.value)) {
      const path = childPath(next.path, key);
      if (Array.isArray(value)) {
        const objects = value.filter(isJsonObject).length;
        if (objects > (best?.objects ?? 0)) best = { path, items: value, objects };
      } else if (isJsonObject(value)) {
        queue.push({ value, path });
      }
    }
  }
  return best === undefined
    ? { path: '$', items: [root], single: true }
    : { path: best.path, items: best.items, single: false };
}

type LoadedJson = Readonly<{ root: unknown; encoding: TextEncodingName; notes: readonly ParseNote[] }>;

async function loadJson(
  source: ByteSource,
  options: Pick<JsonOptions, 'encoding' | 'signal'>,
): Promise<LoadedJson> {
  const file = source.name;
  if (source.size === 0) throw emptyFileError(file);
  const bytes = await readAll(
    source,
    MAX_JSON_BYTES,
    () =>
      `${file} is ${Math.round(source.size / (1024 * 1024))} MB; JSON documents over ` +
      `${MAX_JSON_BYTES / (1024 * 1024)} MB cannot be read here, because a JSON document must be read whole. ` +
      'Ask for the data as JSON Lines (one record per line), which is read in pieces at any size.',
    options.signal,
  );
  const sample = bytes.subarray(0, ENCODING_SAMPLE_BYTES);
  const guess = detectEncoding(file, sample, sample.byteLength === bytes.byteLength);
  const encoding = options.encoding ?? guess.encoding;
  const text = decodeAll(bytes, encoding);
  if (text.trim() === '') throw emptyFileError(file);
  try {
    return {
      root: JSON.parse(quoteLongIntegers(text)),
      encoding,
      notes: encoding === guess.encoding ? guess.notes : [],
    };
  } catch (error) {
    const problem = findJsonSyntaxError(text);
    const where = problem === undefined ? String(error) : describeJsonProblem(problem);
    throw new ParseError(
      `${file} is not valid JSON: ${where}. Open it in a text editor at that place, or ask for a new export.`,
      { file, row: problem?.line, column: problem?.column },
      { cause: error },
    );
  }
}

function toRecord(list: RecordList, index: number): SourceRecord | RecordError {
  const item = list.items[index];
  const path = list.single ? list.path : `${list.path}[${index}]`;
  if (isJsonObject(item)) return { locator: { path }, fields: flattenJson(item), object: item };
  return {
    locator: { path },
    reason: `${path} is ${describeJsonValue(item)}, not a record (JSON object)`,
    value: shorten(JSON.stringify(item)),
  };
}
