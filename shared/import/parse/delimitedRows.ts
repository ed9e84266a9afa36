/**
 * Delimited text -> rows of cells, with Papa Parse doing the CSV rules (quotes, doubled quotes, line breaks in
 * cells). Papa Parse can only stream a `File` (browser) or a Node stream, and we must run in a Worker and in Node
 * alike, so it is handed a minimal object with the Node-readable shape it checks for (`readable`, `read`, `on`,
 * `removeListener`, `pause`, `resume`) and the text is pushed into it one decoded chunk at a time. Papa Parse
 * parses each pushed chunk synchronously, keeps only the unfinished last row for the next one, and hands back the
 * finished rows, which we yield before pulling the next chunk: memory holds one chunk's rows, whatever the file size.
 */
import Papa from 'papaparse';
import type { LocalFile, ParseResult } from 'papaparse';

/**
 * The longest a record may grow before we give up on it. A quote that never closes makes the rest of the file one
 * cell; without a limit it would be carried, and re-scanned, chunk after chunk until memory runs out. Excel caps a
 * cell at 32,767 characters, so 4 M characters is far beyond any honest record.
 */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** A record that cannot be split off: its quoted cell never closes, or it runs past `MAX_RECORD_CHARS`. */
export class RecordNeverEnds extends Error {
  override readonly name = 'RecordNeverEnds';
  /**
   * @param index 0-based index of the record among all records (blank lines included)
   * @param reason `quote`: a quoted cell is still open at the end of the file; `length`: the record is too long
   */
  constructor(
    readonly index: number,
    readonly reason: 'quote' | 'length',
  ) {
    super(`record ${index} never ends (${reason})`);
  }
}

type Listener = (chunk?: unknown) => void;

/**
 * The rows of delimited text, in chunks, including blank rows (as `['']`) so that the caller can count records
 * as a spreadsheet does. `texts` must use `\n` line breaks only (see `normalizeNewlines`). Throws
 * `RecordNeverEnds` after yielding every row before the bad record.
 */
export async function* delimitedRows(
  texts: AsyncIterable<string>,
  delimiter: string,
  maxRecordChars: number = MAX_RECORD_CHARS,
): AsyncGenerator<readonly (readonly string[])[]> {
  const listeners = new Map<string, Set<Listener>>();
  const emit = (event: string, chunk?: string): void => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(chunk);
  };
  const input = {
    readable: true,
    // Papa Parse only checks that these exist: the data is pushed with `emit`, and it never pauses a stream
    // unless a `step`/`chunk` callback asks it to, which ours do not.
    read: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
    on: (event: string, listener: Listener) => {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
    },
    removeListener: (event: string, listener: Listener) => {
      listeners.get(event)?.delete(listener);
    },
  };

  let ready: string[][] = [];
  let rowsSeen = 0;
  let consumed = 0;
  let unclosedAt: number | undefined;
  let failure: Error | undefined;

  Papa.parse<string[]>(input as unknown as LocalFile, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    chunk: (results: ParseResult<string[]>) => {
      // Only a quote still open at the end of the text is fatal; a stray quote inside a cell is kept as text,
      // as Excel and LibreOffice read it.
      const missing = results.errors.find((error) => error.code === 'MissingQuotes');
      const keep = missing === undefined ? results.data.length : (missing.row ?? results.data.length - 1);
      for (let i = 0; i < keep; i++) ready.push(results.data[i] ?? []);
      if (missing !== undefined) unclosedAt = rowsSeen + keep;
      rowsSeen += results.data.length;
      consumed = results.meta.cursor;
    },
    // Completion is known from our own `end`; the callback is here because the typings require one.
    complete: () => undefined,
    error: (error: Error) => {
      failure = error;
    },
  });

  let fed = 0;
  for await (const text of texts) {
    if (text === '') continue;
    fed += text.length;
    emit('data', text);
    if (failure !== undefined) throw failure;
    if (ready.length > 0) {
      const rows = ready;
      ready = [];
      yield rows;
    }
    // Everything fed but not yet turned into rows belongs to the record being read.
    if (fed - consumed > maxRecordChars) throw new RecordNeverEnds(rowsSeen, 'length');
  }
  emit('end');
  if (failure !== undefined) throw failure;
  if (ready.length > 0) yield ready;
  if (unclosedAt !== undefined) throw new RecordNeverEnds(unclosedAt, 'quote');
}

/**
 * `\r\n` and lone `\r` become `\n`, also inside quoted cells, so that Papa Parse sees one kind of line break in a
 * file that mixes them (rows appended by another program) and cells read the same on every platform. A `\r` at the
 * end of one chunk and a `\n` at the start of the next are one line break.
 */
export async function* normalizeNewlines(texts: AsyncIterable<string>): AsyncGenerator<string> {
  let endedWithCr = false;
  for await (const raw of texts) {
    if (raw === '') continue;
    const text = endedWithCr && raw.startsWith('\n') ? raw.slice(1) : raw;
    endedWithCr = raw.endsWith('\r');
    const normalized = text.replace(/\r\n?/g, '\n');
    if (normalized !== '') yield normalized;
  }
}
