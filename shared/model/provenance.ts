/**
 * Where a value came from. Nothing is stored that cannot be traced back to a hashed original: every entity,
 * property value and link carries one `SourceRef` per import that saw it.
 */
import type { EvidenceId, ImportId } from './ids';

/** The place inside a source file: a row of a table, a sheet of a workbook, or a path into a JSON document. */
export type SourceLocator = Readonly<{
  /** 1-based data row, as a spreadsheet shows it (the header is row 1, the first record row 2). */
  row?: number;
  /** Worksheet name, for workbooks. */
  sheet?: string;
  /** JSON path (`$.items[3].seller.email`) or, for FollowTheMoney/STIX, the source object's own id. */
  path?: string;
}>;

export type SourceRef = Readonly<{
  importId: ImportId;
  /** The hashed source file this came from (its evidence id). */
  evidenceId: EvidenceId;
  locator: SourceLocator;
}>;

/** Two refs point at the same place in the same import. */
export function sameSource(a: SourceRef, b: SourceRef): boolean {
  return (
    a.importId === b.importId &&
    a.evidenceId === b.evidenceId &&
    a.locator.row === b.locator.row &&
    a.locator.sheet === b.locator.sheet &&
    a.locator.path === b.locator.path
  );
}

/** Adds a ref unless the same place is already recorded; returns the same array when nothing changed. */
export function addSource(sources: readonly SourceRef[], ref: SourceRef): readonly SourceRef[] {
  return sources.some((existing) => sameSource(existing, ref)) ? sources : [...sources, ref];
}

/** A human-readable pointer ("row 17", "sheet Listings, row 4", "$.data[2]") for explanations and rejects. */
export function describeLocator(locator: SourceLocator): string {
  const parts: string[] = [];
  if (locator.sheet !== undefined) parts.push(`sheet ${locator.sheet}`);
  if (locator.row !== undefined) parts.push(`row ${locator.row}`);
  if (locator.path !== undefined) parts.push(locator.path);
  return parts.length > 0 ? parts.join(', ') : 'whole file';
}
