/**
 * CSV and TSV files, streamed: bytes -> text (decode) -> one kind of line break -> rows (Papa Parse) -> records.
 * At no point is the whole file one string, so a million-row export parses in the memory of a few chunks.
 *
 * Row numbers: a record's `locator.row` is its row as a spreadsheet opening the file shows it — records are
 * counted, not lines, so a cell spanning three lines still makes one row; blank lines count as the empty rows a
 * spreadsheet shows for them, but yield no record. With no blank lines above it, the header is row 1 and the first
 * record row 2.
 *
 * Cells are kept as written (not trimmed; normalizers trim), except that every line break inside a quoted cell
 * becomes `\n`. Quotes follow Excel, also in TSV: a cell that starts with `"` is quoted. A stray quote inside a
 * cell (`12" screen`) is kept as text, as Excel and LibreOffice read it.
 */
import type { ParseNote, SourceRecord } from '../types';
import { columnsFromHeader, isBlankRow, rowFields, type Columns } from './columns';
import { decodeChunks, readTextHead, type TextEncodingName } from './decode';
import { DELIMITER_NAMES, sniffDelimiter, type Delimiter } from './delimiter';
import { MAX_RECORD_CHARS, RecordNeverEnds, delimitedRows, normalizeNewlines } from './delimitedRows';
import { ParseError, emptyFileError } from './errors';
import { DEFAULT_CHUNK_SIZE, readChunks, type ByteSource } from './source';
import { DEFAULT_BATCH_SIZE, type BatchOptions, type ParseBatch, type TablePreview } from './types';

/** How to read a delimited file; anything left out is detected from its first megabyte. */
export type DelimitedOptions = BatchOptions &
  Readonly<{
    /** The column separator, when the investigator chose one (a single character other than a quote or line break). */
    delimiter?: string;
    /** The encoding, when the investigator chose one. */
    encoding?: TextEncodingName;
  }>;

/** What the mapping screen shows of a delimited file, and the settings to parse it with. */
export type DelimitedPreview = TablePreview &
  Readonly<{
    delimiter: string;
    encoding: TextEncodingName;
  }>;

/**
 * All records of a CSV/TSV file, in batches. Errors: an empty file, a file that is not text, or a record that never
 * ends (an unclosed quote) throw a `ParseError`; in the last case every record before it has already been yielded
 * and stays good, and the error's `row` names the bad record. `batch.errors` is always empty for delimited text:
 * every complete row can be read as cells.
 */
export async function* parseDelimited(
  source: ByteSource,
  options: DelimitedOptions = {},
): AsyncGenerator<ParseBatch> {
  const settings = await settle(source, options);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  let columns: Columns | undefined;
  let records: SourceRecord[] = [];
  try {
    for await (const rows of tableRows(source, settings, options.signal)) {
      for (const { row, cells } of rows) {
        if (columns === undefined) {
          columns = columnsFromHeader(cells);
          continue;
        }
        records.push({ locator: { row }, fields: rowFields(columns, cells) });
        if (records.length >= batchSize) {
          yield { records, errors: [] };
          records = [];
          options.signal?.throwIfAborted();
        }
      }
    }
  } catch (error) {
    // The records before an unreadable one are good: hand them over before reporting the problem.
    if (error instanceof ParseError && records.length > 0) yield { records, errors: [] };
    throw error;
  }
  if (columns === undefined) throw emptyFileError(source.name);
  if (records.length > 0) yield { records, errors: [] };
}

/**
 * The header and the first `maxRows` records, with the delimiter and encoding that were detected (pass them back
 * to `parseDelimited` so both read the file the same way) and notes for the investigator. Reads only as far as it
 * needs to.
 */
