/**
 * Rows planned before they are written: cells plus the identifiers spelled into them, so duplicates can be inserted
 * and row numbers assigned before anything is recorded for the truth.
 */
import type { SourceLocator } from '../../model';
import type { Recorder } from '../recorder';
import type { StorefrontRef, TruthSubject } from '../truth';
import type { WorldIdentifier } from '../world';

export type PlannedUse = Readonly<{
  identifier: WorldIdentifier;
  field: string;
  raw: string;
  link?: 'uses' | 'mentions';
}>;

export type PlannedReject = Readonly<{ kind: 'email' | 'phone'; field: string; value: string }>;

export type PlannedRow = Readonly<{
  cells: readonly string[];
  subject: TruthSubject;
  uses: readonly PlannedUse[];
  rejects: readonly PlannedReject[];
}>;

function storefrontOf(subject: TruthSubject): StorefrontRef | undefined {
  return subject.type === 'storefront'
    ? { platform: subject.platform, sellerId: subject.sellerId }
    : undefined;
}

/** Records every use and reject of the rows at the locators `locate` gives them. */
export function recordRows(
  recorder: Recorder,
  file: string,
  rows: readonly PlannedRow[],
  locate: (index: number) => SourceLocator,
): void {
  rows.forEach((row, index) => {
    const locator = locate(index);
    for (const use of row.uses) {
      recorder.use(use.identifier, {
        file,
        locator,
        field: use.field,
        raw: use.raw,
        link: use.link ?? 'uses',
        subject: row.subject,
      });
    }
    const subject = storefrontOf(row.subject);
    if (subject === undefined) return;
    for (const reject of row.rejects) recorder.rejects.push({ ...reject, file, locator, subject });
  });
}

/** Inserts a copy of one row later in the list and records the pair as a duplicate. */
export function insertDuplicate(
  rows: PlannedRow[],
  from: number,
  to: number,
  copy: (row: PlannedRow) => PlannedRow,
): { original: number; duplicate: number } | undefined {
  const row = rows[from];
  if (row === undefined || to <= from) return undefined;
  rows.splice(to, 0, copy(row));
  return { original: from, duplicate: to };
}

export function storefrontSubject(
  front: Readonly<{ platform: StorefrontRef['platform']; sellerId: string }>,
): TruthSubject {
  return { type: 'storefront', platform: front.platform, sellerId: front.sellerId };
}
