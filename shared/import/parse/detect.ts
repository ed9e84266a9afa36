/**
 * What kind of file arrived, from its name and its first bytes. Content wins over the name: marketplaces send
 * "xls" files that are really tab-separated text or HTML tables, and a CSV renamed from a screenshot must not be
 * parsed. The reason is shown beside the choice, so the investigator can overrule it.
 */
import type { SourceFormat } from '../types';
import { decodeAll, detectEncoding, type TextEncodingName } from './decode';
import { DELIMITER_NAMES, sniffDelimiter } from './delimiter';
import { ParseError } from './errors';
import { isJsonObject } from './jsonFlatten';
import { findJsonSyntaxError } from './jsonSyntax';
import { sniffBinary } from './magic';

/** The format and, in a few words, why ("semicolon-separated text", "STIX 2.1 bundle"). */
export type FormatGuess = Readonly<{ format: SourceFormat; reason: string }>;

const WORKBOOK_EXTENSIONS = new Set(['xlsx', 'xlsm', 'xls', 'ods']);
const JSON_LINES_EXTENSIONS = new Set(['jsonl', 'ndjson']);
const TABLE_EXTENSIONS = new Set(['csv', 'tsv', 'tab', 'txt']);
/** Lines of a JSON Lines sample that must parse before we call it JSON Lines rather than a JSON document. */
const JSON_LINES_PROBE = 5;

/**
 * Decides the format of a file from its name and a sample of its first bytes (a megabyte is plenty; less works).
 * Never throws: anything we cannot read as data is `evidence`, stored and hashed but not parsed.
 */
export function detectFormat(name: string, sample: Uint8Array): FormatGuess {
  const extension = extensionOf(name);
  if (sample.byteLength === 0) return byExtensionWhenEmpty(extension);

  const binary = sniffBinary(sample);
  if (binary?.kind === 'zip') return zipFormat(extension, sample);
  if (binary?.kind === 'ole2') {
    return WORKBOOK_EXTENSIONS.has(extension)
      ? {
          format: 'xlsx',
          reason: extension === 'xls' ? 'Excel 97-2003 workbook' : 'encrypted or legacy Excel workbook',
        }
      : { format: 'evidence', reason: 'Office document' };
  }
  if (binary !== undefined) return { format: 'evidence', reason: binary.label.replace(/^an? /, '') };
  const encoding = textEncoding(name, sample);
  if (encoding === undefined) return { format: 'evidence', reason: 'binary file' };

  const text = decodeAll(sample, encoding);
  const start = text.trimStart().slice(0, 512).toLowerCase();
  const markup = markupFormat(extension, start, text);
  if (markup !== undefined) return markup;
  if (extension === 'mhtml' || extension === 'mht' || /^mime-version:/m.test(start.slice(0, 200))) {
    return { format: 'evidence', reason: 'saved web page (MHTML)' };
  }
  if (start.startsWith('{') || start.startsWith('[')) {
    const json = jsonFormat(extension, text);
    // A table whose first header is "[Seller] ID" also starts with a bracket: unless it parses as JSON as far as
    // the sample goes, a file named as a table is treated as one.
    const table = TABLE_EXTENSIONS.has(extension) && findJsonSyntaxError(text)?.atEnd === false;
    if (!table) return json;
  }

  // The sample may be the whole file or its head: read it cautiously (last line possibly cut) first, then whole.
  const delimiter = sniffDelimiter(text, false) ?? sniffDelimiter(text, true);
  if (delimiter !== undefined) {
    const what = `${DELIMITER_NAMES[delimiter.delimiter]}-separated text`;
    const renamed = WORKBOOK_EXTENSIONS.has(extension) ? ` (named .${extension})` : '';
    return { format: delimiter.delimiter === '\t' ? 'tsv' : 'csv', reason: `${what}${renamed}` };
  }
  if (extension === 'csv') return { format: 'csv', reason: 'text with a single column' };
  if (extension === 'tsv' || extension === 'tab') {
    return { format: 'tsv', reason: 'text with a single column' };
  }
  return { format: 'evidence', reason: 'plain text without columns' };
}

