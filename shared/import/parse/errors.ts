/**
 * The one error type of the parsing stage. Its message is written for the investigator, not for a developer: it
 * names the file, says what is wrong and what to do about it, so the import screen can show it as it is.
 */

/** Where in the file the problem is, for the import screen and the rejects list. */
export type ParseErrorPlace = Readonly<{
  /** The file's name as the investigator picked it. */
  file: string;
  /** Spreadsheet row (tables), worksheet row (workbooks) or line (JSON, JSON Lines), 1-based. */
  row?: number;
  /** 1-based character column within a JSON line, when the problem is a syntax error. */
  column?: number;
  /** Worksheet name, for workbooks. */
  sheet?: string;
  /** Column header or JSON path of the value at fault, when one value is at fault. */
  field?: string;
}>;

/**
 * A file (or the rest of a file) that cannot be read. Thrown, never yielded: a generator that throws it has already
 * yielded every good record before the problem, and those records stay valid.
 */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  readonly file: string;
  readonly row: number | undefined;
  readonly column: number | undefined;
  readonly sheet: string | undefined;
  readonly field: string | undefined;

  constructor(message: string, place: ParseErrorPlace, options?: { cause?: unknown }) {
    super(message, options);
    this.file = place.file;
    this.row = place.row;
    this.column = place.column;
    this.sheet = place.sheet;
    this.field = place.field;
  }
}

/** The message every format uses for a file with nothing in it. */
export function emptyFileError(file: string): ParseError {
  return new ParseError(
    `${file} is empty: there is no header row and no data. Check that the export finished.`,
    {
      file,
    },
  );
}
