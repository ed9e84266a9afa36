/**
 * Workbooks: Excel .xlsx/.xlsm, Excel 97-2003 .xls and OpenDocument .ods, all read by SheetJS.
 *
 * A workbook cannot be streamed: it is a ZIP archive whose index sits at the end, and SheetJS builds the whole
 * workbook in memory. So the file is read whole, once (`readWorkbook`), and sheets are listed and parsed from that
 * one copy. Measured with SheetJS 0.20 in dense mode, reading takes about 20 times the file's size in memory at its
 * peak (a 30 MB, 200,000-row sheet peaked at ~550 MB); workbooks over `MAX_WORKBOOK_BYTES` are refused before
 * anything is read, with the advice to save the sheet as CSV, which streams.
 *
 * Row numbers are the worksheet's own (`locator.row` 7 is row 7 in Excel), with the sheet name in `locator.sheet`.
 * The header is the first row with anything in it; blank rows are skipped. Cell text follows `cellText`.
 */
import { read, utils, type CellObject, type WorkBook } from '@e965/xlsx';
import type { ParseNote, SourceRecord } from '../types';
import { cellText } from './cellText';
import { columnLetter, columnsFromHeader, isBlankRow, rowFields, type Columns } from './columns';
import { ParseError, emptyFileError } from './errors';
import { sniffBinary } from './magic';
import { readAll, type ByteSource } from './source';
import { DEFAULT_BATCH_SIZE, type BatchOptions, type ParseBatch, type TablePreview } from './types';

/**
 * The largest workbook we open. At ~20x in memory a 50 MB workbook needs about 1 GB at its peak, the most a
 * renderer's worker can count on beside the app on an 8 GB laptop. Excel's own sheets top out at 1,048,576 rows,
 * which CSV carries at any size.
 */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

/** A sheet of a workbook, as the sheet picker shows it. */
export type SheetInfo = Readonly<{
  name: string;
  /** Records: rows with something in them, below the header row. */
  rows: number;
  /** Hidden sheets are listed too (data is often parked in one) but flagged, so the picker can say so. */
  hidden: boolean;
}>;

/** A workbook read into memory: list its sheets, then parse the one the investigator picks. */
export type Workbook = Readonly<{
  file: string;
  sheets: readonly SheetInfo[];
  /** Dates are counted from 1904 (old Mac Excel) instead of 1900. */
  date1904: boolean;
  /** SheetJS's workbook; only this module reads it. */
  book: WorkBook;
}>;

/** Reads a workbook whole. Throws a `ParseError` if it is empty, too large, truncated, encrypted or not a workbook. */
export async function readWorkbook(source: ByteSource, signal?: AbortSignal): Promise<Workbook> {
  const file = source.name;
  if (source.size === 0) throw emptyFileError(file);
  const bytes = await readAll(
    source,
    MAX_WORKBOOK_BYTES,
    () =>
      `${file} is ${megabytes(source.size)} MB; workbooks over ${megabytes(MAX_WORKBOOK_BYTES)} MB cannot be ` +
      'opened here, because a workbook must be read whole and takes about 20 times its size in memory. ' +
      'Save the sheet as CSV (which is read in pieces, at any size) and import that.',
    signal,
  );
  if (!looksLikeWorkbook(bytes)) throw unreadable(file);
  let book: WorkBook;
  try {
    book = read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
    });
  } catch (error) {
    if (error instanceof Error && /password|encrypt/i.test(error.message)) {
      throw new ParseError(
        `${file} is password-protected: open it in Excel, remove the password (File > Info > Protect Workbook), ` +
          'save it and import it again.',
        { file },
        { cause: error },
      );
    }
    throw unreadable(file, error);
  }
  if (book.SheetNames.length === 0) throw unreadable(file);
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  const sheets = book.SheetNames.map((name, index) => ({
    name,
    rows: countRecords(book, name),
    hidden: (book.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0,
  }));
  return { file, sheets, date1904, book };
}

/** The workbook's sheets with their record counts, in workbook order. */
export function listSheets(workbook: Workbook): readonly SheetInfo[] {
  return workbook.sheets;
}

/**
 * All records of one sheet, in batches. `batch.errors` is always empty: every cell of a workbook has a value.
 * Throws a `ParseError` if the sheet does not exist or is empty.
 */
export async function* parseSheet(
  workbook: Workbook,
  sheetName: string,
  options: BatchOptions = {},
): AsyncGenerator<ParseBatch> {
  const sheet = openSheet(workbook, sheetName);
  if (sheet.columns === undefined) {
    throw new ParseError(
      `${workbook.file}, sheet "${sheetName}" is empty: it has no header row and no data. Pick another sheet.`,
      { file: workbook.file, sheet: sheetName },
    );
  }
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  let records: SourceRecord[] = [];
  for (const record of sheet.records()) {
    records.push(record);
    if (records.length >= batchSize) {
      yield { records, errors: [] };
      records = [];
      await nextTask();
      options.signal?.throwIfAborted();
    }
  }
  options.signal?.throwIfAborted();
  if (records.length > 0) yield { records, errors: [] };
}