export async function previewDelimited(
  source: ByteSource,
  maxRows: number = 50,
  options: Pick<DelimitedOptions, 'delimiter' | 'encoding' | 'signal'> = {},
): Promise<DelimitedPreview> {
  const settings = await settle(source, options);
  let columns: Columns | undefined;
  const rows: SourceRecord[] = [];
  collect: for await (const batch of tableRows(source, settings, options.signal)) {
    for (const { row, cells } of batch) {
      if (columns === undefined) {
        columns = columnsFromHeader(cells);
        continue;
      }
      if (rows.length >= maxRows) break collect;
      rows.push({ locator: { row }, fields: rowFields(columns, cells) });
    }
  }
  if (columns === undefined) throw emptyFileError(source.name);
  const headers = [...columns.headers];
  for (const record of rows) {
    for (const name of Object.keys(record.fields)) if (!headers.includes(name)) headers.push(name);
  }
  const notes: ParseNote[] = [...settings.notes];
  const extra = headers.slice(columns.headers.length);
  if (extra.length > 0) {
    notes.push({
      level: 'warning',
      message: `Some rows have more cells than the header; the extra cells are kept as ${extra.join(', ')}.`,
    });
  }
  if (rows.length === 0) notes.push({ level: 'info', message: 'The file has a header row but no records.' });
  return { headers, rows, notes, delimiter: settings.delimiter, encoding: settings.encoding };
}

type Settings = Readonly<{ delimiter: string; encoding: TextEncodingName; notes: readonly ParseNote[] }>;

type TableRow = Readonly<{ row: number; cells: readonly string[] }>;

async function settle(
  source: ByteSource,
  options: Pick<DelimitedOptions, 'delimiter' | 'encoding'>,
): Promise<Settings> {
  if (options.delimiter !== undefined) checkDelimiter(options.delimiter);
  if (source.size === 0) throw emptyFileError(source.name);
  const head = await readTextHead(source, options.encoding);
  if (head.complete && head.text.trim() === '') throw emptyFileError(source.name);
  const notes: ParseNote[] = [...head.notes];
  let delimiter = options.delimiter;
  if (delimiter === undefined) {
    const guess = sniffDelimiter(head.text, head.complete);
    delimiter = guess?.delimiter ?? fallbackDelimiter(source.name);
    if (guess === undefined) {
      notes.push({
        level: 'info',
        message: `No ${Object.values(DELIMITER_NAMES).join(', ')} separates columns: read as a single column.`,
      });
    }
  }
  return { delimiter, encoding: head.encoding, notes };
}

/** The non-blank rows with their spreadsheet row numbers; blank rows are counted but not returned. */
async function* tableRows(
  source: ByteSource,
  settings: Settings,
  signal: AbortSignal | undefined,
): AsyncGenerator<readonly TableRow[]> {
  const chunks = readChunks(source, DEFAULT_CHUNK_SIZE, signal);
  const texts = normalizeNewlines(decodeChunks(chunks, settings.encoding));
  let index = 0;
  try {
    for await (const rows of delimitedRows(texts, settings.delimiter)) {
      const table: TableRow[] = [];
      for (const cells of rows) {
        index += 1;
        if (!isBlankRow(cells)) table.push({ row: index, cells });
      }
      if (table.length > 0) yield table;
    }
  } catch (error) {
    if (error instanceof RecordNeverEnds) throw neverEndsError(source.name, error);
    throw error;
  }
}

function neverEndsError(file: string, error: RecordNeverEnds): ParseError {
  const row = error.index + 1;
  const before = row > 1 ? `The rows before row ${row} were read` : 'No rows could be read';
  const message =
    error.reason === 'quote'
      ? `${file}, row ${row}: a quoted cell never closes (a " is missing or extra), so the rest of the file ` +
        `cannot be split into rows. ${before}; fix the quote in row ${row} and import the file again for the rest.`
      : `${file}, row ${row}: the row runs on for more than ${MAX_RECORD_CHARS / (1024 * 1024)} million characters. ` +
        `A quote (") that opens a cell is probably never closed, or the file is not a table. ${before}.`;
  return new ParseError(message, { file, row });
}

function checkDelimiter(delimiter: string): void {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new RangeError(
      `A delimiter is one character other than a quote or a line break, not ${JSON.stringify(delimiter)}.`,
    );
  }
}

/** A file with one column has no delimiter to find; any will do, the one its name suggests reads best in notes. */
function fallbackDelimiter(name: string): Delimiter {
  return /\.(tsv|tab)$/i.test(name) ? '\t' : ',';
}
