/** Cases: what an investigator hands on — subjects, evidence, notes, saved views — and the import records. */
import type { CaseId, CaseItemId, EntityId, EvidenceId, ImportId, NoteId, ViewId } from './ids';

export const CASE_STATUSES = ['open', 'referred', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type Case = Readonly<{
  id: CaseId;
  title: string;
  reference: string;
  status: CaseStatus;
  owner: string;
  tags: readonly string[];
  summary: string;
  createdAt: string;
  updatedAt: string;
}>;

export const SUBJECT_ROLES = ['subject', 'associate', 'victimBrand', 'witness'] as const;
export type SubjectRole = (typeof SUBJECT_ROLES)[number];

/** An entity or a piece of evidence placed in a case. */
export type CaseItem = Readonly<
  {
    id: CaseItemId;
    caseId: CaseId;
    addedAt: string;
  } & ({ type: 'entity'; targetId: EntityId; role: SubjectRole } | { type: 'evidence'; targetId: EvidenceId })
>;

/** A Markdown note on a case, an entity or a piece of evidence. */
export type Note = Readonly<{
  id: NoteId;
  caseId?: CaseId;
  targetId?: EntityId | EvidenceId;
  author: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}>;

/** A saved graph view: which nodes, where, and how filtered. The layout is opaque to the store. */
export type SavedView = Readonly<{
  id: ViewId;
  caseId?: CaseId;
  name: string;
  nodeIds: readonly EntityId[];
  positions: Readonly<Record<string, Readonly<{ x: number; y: number }>>>;
  settings: Readonly<Record<string, unknown>>;
  createdAt: string;
  updatedAt: string;
}>;

export const IMPORT_STATUSES = ['running', 'done', 'cancelled', 'failed', 'undone'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** One import of one file: what it was, how it was read, how it went, what it produced. */
export type ImportRecord = Readonly<{
  id: ImportId;
  evidenceId: EvidenceId;
  fileName: string;
  format: string;
  status: ImportStatus;
  startedAt: string;
  finishedAt?: string;
  /** How the file was read, kept so the import can be resumed or explained later. */
  plan: Readonly<Record<string, unknown>>;
  /** Records written in committed chunks; a resumed import skips exactly these. */
  recordsCommitted: number;
  rowsRead: number;
  /** Records that had at least one rejected value or could not be used at all. */
  rowsRejected: number;
  rejectCount: number;
  /** Distinct entities and links this import brought or confirmed, by kind (`link:sells` for links); counted chunk by chunk. */
  counts: Readonly<Record<string, number>>;
  message?: string;
}>;

/** A value or a record an import could not use, with where it was and why. */
export type RejectRecord = Readonly<{
  id?: number;
  importId: ImportId;
  file: string;
  /** Spreadsheet row, JSON path or line, as `describeLocator` writes it. */
  location: string;
  row?: number;
  field: string;
  value: string;
  reason: string;
}>;
