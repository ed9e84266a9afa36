/**
 * What the parsers hand to the next stage. Every format yields the same batches, so the import worker runs one
 * loop whatever the file was.
 */
import type { SourceLocator } from '../../model';
import type { ParseNote, SourceRecord } from '../types';

/**
 * A record that could not be read and was left out, while the records around it were kept (a broken line of a
 * JSON Lines file, an element of a JSON list that is not an object). Shaped like a reject, so it can go straight
 * into the import's rejects list: the caller adds the file name.
 */
export type RecordError = Readonly<{
  locator: SourceLocator;
  /** What is wrong, in the investigator's words ("not valid JSON: unexpected end at column 41"). */
  reason: string;
  /** The record's raw text, shortened, so it can be found and fixed in the file. */
  value: string;
}>;

/**
 * One step of a parse: records in file order, and the records of the same stretch of file that were left out.
 * Problems that stop the whole file are thrown as `ParseError` instead, after every good batch before them.
 */
export type ParseBatch = Readonly<{
  records: readonly SourceRecord[];
  errors: readonly RecordError[];
}>;

/** Options every streaming parser takes. */
export type BatchOptions = Readonly<{
  /** Records (plus errors) per batch; one batch is one store transaction downstream. Default 1000. */
  batchSize?: number;
  /** Cancels the parse: the generator throws the signal's reason at the next chunk or batch. */
  signal?: AbortSignal;
}>;

export const DEFAULT_BATCH_SIZE = 1000;

/** The first records of a file, for the mapping screen. */
export type TablePreview = Readonly<{
  /** Column names (tables) or flattened field paths (JSON), in the order first seen. */
  headers: readonly string[];
  rows: readonly SourceRecord[];
  notes: readonly ParseNote[];
}>;

/** How much of a bad record is kept in its error: enough to find it in the file, not enough to flood the list. */
export const ERROR_VALUE_CHARS = 200;

export function shorten(text: string): string {
  return text.length > ERROR_VALUE_CHARS ? `${text.slice(0, ERROR_VALUE_CHARS)}…` : text;
}