/** The header and first `maxRows` records of one sheet, for the mapping screen. */
export function previewSheet(workbook: Workbook, sheetName: string, maxRows: number = 50): TablePreview {
  const sheet = openSheet(workbook, sheetName);
  const notes: ParseNote[] = [];
  if (workbook.sheets.find((info) => info.name === sheetName)?.hidden === true) {
    notes.push({ level: 'info', message: `Sheet "${sheetName}" is hidden in the workbook.` });
  }
  if (sheet.columns === undefined) {
    notes.push({ level: 'warning', message: `Sheet "${sheetName}" is empty.` });
    return { headers: [], rows: [], notes };
  }
  const rows: SourceRecord[] = [];
  for (const record of sheet.records()) {
    if (rows.length >= maxRows) break;
    rows.push(record);
  }
  const headers = [...sheet.columns.headers];
  for (const record of rows) {
    for (const name of Object.keys(record.fields)) if (!headers.includes(name)) headers.push(name);
  }
  if (headers.length > sheet.columns.headers.length) {
    notes.push({
      level: 'warning',
      message: `Some rows have cells right of the header; they are kept as ${headers.slice(sheet.columns.headers.length).join(', ')}.`,
    });
  }
  return { headers, rows, notes };
}

type OpenSheet = Readonly<{ columns: Columns | undefined; records: () => Generator<SourceRecord> }>;

function openSheet(workbook: Workbook, sheetName: string): OpenSheet {
  const { file, book, date1904 } = workbook;
  const sheet = book.Sheets[sheetName];
  if (sheet === undefined) {
    throw new ParseError(
      `${file} has no sheet named "${sheetName}". Its sheets are: ${book.SheetNames.join(', ')}.`,
      { file, sheet: sheetName },
    );
  }
  const data: readonly (readonly (CellObject | undefined)[] | undefined)[] = sheet['!data'] ?? [];
  // Columns are counted from the sheet's first used column, so a table that starts in column C has no empty A and B.
  const firstColumn = sheet['!ref'] === undefined ? 0 : utils.decode_range(sheet['!ref']).s.c;
  const texts = (row: readonly (CellObject | undefined)[] | undefined): string[] => {
    const cells: string[] = [];
    for (let c = firstColumn; c < (row?.length ?? 0); c++) cells.push(cellText(row?.[c], date1904));
    return cells;
  };
  let headerIndex = -1;
  let columns: Columns | undefined;
  for (let r = 0; r < data.length && columns === undefined; r++) {
    const cells = texts(data[r]);
    if (isBlankRow(cells)) continue;
    headerIndex = r;
    columns = columnsFromHeader(cells, (index) => `column ${columnLetter(index + firstColumn)}`);
  }
  return {
    columns,
    records: function* () {
      if (columns === undefined) return;
      for (let r = headerIndex + 1; r < data.length; r++) {
        const cells = texts(data[r]);
        if (isBlankRow(cells)) continue;
        yield { locator: { sheet: sheetName, row: r + 1 }, fields: rowFields(columns, cells) };
      }
    },
  };
}

function countRecords(book: WorkBook, sheetName: string): number {
  const data: readonly (readonly (CellObject | undefined)[] | undefined)[] =
    book.Sheets[sheetName]?.['!data'] ?? [];
  let filled = 0;
  for (const row of data) {
    if (row?.some((cell) => cell !== undefined && cell.t !== 'z' && String(cell.v ?? '').trim() !== ''))
      filled += 1;
  }
  return Math.max(0, filled - 1);
}

/**
 * A ZIP (xlsx, ods), a Compound File (xls, encrypted xlsx) or markup (Excel 2003 XML, an HTML table saved as .xls).
 * SheetJS would read anything else as CSV text and return a one-column "workbook" of garbage; we refuse it instead.
 */
function looksLikeWorkbook(bytes: Uint8Array): boolean {
  const binary = sniffBinary(bytes);
  if (binary !== undefined) return binary.kind === 'zip' || binary.kind === 'ole2';
  const start = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart();
  return start.startsWith('<');
}

function unreadable(file: string, cause?: unknown): ParseError {
  return new ParseError(
    `${file} is not a readable workbook (it may be truncated or password-protected). Open it in Excel or ` +
      'LibreOffice to check; if it opens, save it again and import the new copy.',
    { file },
    { cause },
  );
}

/**
 * Lets the worker handle messages between batches. The sheet is already in memory, so without this nothing in the
 * loop waits, and a cancel sent during a 500,000-row sheet would only arrive once it is done.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
