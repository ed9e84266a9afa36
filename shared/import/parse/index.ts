/**
 * The parsing stage of an import: a file (as a `ByteSource`) -> batches of `SourceRecord`s, streaming where the
 * format allows. Pure: runs in the import worker, in Node (the headless check) and in tests alike.
 *
 * Every parser yields `ParseBatch`es (`records` plus per-record `errors` to keep as rejects) and throws a
 * `ParseError` only for what stops the whole file, after yielding every good record before it.
 */
export { bytesSource, readChunks, readHead, DEFAULT_CHUNK_SIZE, type ByteSource } from './source';
export { ParseError, type ParseErrorPlace } from './errors';
export {
  decodeChunks,
  detectEncoding,
  readTextHead,
  ENCODING_SAMPLE_BYTES,
  WINDOWS_1252_NOTE,
  type EncodingGuess,
  type TextEncodingName,
  type TextHead,
} from './decode';
export { sniffDelimiter, CANDIDATE_DELIMITERS, type Delimiter, type DelimiterGuess } from './delimiter';
export { parseDelimited, previewDelimited, type DelimitedOptions, type DelimitedPreview } from './csv';
export { MAX_RECORD_CHARS } from './delimitedRows';
export {
  readWorkbook,
  listSheets,
  parseSheet,
  previewSheet,
  MAX_WORKBOOK_BYTES,
  type SheetInfo,
  type Workbook,
} from './xlsx';
export {
  parseJsonDocument,
  previewJsonDocument,
  findRecordList,
  MAX_JSON_BYTES,
  type JsonOptions,
  type JsonPreview,
  type RecordList,
} from './json';
export { parseJsonLines, previewJsonLines, MAX_LINE_CHARS, type JsonLinesPreview } from './jsonLines';
export { flattenJson } from './jsonFlatten';
export { detectFormat, type FormatGuess } from './detect';
export {
  DEFAULT_BATCH_SIZE,
  type BatchOptions,
  type ParseBatch,
  type RecordError,
  type TablePreview,
} from './types';
