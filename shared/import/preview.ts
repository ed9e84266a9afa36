/** What the mapping step shows of a file before anything is written. */
import type { SourceFormat, ParseNote, SourceRecord } from './types';

export type FilePreview = Readonly<{
  format: SourceFormat;
  /** Why the format was chosen ("semicolon-separated text", "STIX 2.1 bundle"). */
  formatReason: string;
  /** Column names or JSON paths, in file order. */
  headers: readonly string[];
  /** The first records, for the preview table and for deciding decimal separators. */
  rows: readonly SourceRecord[];
  /** Workbook sheets (XLSX only) and the one shown. */
  sheets?: readonly string[];
  sheet?: string;
  notes: readonly ParseNote[];
}>;

/** Formats whose columns the investigator maps; the others map themselves (FtM, STIX) or are only stored. */
export function needsMapping(format: SourceFormat): boolean {
  return format === 'csv' || format === 'tsv' || format === 'xlsx' || format === 'json' || format === 'jsonl';
}