/** The sample's encoding as the parsers will decide it, or `undefined` for binary content (NUL bytes). */
function textEncoding(name: string, sample: Uint8Array): TextEncodingName | undefined {
  try {
    return detectEncoding(name, sample, false).encoding;
  } catch (error) {
    if (error instanceof ParseError) return undefined;
    throw error;
  }
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}

/** An empty file is what its name says; its parser then tells the investigator it is empty. */
function byExtensionWhenEmpty(extension: string): FormatGuess {
  const reason = 'empty file';
  if (extension === 'csv' || extension === 'txt') return { format: 'csv', reason };
  if (extension === 'tsv' || extension === 'tab') return { format: 'tsv', reason };
  if (extension === 'json') return { format: 'json', reason };
  if (JSON_LINES_EXTENSIONS.has(extension)) return { format: 'jsonl', reason };
  if (WORKBOOK_EXTENSIONS.has(extension)) return { format: 'xlsx', reason };
  return { format: 'evidence', reason };
}

/** ZIP archives: workbooks by name or by the names of their parts, anything else (a .docx, a bundle) is evidence. */
function zipFormat(extension: string, sample: Uint8Array): FormatGuess {
  // Part names are stored uncompressed in the local file headers near the start of the archive.
  const names = decodeAll(sample.subarray(0, 64 * 1024), 'windows-1252');
  if (names.includes('application/vnd.oasis.opendocument.spreadsheet')) {
    return { format: 'xlsx', reason: 'OpenDocument spreadsheet' };
  }
  if (WORKBOOK_EXTENSIONS.has(extension) || names.includes('xl/'))
    return { format: 'xlsx', reason: 'Excel workbook' };
  return { format: 'evidence', reason: 'ZIP archive' };
}

/** HTML, XML and SVG: evidence, except the two kinds of markup Excel itself saves as "xls". */
function markupFormat(extension: string, start: string, text: string): FormatGuess | undefined {
  const html =
    /^(<!doctype html|<html|<head|<body|<table|<meta)/.test(start) ||
    extension === 'html' ||
    extension === 'htm';
  if (html) {
    return extension === 'xls' && /<table/i.test(text)
      ? { format: 'xlsx', reason: 'web page table saved as .xls' }
      : { format: 'evidence', reason: 'HTML page' };
  }
  if (start.startsWith('<?xml') || start.startsWith('<svg')) {
    return text.includes('urn:schemas-microsoft-com:office:spreadsheet')
      ? { format: 'xlsx', reason: 'Excel 2003 XML workbook' }
      : { format: 'evidence', reason: start.includes('<svg') ? 'SVG image' : 'XML document' };
  }
  return undefined;
}

/**
 * JSON Lines when the first lines each hold a whole object (or the name says so), FollowTheMoney when those
 * objects have `schema` and `properties`; otherwise a JSON document, STIX when it is a bundle.
 */
function jsonFormat(extension: string, text: string): FormatGuess {
  const lines = text.split('\n');
  // The last line of a sample may be cut; it is only trusted when it is the sample's only line.
  const complete = lines.length === 1 ? lines : lines.slice(0, -1);
  const objects: Readonly<Record<string, unknown>>[] = [];
  for (const line of complete) {
    if (objects.length >= JSON_LINES_PROBE) break;
    if (line.trim() === '') continue;
    const value = parseOrUndefined(line);
    if (!isJsonObject(value)) break;
    objects.push(value);
  }
  const named = JSON_LINES_EXTENSIONS.has(extension) && !text.trimStart().startsWith('[');
  if (objects.length >= 2 || named) {
    const ftm =
      objects.length > 0 &&
      objects.every((o) => typeof o['schema'] === 'string' && isJsonObject(o['properties']));
    return ftm
      ? { format: 'ftm', reason: 'FollowTheMoney entities (JSON Lines)' }
      : { format: 'jsonl', reason: 'JSON Lines: one record per line' };
  }
  const head = text.slice(0, 4096);
  if (/"type"\s*:\s*"bundle"/.test(head) && /"objects"\s*:/.test(text)) {
    return { format: 'stix', reason: 'STIX 2.1 bundle' };
  }
  return { format: 'json', reason: 'JSON document' };
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
