/**
 * The summary of what a file yields, as `check-file` prints it and as the app's import counts read: the same
 * numbers from the same code, so a data provider's dry run predicts exactly what the investigator will see.
 */
import { isIdentifierKind, isEntityKind, type EntityId } from '../model';
import type { MappedRecord, RecordProblem } from './types';

export type RejectLine = Readonly<{ location: string; field: string; value: string; reason: string }>;

export type FileReport = {
  rowsRead: number;
  rowsRejected: number;
  rejectCount: number;
  /** Distinct entities by kind (identifiers included). */
  entities: Record<string, number>;
  /** Distinct identifiers by kind (a subset of `entities`). */
  identifiers: Record<string, number>;
  /** Distinct links by kind. */
  links: Record<string, number>;
  /** The first rejects, enough to fix a file; `rejectCount` has them all. */
  rejects: RejectLine[];
};

export const MAX_REPORTED_REJECTS = 1000;

/** Accumulates a report over batches; keeps the distinct ids it has seen, so memory grows with entities, not rows. */
export function createReportBuilder(describe: (record: MappedRecord | RecordProblem) => string) {
  const seenEntities = new Set<EntityId>();
  const seenLinks = new Set<string>();
  const report: FileReport = {
    rowsRead: 0,
    rowsRejected: 0,
    rejectCount: 0,
    entities: {},
    identifiers: {},
    links: {},
    rejects: [],
  };
  const count = (bucket: Record<string, number>, key: string): void => {
    bucket[key] = (bucket[key] ?? 0) + 1;
  };
  const reject = (line: RejectLine): void => {
    report.rejectCount += 1;
    if (report.rejects.length < MAX_REPORTED_REJECTS) report.rejects.push(line);
  };
  return {
    add(records: readonly MappedRecord[], problems: readonly RecordProblem[], rowsRead: number): void {
      report.rowsRead = rowsRead;
      for (const record of records) {
        for (const entity of record.entities) {
          if (seenEntities.has(entity.id)) continue;
          seenEntities.add(entity.id);
          count(report.entities, entity.kind);
          if (isEntityKind(entity.kind) && isIdentifierKind(entity.kind))
            count(report.identifiers, entity.kind);
        }
        for (const link of record.links) {
          const key = `${link.kind}\u001f${link.from}\u001f${link.to}`;
          if (seenLinks.has(key)) continue;
          seenLinks.add(key);
          count(report.links, link.kind);
        }
        if (record.rejects.length > 0) report.rowsRejected += 1;
        for (const r of record.rejects)
          reject({ location: describe(record), field: r.field, value: r.value, reason: r.reason });
      }
      for (const problem of problems) {
        report.rowsRejected += 1;
        reject({
          location: describe(problem),
          field: problem.field,
          value: problem.value,
          reason: problem.reason,
        });
      }
    },
    report: (): FileReport => report,
  };
}
